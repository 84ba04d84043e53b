/* Generated from https://alliances-domain.example/schema/v1/schedule-view.schema.json by json-schema-to-typescript; do not edit. */

export type Slug = string;
export type TerritoryCode = string;
/**
 * A text that is not blank: it holds a character that is not white space as ECMA-262's \s counts it (U+FEFF is white space, U+0085 is not).
 */
export type Text = string;
/**
 * A day of the ISO calendar, yyyy-MM-dd, from 0001-01-01: one that exists (2020-02-29, not 2021-02-29 or 2020-04-31).
 */
export type Day = string;
export type DimensionKind = "operational" | "strategic" | "political";
/**
 * A date known to a day, a span of days, part of a month (early: 1–10, mid: 11–20, late: 21 to the end), a month or a year, possibly still to be confirmed.
 */
export type ImpreciseDate =
  | {
      precision: "day";
      day: Day;
      toBeConfirmed: boolean;
    }
  | {
      precision: "daySpan";
      first: Day;
      last: Day;
      toBeConfirmed: boolean;
    }
  | {
      precision: "partOfMonth";
      month: Month;
      part: "early" | "mid" | "late";
      toBeConfirmed: boolean;
    }
  | {
      precision: "month";
      month: Month;
      toBeConfirmed: boolean;
    }
  | {
      precision: "year";
      year: number;
      toBeConfirmed: boolean;
    };
/**
 * A month, yyyy-MM, from 0001-01.
 */
export type Month = string;
export type Measure = number;
/**
 * Where a measure stands against its window (rules SCH002–SCH007).
 */
export type ScheduleStatus = "notDue" | "due" | "overdue" | "early" | "onTime" | "late";
export type Count = number;
/**
 * Measure numbers.
 */
export type Measures = Measure[];

/**
 * Where the programme's schedule stands at a date: windows, milestones, the next one, and every measure's schedule status. Written by Alliances.Domain's ScheduleView converter.
 */
export interface ScheduleView {
  kind: "scheduleView";
  schemaVersion: 1;
  programme: Slug;
  territory: Territory | null;
  asOf: Day;
  launchDate: Day;
  windows: {
    dimension: DimensionKind;
    name: LocalizedText;
    start: Day;
    end: Day;
  }[];
  resultsWindow: DateInterval;
  evaluation: {
    when: ImpreciseDate;
    violations: {
      code: string;
      path: string;
      message: LocalizedText;
    }[];
  } | null;
  milestones: MilestoneAtDate[];
  next: {
    sequence: number;
    title: LocalizedText;
    date: ImpreciseDate;
    daysLeft: number;
  } | null;
  measures: {
    measure: Measure;
    title: LocalizedText;
    dimension: DimensionKind;
    status: ScheduleStatus;
    rule: string;
    window: DateInterval;
    firstEffects: Day | null;
  }[];
  counts: ScheduleCounts;
  /**
   * The measures without a lead (rule COM007); null for a programme, or a ledger that records no commitments.
   */
  withoutLead: Measures | null;
}
export interface Territory {
  code: TerritoryCode;
  name: Text;
  level: "region" | "departement" | "commune" | "other";
}
export interface LocalizedText {
  fr: Text;
  en?: Text;
}
/**
 * Days from start to end, both included.
 */
export interface DateInterval {
  start: Day;
  end: Day;
}
/**
 * A milestone and where it stands at the view's date; earliest and latest are the days its date may fall on.
 */
export interface MilestoneAtDate {
  sequence: number;
  title: LocalizedText;
  kind: "digitalEvent" | "meeting" | "visit" | "conference" | "workshop" | "other";
  date: ImpreciseDate;
  earliest: Day;
  latest: Day;
  timing: "past" | "happening" | "uncertain" | "upcoming";
  /**
   * Whether a ledger added the milestone to the programme's own.
   */
  added: boolean;
}
/**
 * How many measures have each schedule status.
 */
export interface ScheduleCounts {
  notDue: Count;
  due: Count;
  overdue: Count;
  early: Count;
  onTime: Count;
  late: Count;
}

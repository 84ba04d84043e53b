/* Generated from https://alliances-domain.example/schema/v2/programme.schema.json by json-schema-to-typescript; do not edit. */

export type Slug = string;
/**
 * A text that is not blank: it holds a character that is not white space as ECMA-262's \s counts it (U+FEFF is white space, U+0085 is not).
 */
export type Text = string;
/**
 * A day of the ISO calendar, yyyy-MM-dd, from 0001-01-01: one that exists (2020-02-29, not 2021-02-29 or 2020-04-31).
 */
export type Day = string;
/**
 * A month, yyyy-MM, from 0001-01.
 */
export type Month = string;
export type DimensionKind = "operational" | "strategic" | "political";
/**
 * A whole number of months as an ISO 8601 period, such as P3M or P0M: written as the library writes it, with no other unit and no leading zero, up to 2147483647 months.
 */
export type Months = string;
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
 * An earlier date of a milestone: confirmed (settled on days it could already fall on, rule DAT005) or rescheduled (moved elsewhere, with its reason, rule MIL003).
 */
export type DateChange =
  | {
      previous: ImpreciseDate;
      kind: "confirmed";
      reason?: Text;
    }
  | {
      previous: ImpreciseDate;
      kind: "rescheduled";
      reason: Text;
    };

/**
 * A programme of measures: its identity, mission, dimensions, measures, governance, milestones, results window, evaluation, worlds, audiences and poll. Written and read by Alliances.Domain's ProgrammeJson, in schema version 1 or 2.
 */
export interface ProgrammeDocument {
  kind: "programme";
  /**
   * The contract's version. Version 2 added the measures' answerableBody, requiresAnswerableBodies and the milestones' serves and servesEveryMeasure; a programme without them is written as version 1, and a programme of version 1 has none of them.
   */
  schemaVersion: 1 | 2;
  id: Slug;
  name: LocalizedText;
  source?: {
    title: LocalizedText;
    publisher: Text;
    published: Day;
  };
  mission: Mission;
  launchDate: Day;
  /**
   * @minItems 1
   * @maxItems 3
   */
  dimensions:
    | [
        {
          kind: DimensionKind;
          name: LocalizedText;
          purpose: LocalizedText;
          horizon: Horizon;
        }
      ]
    | [
        {
          kind: DimensionKind;
          name: LocalizedText;
          purpose: LocalizedText;
          horizon: Horizon;
        },
        {
          kind: DimensionKind;
          name: LocalizedText;
          purpose: LocalizedText;
          horizon: Horizon;
        }
      ]
    | [
        {
          kind: DimensionKind;
          name: LocalizedText;
          purpose: LocalizedText;
          horizon: Horizon;
        },
        {
          kind: DimensionKind;
          name: LocalizedText;
          purpose: LocalizedText;
          horizon: Horizon;
        },
        {
          kind: DimensionKind;
          name: LocalizedText;
          purpose: LocalizedText;
          horizon: Horizon;
        }
      ];
  /**
   * @minItems 1
   */
  measures: [
    {
      number: number;
      title: LocalizedText;
      dimension: DimensionKind;
      answerableBody?: Body;
    },
    ...{
      number: number;
      title: LocalizedText;
      dimension: DimensionKind;
      answerableBody?: Body;
    }[]
  ];
  governance: {
    name: LocalizedText;
    purpose: LocalizedText;
    /**
     * @minItems 1
     */
    bodies: [Body, ...Body[]];
  };
  /**
   * Whether every measure names its answerableBody (rule PRG014); false when absent. Since schema version 2.
   */
  requiresAnswerableBodies?: boolean;
  milestones: Milestone[];
  resultsHorizon: Horizon;
  evaluation?: {
    when: ImpreciseDate;
    purpose: LocalizedText;
    /**
     * A positive period of years, months and days in its canonical ISO 8601 form, as the library writes it: no part of zero, no leading zero, weeks as days (P7D, not P1W); each part at most 999999 (rule DAT010).
     */
    looksBackOver: string;
  };
  worlds: NamedId[];
  audiences: NamedId[];
  poll?: {
    /**
     * @minItems 1
     */
    pollsters: [Text, ...Text[]];
    commissionedBy: Text;
    conducted: Day;
    population: LocalizedText;
    question: LocalizedText;
    /**
     * @minItems 1
     */
    answers: [PollAnswer, ...PollAnswer[]];
  };
}
export interface LocalizedText {
  fr: Text;
  en?: Text;
}
export interface Mission {
  title: LocalizedText;
  subject: LocalizedText;
  commissionedBy: Person;
  commissioned: Month;
  /**
   * @minItems 1
   */
  ledBy: [Person, ...Person[]];
  contributors: {
    organisationsMobilised: Count;
    contributors: Count;
  };
  report: {
    title: LocalizedText;
    delivered: Day;
    deliveredTo: Person;
  };
}
export interface Person {
  name: Text;
  role: LocalizedText;
}
export interface Count {
  value: number;
  approximate: boolean;
}
export interface Horizon {
  minimum: Months;
  maximum: Months;
}
/**
 * A body of the follow-up committee. As a measure's answerableBody, one of the committee's bodies (rule PRG013). Since schema version 2 for a measure.
 */
export interface Body {
  name: LocalizedText;
  role?: LocalizedText;
}
/**
 * A dated step in sharing the programme's results, in a programme's base or among the milestones a ledger adds to it (rules MIL001 to MIL004, MIL010).
 */
export interface Milestone {
  sequence: number;
  title: LocalizedText;
  kind: "digitalEvent" | "meeting" | "visit" | "conference" | "workshop" | "other";
  date: ImpreciseDate;
  place?: Text;
  hostEvent?: LocalizedText;
  /**
   * A TZDB identifier such as Europe/Paris.
   */
  timeZone: string;
  /**
   * The measures the milestone serves, each once and each one the programme has (rule PRG015). Since schema version 2.
   */
  serves?: number[];
  /**
   * Whether the milestone serves every measure of its programme; then it has no 'serves' (rule MIL004). Since schema version 2.
   */
  servesEveryMeasure?: boolean;
  history?: DateChange[];
}
export interface NamedId {
  id: Slug;
  name: LocalizedText;
}
export interface PollAnswer {
  label: LocalizedText;
  share: number;
  nested?: PollAnswer[];
}

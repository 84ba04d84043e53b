/* Generated from https://alliances-domain.example/schema/v1/progress-view.schema.json by json-schema-to-typescript; do not edit. */

export type Slug = string;
/**
 * A day of the ISO calendar, yyyy-MM-dd, from 0001-01-01: one that exists (2020-02-29, not 2021-02-29 or 2020-04-31).
 */
export type Day = string;
export type Measure = number;
export type DimensionKind = "operational" | "strategic" | "political";
/**
 * A percentage in points, 0 to 100, rounded to two decimals (rule PRO017).
 */
export type Percent = number;
/**
 * A text that is not blank: it holds a character that is not white space as ECMA-262's \s counts it (U+FEFF is white space, U+0085 is not).
 */
export type Text = string;
/**
 * A figure rounded to two decimals (rule PRO017): a variance in points, a performance index, points per day.
 */
export type Figure = number;
export type Count = number;
export type TerritoryCode = string;
/**
 * Where a measure stands against its window (rules SCH002–SCH007).
 */
export type ScheduleStatus = "notDue" | "due" | "overdue" | "early" | "onTime" | "late";
/**
 * Who takes a measure on: an organisation, one of the programme's worlds (rule COM006), or a territory's body.
 */
export type Actor =
  | {
      kind: "organisation";
      organisation: Text;
    }
  | {
      kind: "world";
      world: {
        id: Slug;
        name: LocalizedText;
      };
    }
  | {
      kind: "territoryBody";
      territory: Territory;
      body: {
        name: LocalizedText;
        role?: LocalizedText;
      };
    };
/**
 * Measure numbers.
 */
export type Measures = Measure[];

/**
 * Where a ledger, a territory or a portfolio stands at a date: every figure of the rollup. Written by Alliances.Domain's ProgressView converter; figures are rounded to two decimals, unknown figures are null.
 */
export interface ProgressView {
  kind: "progressView";
  schemaVersion: 1;
  programme: Slug;
  scope: "national" | "territorial" | "portfolio";
  asOf: Day;
  rollupSettings: AppliedRollupSettings;
  /**
   * The national figures, for a portfolio; null for one ledger.
   */
  national: NationalProgress | null;
  /**
   * @minItems 1
   */
  ledgers: [LedgerProgress, ...LedgerProgress[]];
}
/**
 * The rollup settings the figures were worked out with: those of the ledger or portfolio unless the caller gave others (rule PRO003 weights; unlisted weights are 1).
 */
export interface AppliedRollupSettings {
  /**
   * How means treat unknown values (rule PRO004).
   */
  unknownPolicy: "available" | "strict";
  /**
   * How many points behind expected progress still count as on track (rule PRO010).
   */
  tolerance: number;
  measureWeights: {
    measure: Measure;
    weight: number;
  }[];
  dimensionWeights: {
    dimension: DimensionKind;
    weight: number;
  }[];
}
/**
 * A portfolio's national figures (rule PRO013): the territories' weighted means, their ranking and the measures lagging most across them.
 */
export interface NationalProgress {
  progress: Percent | null;
  coverage: Percent;
  dimensions: {
    dimension: DimensionKind;
    progress: Percent | null;
  }[];
  measures: {
    measure: Measure;
    title: LocalizedText;
    progress: Percent | null;
    meanVariance: Figure | null;
    knownCount: Count;
    cancelledCount: Count;
    offTrackCount: Count;
  }[];
  ranking: {
    rank: number;
    territory: Territory;
    progress: Percent | null;
    variance: Figure | null;
  }[];
  /**
   * @maxItems 5
   */
  lagging:
    | []
    | [Measure]
    | [Measure, Measure]
    | [Measure, Measure, Measure]
    | [Measure, Measure, Measure, Measure]
    | [Measure, Measure, Measure, Measure, Measure];
}
export interface LocalizedText {
  fr: Text;
  en?: Text;
}
export interface Territory {
  code: TerritoryCode;
  name: Text;
  level: "region" | "departement" | "commune" | "other";
}
/**
 * One ledger's figures: a national ledger, or one territory's.
 */
export interface LedgerProgress {
  territory: Territory | null;
  launchDate: Day;
  progress: Percent | null;
  coverage: Percent;
  breadth: Percent;
  balancedIndex: Percent | null;
  expected: Percent;
  variance: Figure | null;
  performanceIndex: Figure | null;
  onTrack: boolean | null;
  weakestDimension: DimensionKind | null;
  dimensions: DimensionProgress[];
  measures: MeasureProgress[];
  scheduleCounts: ScheduleCounts;
  /**
   * The measures lagging most, most behind first (rule PRO016).
   *
   * @maxItems 5
   */
  lagging:
    | []
    | [Measure]
    | [Measure, Measure]
    | [Measure, Measure, Measure]
    | [Measure, Measure, Measure, Measure]
    | [Measure, Measure, Measure, Measure, Measure];
  cancelled: Measures;
  /**
   * The measures without a lead (rule COM007); null when the ledger records no commitments.
   */
  withoutLead: Measures | null;
}
export interface DimensionProgress {
  dimension: DimensionKind;
  weight: number;
  progress: Percent | null;
  coverage: Percent;
  measureCount: Count;
  knownCount: Count;
  cancelledCount: Count;
}
/**
 * One measure's figures at the view's date.
 */
export interface MeasureProgress {
  measure: Measure;
  title: LocalizedText;
  dimension: DimensionKind;
  status: "notStarted" | "inProgress" | "effectsObserved" | "completed" | "suspended" | "cancelled";
  health: "notAssessed" | "onTrack" | "atRisk" | "offTrack";
  progress: Percent | null;
  /**
   * Where the progress figure comes from (rule PRO001).
   */
  source: "completed" | "indicators" | "declared" | "notStarted" | "unknown";
  expected: Percent;
  variance: Figure | null;
  performanceIndex: Figure | null;
  onTrack: boolean | null;
  schedule: ScheduleStatus;
  scheduleRule: string;
  firstEffects: Day | null;
  latestReport: Day | null;
  nextUpdateDue: Day | null;
  forecast: CompletionForecast;
  leads: Actor[];
}
/**
 * When the measure's trend reaches 100 % (rule PRO011); a date only for forecast, alreadyComplete and overdue.
 */
export interface CompletionForecast {
  outcome: "forecast" | "alreadyComplete" | "notRising" | "notEnoughData" | "cancelled" | "beyondCalendar" | "overdue";
  date: Day | null;
  pointsPerDay: Figure | null;
  pointsUsed: Count;
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

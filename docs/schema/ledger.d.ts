/* Generated from https://alliances-domain.example/schema/v2/ledger.schema.json by json-schema-to-typescript; do not edit. */

/**
 * The reports and indicator observations of a programme: one national ledger, one territorial ledger, or a portfolio of territorial ledgers, in schema version 1 or 2. Written and read by Alliances.Domain's LedgerJson.
 */
export type LedgerDocument = NationalLedger | TerritorialLedger | Portfolio;
/**
 * The contract's version. Version 2 added allowsCoLeads, commitments and a ledger's own milestones; a document without them is written as version 1, and a document of version 1 has none of them.
 */
export type SchemaVersion = 1 | 2;
export type Slug = string;
export type Measure = number;
/**
 * A day of the ISO calendar, yyyy-MM-dd, from 0001-01-01: one that exists (2020-02-29, not 2021-02-29 or 2020-04-31).
 */
export type Day = string;
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
 * A text that is not blank: it holds a character that is not white space as ECMA-262's \s counts it (U+FEFF is white space, U+0085 is not).
 */
export type Text = string;
export type TerritoryCode = string;
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
 * A national ledger: the follow-up of the whole programme.
 */
export interface NationalLedger {
  kind: "ledger";
  schemaVersion: SchemaVersion;
  scope: "national";
  programme: Slug;
  rollupSettings?: RollupSettings;
  launchDate?: Day;
  plans?: Plan[];
  /**
   * Whether a measure may have several leads on one day (rule COM004); false when absent. Since schema version 2.
   */
  allowsCoLeads?: boolean;
  /**
   * Who takes which measure on, in what role and when (rules LED001, COM001 to COM006). Since schema version 2.
   */
  commitments?: Commitment[];
  /**
   * The milestones the ledger adds to its programme's base, such as a territory's own events: numbered on from the base's (rule LED009), within the programme's life (rule LED010), serving measures the programme has (rule PRG015). Since schema version 2.
   */
  milestones?: Milestone[];
  indicators?: Indicator[];
  reports: Report[];
  observations?: Observation[];
}
/**
 * How the document's ledgers are rolled up unless a caller says otherwise (rules PRO003, PRO004, PRO010), every part optional; weights name measures and dimensions of the programme, each once (rule LED011). Schema version 2.
 */
export interface RollupSettings {
  /**
   * How means treat unknown values (rule PRO004); available by default.
   */
  unknownPolicy?: "available" | "strict";
  /**
   * How many points behind expected progress still count as on track (rule PRO010); 10 by default.
   */
  tolerance?: number;
  /**
   * Measures' weights within their dimension; unlisted measures weigh 1.
   */
  measureWeights?: {
    measure: Measure;
    weight: number;
  }[];
  /**
   * Dimensions' weights within the programme; unlisted dimensions weigh 1.
   */
  dimensionWeights?: {
    dimension: "operational" | "strategic" | "political";
    weight: number;
  }[];
}
/**
 * A measure's own planned start and end (rule PLN001).
 */
export interface Plan {
  measure: Measure;
  start: Day;
  end: Day;
}
/**
 * An actor's commitment to a measure, from a day and, when 'until' is there, to a day on or after it (rule COM001); 'withdrawal' dates the first day on which it no longer holds, within its days (rule COM002), and says why.
 */
export interface Commitment {
  actor: Actor;
  measure: Measure;
  role: "contributor" | "lead" | "funder" | "evaluator";
  from: Day;
  until?: Day;
  withdrawal?: {
    date: Day;
    reason: LocalizedText;
  };
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
/**
 * An indicator of a measure, with its baseline and target (rules IND001 to IND010).
 */
export interface Indicator {
  id: Slug;
  measure: Measure;
  name: LocalizedText;
  unit: Text;
  direction: "higherIsBetter" | "lowerIsBetter";
  baseline: IndicatorPoint;
  target: IndicatorPoint;
  intermediateTargets?: IndicatorPoint[];
  weight?: number;
}
export interface IndicatorPoint {
  value: number;
  date: Day;
}
/**
 * A progress report on one measure on one day (rules REP001 to REP003, LIF001).
 */
export interface Report {
  measure: Measure;
  date: Day;
  status: "notStarted" | "inProgress" | "effectsObserved" | "completed" | "suspended" | "cancelled";
  /**
   * The progress the report declares, in percent, written with at most two decimals: a rule of the library (REP003) that a schema does not state, since a validator's multipleOf divides in floating point.
   */
  progress?: number;
  health?: "notAssessed" | "onTrack" | "atRisk" | "offTrack";
  comment?: Text;
  nextUpdateDue?: Day;
  firstEffectsObserved?: Day;
}
/**
 * A value of an indicator on one day.
 */
export interface Observation {
  indicator: Slug;
  date: Day;
  value: number;
}
/**
 * A territorial ledger: one territory's follow-up, from its own launch when it has one.
 */
export interface TerritorialLedger {
  kind: "ledger";
  schemaVersion: SchemaVersion;
  scope: "territorial";
  programme: Slug;
  rollupSettings?: RollupSettings;
  territory: Territory;
  launchDate?: Day;
  plans?: Plan[];
  /**
   * Whether a measure may have several leads on one day (rule COM004); false when absent. Since schema version 2.
   */
  allowsCoLeads?: boolean;
  /**
   * Who takes which measure on, in what role and when (rules LED001, COM001 to COM006). Since schema version 2.
   */
  commitments?: Commitment[];
  /**
   * The milestones the ledger adds to its programme's base, such as a territory's own events: numbered on from the base's (rule LED009), within the programme's life (rule LED010), serving measures the programme has (rule PRG015). Since schema version 2.
   */
  milestones?: Milestone[];
  indicators?: Indicator[];
  reports: Report[];
  observations?: Observation[];
}
/**
 * A portfolio: the territorial ledgers of the national view, and their weights.
 */
export interface Portfolio {
  kind: "ledger";
  schemaVersion: SchemaVersion;
  scope: "portfolio";
  programme: Slug;
  rollupSettings?: RollupSettings;
  weights?: Weight[];
  /**
   * @minItems 1
   */
  territories: [TerritoryLedger, ...TerritoryLedger[]];
}
/**
 * A territory's weight in the national view (rule WGT001).
 */
export interface Weight {
  territory: TerritoryCode;
  weight: number;
}
/**
 * One territory's ledger in a portfolio.
 */
export interface TerritoryLedger {
  territory: Territory;
  launchDate?: Day;
  plans?: Plan[];
  /**
   * Whether a measure may have several leads on one day (rule COM004); false when absent. Since schema version 2.
   */
  allowsCoLeads?: boolean;
  /**
   * Who takes which measure on, in what role and when (rules LED001, COM001 to COM006). Since schema version 2.
   */
  commitments?: Commitment[];
  /**
   * The milestones the ledger adds to its programme's base, such as a territory's own events: numbered on from the base's (rule LED009), within the programme's life (rule LED010), serving measures the programme has (rule PRG015). Since schema version 2.
   */
  milestones?: Milestone[];
  indicators?: Indicator[];
  reports: Report[];
  observations?: Observation[];
}

namespace Alliances.Domain.Validation;

public static partial class Rules
{
    /// <summary>LIF001: A measure's status moves only along its lifecycle: not started to in progress to effects observed to completed; in progress or effects observed to suspended and back to in progress; any status but completed or cancelled to cancelled.</summary>
    public static Rule LifecycleTransition { get; } = new("LIF001", "A measure's status moves only along its lifecycle: not started to in progress to effects observed to completed; in progress or effects observed to suspended and back to in progress; any status but completed or cancelled to cancelled.");

    /// <summary>REP001: When a report sets the date its next update is due, that date is after the report's.</summary>
    public static Rule NextUpdateAfterReport { get; } = new("REP001", "When a report sets the date its next update is due, that date is after the report's.");

    /// <summary>REP002: First effects are observed on or before the day of the report that records them.</summary>
    public static Rule EffectsObservedByReport { get; } = new("REP002", "First effects are observed on or before the day of the report that records them.");

    /// <summary>REP003: A declared progress is a percentage with exactly at most two decimals, with no tolerance: the number written in a document, in decimal; a double, its shortest round-trip form.</summary>
    public static Rule DeclaredProgressPrecision { get; } = new("REP003", "A declared progress is a percentage with exactly at most two decimals, with no tolerance: the number written in a document, in decimal; a double, its shortest round-trip form.");

    /// <summary>IND001: An indicator has a target: a value and the day it is due.</summary>
    public static Rule IndicatorHasTarget { get; } = new("IND001", "An indicator has a target: a value and the day it is due.");

    /// <summary>IND002: An indicator's target is due after its baseline's day, and its intermediate targets fall between the two, in order.</summary>
    public static Rule IndicatorTargetAfterBaseline { get; } = new("IND002", "An indicator's target is due after its baseline's day, and its intermediate targets fall between the two, in order.");

    /// <summary>IND003: Indicator values (baseline, targets, observations) are finite numbers.</summary>
    public static Rule IndicatorValueFinite { get; } = new("IND003", "Indicator values (baseline, targets, observations) are finite numbers.");

    /// <summary>WGT001: A weight is a finite number above 0.</summary>
    public static Rule WeightPositive { get; } = new("WGT001", "A weight is a finite number above 0.");

    /// <summary>TER001: A territory code is 1 to 16 ASCII letters, digits or hyphens, such as 75, 2A, 971 or FR-IDF.</summary>
    public static Rule TerritoryCodeFormat { get; } = new("TER001", "A territory code is 1 to 16 ASCII letters, digits or hyphens, such as 75, 2A, 971 or FR-IDF.");

    /// <summary>LED001: Every report, indicator, plan and commitment of a ledger is on a measure its programme has.</summary>
    public static Rule LedgerMeasureKnown { get; } = new("LED001", "Every report, indicator, plan and commitment of a ledger is on a measure its programme has.");

    /// <summary>LED002: A ledger holds at most one report per measure and day.</summary>
    public static Rule LedgerOneReportPerDay { get; } = new("LED002", "A ledger holds at most one report per measure and day.");

    /// <summary>LED003: No report or observation in a ledger is dated before the ledger's launch.</summary>
    public static Rule LedgerAfterLaunch { get; } = new("LED003", "No report or observation in a ledger is dated before the ledger's launch.");

    /// <summary>LED004: No two indicators of a ledger share an identifier.</summary>
    public static Rule LedgerIndicatorIdsUnique { get; } = new("LED004", "No two indicators of a ledger share an identifier.");

    /// <summary>LED005: Every observation in a ledger is of an indicator the ledger defines.</summary>
    public static Rule LedgerObservationIndicatorKnown { get; } = new("LED005", "Every observation in a ledger is of an indicator the ledger defines.");

    /// <summary>LED006: A ledger holds at most one observation per indicator and day.</summary>
    public static Rule LedgerOneObservationPerDay { get; } = new("LED006", "A ledger holds at most one observation per indicator and day.");

    /// <summary>LED011: A ledger's rollup settings weigh only measures and dimensions of its programme, each at most once.</summary>
    public static Rule LedgerRollupSettingsKnown { get; } = new("LED011", "A ledger's rollup settings weigh only measures and dimensions of its programme, each at most once.");

    /// <summary>POR002: Every ledger of a portfolio is rolled up with the same settings: weights, unknown policy and tolerance.</summary>
    public static Rule PortfolioOneRollup { get; } = new("POR002", "Every ledger of a portfolio is rolled up with the same settings: weights, unknown policy and tolerance.");

    /// <summary>POR001: A portfolio holds at least one ledger, every one territorial and of the same programme, no territory twice, and weights only for its territories, each once.</summary>
    public static Rule PortfolioTerritories { get; } = new("POR001", "A portfolio holds at least one ledger, every one territorial and of the same programme, no territory twice, and weights only for its territories, each once.");

    /// <summary>PRO001: An indicator's progress at a date is (current − baseline) / (target − baseline) from its latest observation on or before that date, clamped to 0–100 %; it is unknown without an observation or when the target equals the baseline; when the baseline is already past the target, it is 100 % if the current value is at or past the target, and 0 % otherwise.</summary>
    public static Rule IndicatorProgress { get; } = new("PRO001", "An indicator's progress at a date is (current − baseline) / (target − baseline) from its latest observation on or before that date, clamped to 0–100 %; it is unknown without an observation or when the target equals the baseline; when the baseline is already past the target, it is 100 % if the current value is at or past the target, and 0 % otherwise.", RuleKind.Computation);

    /// <summary>PRO002: A measure's progress at a date is 100 % once completed; otherwise the weighted mean of its indicators that have a value; otherwise its latest declared progress; otherwise 0 % while not started and unknown once started.</summary>
    public static Rule MeasureProgress { get; } = new("PRO002", "A measure's progress at a date is 100 % once completed; otherwise the weighted mean of its indicators that have a value; otherwise its latest declared progress; otherwise 0 % while not started and unknown once started.", RuleKind.Computation);

    /// <summary>PRO003: A dimension's progress is the weighted mean of its measures' progress, and the programme's the weighted mean of its dimensions' progress; weights are equal unless set, and cancelled measures leave the mean and are reported apart.</summary>
    public static Rule RollupMean { get; } = new("PRO003", "A dimension's progress is the weighted mean of its measures' progress, and the programme's the weighted mean of its dimensions' progress; weights are equal unless set, and cancelled measures leave the mean and are reported apart.", RuleKind.Computation);

    /// <summary>PRO004: Under the available policy, the default, a mean is taken over the known values and reports their coverage (known weight over total weight), unknown only when no value is known; under the strict policy, any unknown value makes the mean unknown.</summary>
    public static Rule UnknownPolicy { get; } = new("PRO004", "Under the available policy, the default, a mean is taken over the known values and reports their coverage (known weight over total weight), unknown only when no value is known; under the strict policy, any unknown value makes the mean unknown.", RuleKind.Computation);

    /// <summary>PRO005: Breadth is the share of the measures that are not cancelled whose status at the date is anything but not started.</summary>
    public static Rule Breadth { get; } = new("PRO005", "Breadth is the share of the measures that are not cancelled whose status at the date is anything but not started.", RuleKind.Computation);

    /// <summary>PRO006: The weakest dimension is the one with the lowest known progress; ties go to the dimension listed first.</summary>
    public static Rule WeakestDimension { get; } = new("PRO006", "The weakest dimension is the one with the lowest known progress; ties go to the dimension listed first.", RuleKind.Computation);

    /// <summary>PRO007: The balanced index is the geometric mean of the dimensions' progress, weighted as the programme mean is: 0 % when any dimension is at 0 %, unknown when any dimension's progress is unknown.</summary>
    public static Rule BalancedIndex { get; } = new("PRO007", "The balanced index is the geometric mean of the dimensions' progress, weighted as the programme mean is: 0 % when any dimension is at 0 %, unknown when any dimension's progress is unknown.", RuleKind.Computation);

    /// <summary>PRO008: Expected progress at a date rises linearly from 0 % at the start of the plan to 100 % at its end, clamped; the plan runs from launch to the end of the core-results window unless a measure has its own planned start and end.</summary>
    public static Rule ExpectedProgress { get; } = new("PRO008", "Expected progress at a date rises linearly from 0 % at the start of the plan to 100 % at its end, clamped; the plan runs from launch to the end of the core-results window unless a measure has its own planned start and end.", RuleKind.Computation);

    /// <summary>PRO009: Schedule variance is actual minus expected progress, in points; the performance index is actual over expected progress, with no value while expected progress is 0 % or actual progress is unknown.</summary>
    public static Rule ScheduleVariance { get; } = new("PRO009", "Schedule variance is actual minus expected progress, in points; the performance index is actual over expected progress, with no value while expected progress is 0 % or actual progress is unknown.", RuleKind.Computation);

    /// <summary>PRO010: A measure, a dimension or a programme is on track while its schedule variance is at least minus the tolerance, 10 points unless set.</summary>
    public static Rule OnTrack { get; } = new("PRO010", "A measure, a dimension or a programme is on track while its schedule variance is at least minus the tolerance, 10 points unless set.", RuleKind.Computation);

    /// <summary>PRO011: A measure's completion forecast at a date is none once it is cancelled; at 100 %, it is complete since the first day of its last unbroken stretch at 100 %; otherwise it is the first whole day on which the least-squares line through the measure's progress on the days of its last reports with a known progress, at most six and at least two, each to the hundredth of a point, is at 100 %, computed exactly: a forecast when that day is on or after the date, overdue when it is before, none while the line is not rising, and no date when the day falls after 31 December 9999.</summary>
    public static Rule CompletionForecast { get; } = new("PRO011", "A measure's completion forecast at a date is none once it is cancelled; at 100 %, it is complete since the first day of its last unbroken stretch at 100 %; otherwise it is the first whole day on which the least-squares line through the measure's progress on the days of its last reports with a known progress, at most six and at least two, each to the hundredth of a point, is at 100 %, computed exactly: a forecast when that day is on or after the date, overdue when it is before, none while the line is not rising, and no date when the day falls after 31 December 9999.", RuleKind.Computation);

    /// <summary>PRO012: Every figure at a date uses only reports and observations dated on or before that date.</summary>
    public static Rule AsOf { get; } = new("PRO012", "Every figure at a date uses only reports and observations dated on or before that date.", RuleKind.Computation);

    /// <summary>PRO013: The national figures are the weighted means of the territories' figures, territories weighing equally unless weights are set and a territory the weights leave out weighing 1; territories rank by programme progress, then by the ordinal order of their codes' text ("100" before "99").</summary>
    public static Rule NationalRollup { get; } = new("PRO013", "The national figures are the weighted means of the territories' figures, territories weighing equally unless weights are set and a territory the weights leave out weighing 1; territories rank by programme progress, then by the ordinal order of their codes' text (\"100\" before \"99\").", RuleKind.Computation);

    /// <summary>PRO014: A programme's coverage is the weight of its measures whose progress is known over the weight of all its measures, cancelled measures left out, each measure weighing what it weighs in its dimension: with equal weights, the share of its measures whose progress is known.</summary>
    public static Rule ProgrammeCoverage { get; } = new("PRO014", "A programme's coverage is the weight of its measures whose progress is known over the weight of all its measures, cancelled measures left out, each measure weighing what it weighs in its dimension: with equal weights, the share of its measures whose progress is known.", RuleKind.Computation);

    /// <summary>PRO015: A programme's expected progress is the mean of its measures' expected progress, each on its own plan when it has one and on the default plan otherwise, weighted as the programme's progress is, cancelled measures left out; without plans, it is the default plan's.</summary>
    public static Rule ProgrammeExpected { get; } = new("PRO015", "A programme's expected progress is the mean of its measures' expected progress, each on its own plan when it has one and on the default plan otherwise, weighted as the programme's progress is, cancelled measures left out; without plans, it is the default plan's.", RuleKind.Computation);

    /// <summary>PRO016: The lagging measures are those behind their expected progress, with a negative schedule variance (in a national view, a negative mean variance across territories), at most five unless another number is asked, the furthest behind first, then by measure number; cancelled measures and measures of unknown progress are not listed.</summary>
    public static Rule Lagging { get; } = new("PRO016", "The lagging measures are those behind their expected progress, with a negative schedule variance (in a national view, a negative mean variance across territories), at most five unless another number is asked, the furthest behind first, then by measure number; cancelled measures and measures of unknown progress are not listed.", RuleKind.Computation);

    /// <summary>PRO017: Where a figure is rounded, to the hundredth of a point for a forecast (PRO011) or for people in the command line's tables and JSON, a half rounds away from zero, on the figure written to 15 significant digits.</summary>
    public static Rule Rounding { get; } = new("PRO017", "Where a figure is rounded, to the hundredth of a point for a forecast (PRO011) or for people in the command line's tables and JSON, a half rounds away from zero, on the figure written to 15 significant digits.", RuleKind.Computation);

    /// <summary>PRO018: A measure's first effects at a date are the day its latest report on or before that date that states one gives: a later report that states another day, earlier or later, replaces the day an earlier report stated, as a later status or declared progress does, and a report that states none keeps it.</summary>
    public static Rule FirstEffects { get; } = new("PRO018", "A measure's first effects at a date are the day its latest report on or before that date that states one gives: a later report that states another day, earlier or later, replaces the day an earlier report stated, as a later status or declared progress does, and a report that states none keeps it.", RuleKind.Computation);

    /// <summary>PRO019: At a date before a ledger's launch, which no report or observation precedes (LED003), every measure is not started at 0 % with 0 % expected: on track, without a performance index, not due, and without a forecast for want of data; so is the programme, and so counts a territory not yet launched in a national view.</summary>
    public static Rule BeforeLaunch { get; } = new("PRO019", "At a date before a ledger's launch, which no report or observation precedes (LED003), every measure is not started at 0 % with 0 % expected: on track, without a performance index, not due, and without a forecast for want of data; so is the programme, and so counts a territory not yet launched in a national view.", RuleKind.Computation);

    /// <summary>LED007: A ledger sets at most one planned start and end per measure.</summary>
    public static Rule LedgerOnePlanPerMeasure { get; } = new("LED007", "A ledger sets at most one planned start and end per measure.");

    /// <summary>LED008: Every required part of a ledger is given, and no list in it holds a missing element.</summary>
    public static Rule LedgerPartRequired { get; } = new("LED008", "Every required part of a ledger is given, and no list in it holds a missing element.");

    /// <summary>LED009: A ledger's own milestones carry the sequence numbers that follow its programme's, each once and without a gap: with a base of 7, the first is 8.</summary>
    public static Rule LedgerMilestonesFollowBase { get; } = new("LED009", "A ledger's own milestones carry the sequence numbers that follow its programme's, each once and without a gap: with a base of 7, the first is 8.");

    /// <summary>LED010: A ledger's own milestone can only fall within the programme's life: its earliest possible day on or after the ledger's launch, its latest on or before the last day of the core-results window.</summary>
    public static Rule LedgerMilestoneWithinProgrammeLife { get; } = new("LED010", "A ledger's own milestone can only fall within the programme's life: its earliest possible day on or after the ledger's launch, its latest on or before the last day of the core-results window.");

    /// <summary>PLN001: A measure's planned end is after its planned start.</summary>
    public static Rule PlanOrdered { get; } = new("PLN001", "A measure's planned end is after its planned start.");
}


namespace Alliances.Domain.Validation;

/// <summary>
/// Every programme rule the library enforces, each with its stable code. One partial file per area.
/// </summary>
/// <remarks>
/// The codes are grouped by area, in the order of <c>docs/rules.md</c>: <c>TXT</c> text, <c>IDS</c> identifiers,
/// <c>PCT</c> percentages, <c>CNT</c> counts, <c>WGT</c> weights, <c>MEA</c> measures, <c>HOR</c> effect horizons,
/// <c>DAT</c> imprecise dates, <c>MIL</c> milestones, <c>GOV</c> governance, <c>MIS</c> mission, <c>POL</c> opinion
/// poll, <c>EVA</c> evaluation, <c>SCH</c> schedule, <c>PRG</c> programme, <c>LIF</c> lifecycle, <c>REP</c> reports,
/// <c>IND</c> indicators, <c>PLN</c> plans, <c>TER</c> territories, <c>LED</c> ledgers, <c>COM</c> commitments, <c>POR</c> portfolios,
/// <c>JSN</c> JSON documents, <c>PRO</c> progress. That page documents each rule, and a test keeps it, this list and
/// the codes in step.
/// </remarks>
public static partial class Rules
{
    private static readonly Lazy<ValueList<Rule>> AllRules = new(ListAll);

    private static ValueList<Rule> ListAll() => ValueList.CreateRange(new Rule[]
    {
        TextRequired,
        EnglishTextNotBlank,
        IdentifierFormat,
        PercentageRange,
        CountNotNegative,
        MeasureNumberPositive,
        HorizonNotNegative,
        HorizonOrdered,
        SpanOrdered,
        YearInRange,
        IsoCalendar,
        MilestoneSequencePositive,
        CommitteeHasBodies,
        MissionHasLeaders,
        ReportAfterCommission,
        PollNotEmpty,
        PollSharesSumToHundred,
        NestedSharesWithinParent,
        EvaluationPeriodPositive,
        ProgrammePartRequired,
        ProgrammeHasDimensions,
        DimensionKindsUnique,
        MeasureNumbersUnique,
        MeasureNumbersContiguous,
        MeasureDimensionKnown,
        DimensionHasMeasures,
        MilestoneSequencesUnique,
        MilestoneSequencesContiguous,
        WorldIdsUnique,
        AudienceIdsUnique,
        LaunchAfterReport,
        AnswerableBodyOfTheCommittee,
        AnswerableBodyRequired,
        MilestoneServesKnownMeasures,
        EffectWindow,
        StatusNotDue,
        StatusDue,
        StatusOverdue,
        StatusEarly,
        StatusOnTime,
        StatusLate,
        WindowInRange,
        MonthThirds,
        ConfirmWithinPossibleDays,
        ThreeValuedComparison,
        MilestoneTimeZoneKnown,
        RescheduleExplained,
        MilestoneServesEveryOrSome,
        EvaluationWithinProgramme,
        LifecycleTransition,
        NextUpdateAfterReport,
        EffectsObservedByReport,
        DeclaredProgressPrecision,
        IndicatorHasTarget,
        IndicatorTargetAfterBaseline,
        IndicatorValueFinite,
        WeightPositive,
        TerritoryCodeFormat,
        LedgerMeasureKnown,
        LedgerOneReportPerDay,
        LedgerAfterLaunch,
        LedgerIndicatorIdsUnique,
        LedgerObservationIndicatorKnown,
        LedgerOneObservationPerDay,
        PortfolioTerritories,
        PortfolioOneRollup,
        IndicatorProgress,
        MeasureProgress,
        RollupMean,
        UnknownPolicy,
        Breadth,
        WeakestDimension,
        BalancedIndex,
        ExpectedProgress,
        ScheduleVariance,
        OnTrack,
        CompletionForecast,
        AsOf,
        NationalRollup,
        ProgrammeCoverage,
        ProgrammeExpected,
        Lagging,
        Rounding,
        FirstEffects,
        BeforeLaunch,
        LedgerOnePlanPerMeasure,
        LedgerPartRequired,
        LedgerMilestonesFollowBase,
        LedgerMilestoneWithinProgrammeLife,
        LedgerRollupSettingsKnown,
        PlanOrdered,
        JsonShape,
        JsonKindAndVersion,
        JsonProgrammeKnown,
        MeasureNumberBounded,
        MilestoneSequenceBounded,
        WeightBounded,
        IndicatorValueBounded,
        PeriodBounded,
        PollNestingBounded,
        TextWellFormed,
        JsonDocumentSize,
        CommitmentEndNotBeforeStart,
        WithdrawalWithinCommitment,
        CommitmentWithinProgrammeLife,
        OneLeadPerMeasure,
        CommitmentsUnique,
        CommittedWorldKnown,
        MeasureWithoutLead,
    }.OrderBy(r => r.Code, StringComparer.Ordinal));

    /// <summary>Gets every rule, ordered by code.</summary>
    public static ValueList<Rule> All => AllRules.Value;

    /// <summary>Finds a rule by its code.</summary>
    /// <param name="code">A code such as <c>PRG004</c>; the comparison is ordinal.</param>
    /// <param name="rule">The rule, when found.</param>
    /// <returns><see langword="true"/> when a rule has that code.</returns>
    public static bool TryFind(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Rule? rule)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Code, code, StringComparison.Ordinal))
            {
                rule = candidate;
                return true;
            }
        }

        rule = null;
        return false;
    }
}

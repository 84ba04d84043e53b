using System.Text.Json.Serialization;
using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata of every type of the contract, for apps that serialize without
/// reflection (NativeAOT, trimming): use <c>AlliancesJsonContext.Default.Programme</c> directly, or chain
/// <see cref="JsonSerializerContext"/> <c>Default</c> into an app's own resolver with
/// <c>options.TypeInfoResolverChain.Add(AlliancesJsonContext.Default)</c>.
/// </summary>
/// <remarks>
/// Every type here names its converter with <see cref="JsonConverterAttribute"/>, so the contract's format is the
/// same through this context, an app's own source-generated context, or reflection.
/// </remarks>
[JsonSerializable(typeof(Programme))]
[JsonSerializable(typeof(LedgerDocument))]
[JsonSerializable(typeof(Ledger))]
[JsonSerializable(typeof(Portfolio))]
[JsonSerializable(typeof(ProgrammeId))]
[JsonSerializable(typeof(SourceDocument))]
[JsonSerializable(typeof(PlannedEvaluation))]
[JsonSerializable(typeof(Mission))]
[JsonSerializable(typeof(MissionReport))]
[JsonSerializable(typeof(Person))]
[JsonSerializable(typeof(Contributors))]
[JsonSerializable(typeof(World))]
[JsonSerializable(typeof(Audience))]
[JsonSerializable(typeof(Dimension))]
[JsonSerializable(typeof(DimensionKind))]
[JsonSerializable(typeof(EffectHorizon))]
[JsonSerializable(typeof(Measure))]
[JsonSerializable(typeof(MeasureNumber))]
[JsonSerializable(typeof(FollowUpCommittee))]
[JsonSerializable(typeof(GovernanceBody))]
[JsonSerializable(typeof(Milestone))]
[JsonSerializable(typeof(MilestoneKind))]
[JsonSerializable(typeof(MilestoneDateChange))]
[JsonSerializable(typeof(MilestoneDateChangeKind))]
[JsonSerializable(typeof(ImpreciseDate))]
[JsonSerializable(typeof(ExactDay))]
[JsonSerializable(typeof(DaySpan))]
[JsonSerializable(typeof(PartOfMonth))]
[JsonSerializable(typeof(WholeMonth))]
[JsonSerializable(typeof(WholeYear))]
[JsonSerializable(typeof(DatePrecision))]
[JsonSerializable(typeof(MonthPart))]
[JsonSerializable(typeof(OpinionPoll))]
[JsonSerializable(typeof(PollAnswer))]
[JsonSerializable(typeof(Percentage))]
[JsonSerializable(typeof(ApproximateCount))]
[JsonSerializable(typeof(LocalizedText))]
[JsonSerializable(typeof(Territory))]
[JsonSerializable(typeof(TerritoryCode))]
[JsonSerializable(typeof(TerritoryLevel))]
[JsonSerializable(typeof(TerritoryWeight))]
[JsonSerializable(typeof(MeasurePlan))]
[JsonSerializable(typeof(Indicator))]
[JsonSerializable(typeof(IndicatorPoint))]
[JsonSerializable(typeof(IndicatorDirection))]
[JsonSerializable(typeof(Observation))]
[JsonSerializable(typeof(MeasureReport))]
[JsonSerializable(typeof(LifecycleStatus))]
[JsonSerializable(typeof(Health))]
[JsonSerializable(typeof(LedgerScope))]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(OrganisationActor))]
[JsonSerializable(typeof(WorldActor))]
[JsonSerializable(typeof(TerritoryBodyActor))]
[JsonSerializable(typeof(Commitment))]
[JsonSerializable(typeof(CommitmentRole))]
[JsonSerializable(typeof(Withdrawal))]
[JsonSerializable(typeof(Scheduling.ScheduleStatus))]
[JsonSerializable(typeof(Scheduling.MilestoneTiming))]
[JsonSerializable(typeof(ProgressSource))]
[JsonSerializable(typeof(ForecastOutcome))]
[JsonSerializable(typeof(UnknownPolicy))]
[JsonSerializable(typeof(ProgressView))]
[JsonSerializable(typeof(Scheduling.ScheduleView))]
public sealed partial class AlliancesJsonContext : JsonSerializerContext;

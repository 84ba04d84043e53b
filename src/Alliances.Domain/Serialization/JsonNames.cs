using System.Text.Json;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;

namespace Alliances.Domain.Serialization;

/// <summary>The camelCase names of every enum value in the contract, both ways, without reflection.</summary>
internal static class JsonNames
{
    internal static readonly ContractNames<DimensionKind> DimensionKinds =
        new(("operational", DimensionKind.Operational), ("strategic", DimensionKind.Strategic), ("political", DimensionKind.Political));

    internal static readonly ContractNames<MilestoneKind> MilestoneKinds = new(
        ("digitalEvent", MilestoneKind.DigitalEvent), ("meeting", MilestoneKind.Meeting), ("visit", MilestoneKind.Visit),
        ("conference", MilestoneKind.Conference), ("workshop", MilestoneKind.Workshop), ("other", MilestoneKind.Other));

    internal static readonly ContractNames<MonthPart> MonthParts =
        new(("early", MonthPart.Early), ("mid", MonthPart.Mid), ("late", MonthPart.Late));

    internal static readonly ContractNames<DatePrecision> Precisions = new(
        ("day", DatePrecision.Day), ("daySpan", DatePrecision.DaySpan), ("partOfMonth", DatePrecision.PartOfMonth),
        ("month", DatePrecision.Month), ("year", DatePrecision.Year));

    internal static readonly ContractNames<MilestoneDateChangeKind> DateChangeKinds =
        new(("confirmed", MilestoneDateChangeKind.Confirmed), ("rescheduled", MilestoneDateChangeKind.Rescheduled));

    internal static readonly ContractNames<LifecycleStatus> Statuses = new(
        ("notStarted", LifecycleStatus.NotStarted), ("inProgress", LifecycleStatus.InProgress), ("effectsObserved", LifecycleStatus.EffectsObserved),
        ("completed", LifecycleStatus.Completed), ("suspended", LifecycleStatus.Suspended), ("cancelled", LifecycleStatus.Cancelled));

    internal static readonly ContractNames<Health> Healths =
        new(("notAssessed", Health.NotAssessed), ("onTrack", Health.OnTrack), ("atRisk", Health.AtRisk), ("offTrack", Health.OffTrack));

    internal static readonly ContractNames<IndicatorDirection> Directions =
        new(("higherIsBetter", IndicatorDirection.HigherIsBetter), ("lowerIsBetter", IndicatorDirection.LowerIsBetter));

    internal static readonly ContractNames<TerritoryLevel> Levels = new(
        ("region", TerritoryLevel.Region), ("departement", TerritoryLevel.Departement), ("commune", TerritoryLevel.Commune), ("other", TerritoryLevel.Other));

    internal static readonly ContractNames<LedgerScope> Scopes =
        new(("national", LedgerScope.National), ("territorial", LedgerScope.Territorial), ("portfolio", LedgerScope.Portfolio));

    internal static readonly ContractNames<CommitmentRole> Roles =
        new(("contributor", CommitmentRole.Contributor), ("lead", CommitmentRole.Lead), ("funder", CommitmentRole.Funder), ("evaluator", CommitmentRole.Evaluator));

    internal static readonly ContractNames<ScheduleStatus> ScheduleStatuses = new(
        ("notDue", ScheduleStatus.NotDue), ("due", ScheduleStatus.Due), ("overdue", ScheduleStatus.Overdue),
        ("early", ScheduleStatus.Early), ("onTime", ScheduleStatus.OnTime), ("late", ScheduleStatus.Late));

    internal static readonly ContractNames<MilestoneTiming> Timings =
        new(("past", MilestoneTiming.Past), ("happening", MilestoneTiming.Happening), ("uncertain", MilestoneTiming.Uncertain), ("upcoming", MilestoneTiming.Upcoming));

    internal static readonly ContractNames<ProgressSource> Sources = new(
        ("completed", ProgressSource.Completed), ("indicators", ProgressSource.Indicators), ("declared", ProgressSource.Declared),
        ("notStarted", ProgressSource.NotStarted), ("unknown", ProgressSource.Unknown));

    internal static readonly ContractNames<ForecastOutcome> Outcomes = new(
        ("forecast", ForecastOutcome.Forecast), ("alreadyComplete", ForecastOutcome.AlreadyComplete), ("notRising", ForecastOutcome.NotRising),
        ("notEnoughData", ForecastOutcome.NotEnoughData), ("cancelled", ForecastOutcome.Cancelled), ("beyondCalendar", ForecastOutcome.BeyondCalendar),
        ("overdue", ForecastOutcome.Overdue));

    internal static readonly ContractNames<UnknownPolicy> Policies =
        new(("available", UnknownPolicy.Available), ("strict", UnknownPolicy.Strict));

    /// <summary>The kind of an organisation actor.</summary>
    internal const string OrganisationKind = "organisation";

    /// <summary>The kind of a world actor.</summary>
    internal const string WorldKind = "world";

    /// <summary>The kind of a territory's body as an actor.</summary>
    internal const string TerritoryBodyKind = "territoryBody";

    /// <summary>Gets the contract's kind of an actor.</summary>
    internal static string ActorKindOf(Actor actor) => actor switch
    {
        OrganisationActor => OrganisationKind,
        WorldActor => WorldKind,
        _ => TerritoryBodyKind,
    };

    internal static JsonEncodedText Encoded(CommitmentRole value) => Roles.Encoded(value);

    internal static JsonEncodedText Encoded(DimensionKind value) => DimensionKinds.Encoded(value);

    internal static JsonEncodedText Encoded(MilestoneKind value) => MilestoneKinds.Encoded(value);

    internal static JsonEncodedText Encoded(MonthPart value) => MonthParts.Encoded(value);

    internal static JsonEncodedText Encoded(DatePrecision value) => Precisions.Encoded(value);

    internal static JsonEncodedText Encoded(MilestoneDateChangeKind value) => DateChangeKinds.Encoded(value);

    internal static JsonEncodedText Encoded(LifecycleStatus value) => Statuses.Encoded(value);

    internal static JsonEncodedText Encoded(Health value) => Healths.Encoded(value);

    internal static JsonEncodedText Encoded(IndicatorDirection value) => Directions.Encoded(value);

    internal static JsonEncodedText Encoded(TerritoryLevel value) => Levels.Encoded(value);

    internal static JsonEncodedText Encoded(LedgerScope value) => Scopes.Encoded(value);

    internal static JsonEncodedText Encoded(ScheduleStatus value) => ScheduleStatuses.Encoded(value);

    internal static JsonEncodedText Encoded(MilestoneTiming value) => Timings.Encoded(value);

    internal static JsonEncodedText Encoded(ProgressSource value) => Sources.Encoded(value);

    internal static JsonEncodedText Encoded(ForecastOutcome value) => Outcomes.Encoded(value);

    internal static JsonEncodedText Encoded(UnknownPolicy value) => Policies.Encoded(value);
}

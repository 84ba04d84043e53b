using System.Text.Json;
using Alliances.Domain.Dates;
using Alliances.Domain.Dimensions;
using Alliances.Domain.Indicators;
using Alliances.Domain.Milestones;
using Alliances.Domain.Reports;
using Alliances.Domain.Territories;

namespace Alliances.Domain.Serialization;

/// <summary>The camelCase names of every enum value in the contract, both ways, without reflection.</summary>
internal static class JsonNames
{
    internal static readonly (string Name, DimensionKind Value)[] DimensionKinds =
        [("operational", DimensionKind.Operational), ("strategic", DimensionKind.Strategic), ("political", DimensionKind.Political)];

    internal static readonly (string Name, MilestoneKind Value)[] MilestoneKinds =
    [
        ("digitalEvent", MilestoneKind.DigitalEvent), ("meeting", MilestoneKind.Meeting), ("visit", MilestoneKind.Visit),
        ("conference", MilestoneKind.Conference), ("workshop", MilestoneKind.Workshop), ("other", MilestoneKind.Other),
    ];

    internal static readonly (string Name, MonthPart Value)[] MonthParts =
        [("early", MonthPart.Early), ("mid", MonthPart.Mid), ("late", MonthPart.Late)];

    internal static readonly (string Name, DatePrecision Value)[] Precisions =
    [
        ("day", DatePrecision.Day), ("daySpan", DatePrecision.DaySpan), ("partOfMonth", DatePrecision.PartOfMonth),
        ("month", DatePrecision.Month), ("year", DatePrecision.Year),
    ];

    internal static readonly (string Name, MilestoneDateChangeKind Value)[] DateChangeKinds =
        [("confirmed", MilestoneDateChangeKind.Confirmed), ("rescheduled", MilestoneDateChangeKind.Rescheduled)];

    internal static readonly (string Name, LifecycleStatus Value)[] Statuses =
    [
        ("notStarted", LifecycleStatus.NotStarted), ("inProgress", LifecycleStatus.InProgress), ("effectsObserved", LifecycleStatus.EffectsObserved),
        ("completed", LifecycleStatus.Completed), ("suspended", LifecycleStatus.Suspended), ("cancelled", LifecycleStatus.Cancelled),
    ];

    internal static readonly (string Name, Health Value)[] Healths =
        [("notAssessed", Health.NotAssessed), ("onTrack", Health.OnTrack), ("atRisk", Health.AtRisk), ("offTrack", Health.OffTrack)];

    internal static readonly (string Name, IndicatorDirection Value)[] Directions =
        [("higherIsBetter", IndicatorDirection.HigherIsBetter), ("lowerIsBetter", IndicatorDirection.LowerIsBetter)];

    internal static readonly (string Name, TerritoryLevel Value)[] Levels =
        [("region", TerritoryLevel.Region), ("departement", TerritoryLevel.Departement), ("commune", TerritoryLevel.Commune), ("other", TerritoryLevel.Other)];

    internal static readonly (string Name, LedgerScope Value)[] Scopes =
        [("national", LedgerScope.National), ("territorial", LedgerScope.Territorial), ("portfolio", LedgerScope.Portfolio)];

    /// <summary>The lifecycle statuses, pre-encoded for the hot path of writing reports.</summary>
    internal static readonly JsonEncodedText[] EncodedStatuses = [.. Statuses.Select(s => JsonEncodedText.Encode(s.Name))];

    /// <summary>The healths, pre-encoded.</summary>
    internal static readonly JsonEncodedText[] EncodedHealths = [.. Healths.Select(h => JsonEncodedText.Encode(h.Name))];

    /// <summary>Gets the name of a value of one of the tables.</summary>
    internal static string NameOf<T>((string Name, T Value)[] table, T value)
        where T : struct, Enum
    {
        foreach (var (name, candidate) in table)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "The value has no name in the JSON contract.");
    }
}

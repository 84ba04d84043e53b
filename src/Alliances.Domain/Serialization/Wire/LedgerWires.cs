using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Alliances.Domain.Indicators;
using Alliances.Domain.Ledgers;
using Alliances.Domain.Measures;
using Alliances.Domain.Programmes;
using Alliances.Domain.Progress;
using Alliances.Domain.Quantities;
using Alliances.Domain.Reports;
using Alliances.Domain.Territories;
using Alliances.Domain.Text;
using NodaTime;

namespace Alliances.Domain.Serialization;

// The records of a ledger document as it is read, with the strict options of WireContext. Each record builds its part
// of the model once read; the ledger rules, which need the programme, are checked once the document is read.

/// <summary>The parts of one ledger: at the top of a national or territorial document, or under a portfolio's <c>territories</c>.</summary>
internal class LedgerBodyWire
{
    [DisallowNull]
    public TerritoryWire? Territory { get; init; }

    [DisallowNull]
    public LocalDate? LaunchDate { get; init; }

    [DisallowNull]
    public WireList<PlanWire>? Plans { get; init; }

    [DisallowNull]
    public WireList<IndicatorWire>? Indicators { get; init; }

    [DisallowNull]
    public WireList<MeasureReport>? Reports { get; init; }

    [DisallowNull]
    public WireList<ObservationWire>? Observations { get; init; }

    /// <summary>Gets whether any part of a ledger is here.</summary>
    internal bool HasAny => Territory is not null || LaunchDate is not null || Plans is not null || Indicators is not null || Reports is not null || Observations is not null;

    /// <summary>Makes the draft of the ledger, for the programme it follows.</summary>
    internal LedgerDraft ToDraft(Programme programme) => new()
    {
        Programme = programme,
        Territory = Territory?.Value,
        LaunchDate = LaunchDate,
        Plans = Plans?.ToValueList(static p => p.Value) ?? default,
        Indicators = Indicators?.ToValueList(static i => i.Value) ?? default,
        Reports = Reports?.ToValueList() ?? default,
        Observations = Observations?.ToValueList(static o => o.Observation) ?? default,
    };
}

/// <summary>A ledger document: one ledger, or a portfolio of territorial ledgers.</summary>
internal sealed class LedgerWire : LedgerBodyWire, IJsonOnDeserialized
{
    [JsonConverter(typeof(LedgerKindConverter))]
    public required string Kind { get; init; }

    [JsonConverter(typeof(SchemaVersionConverter))]
    public required int SchemaVersion { get; init; }

    public required LedgerScope Scope { get; init; }

    public required ProgrammeId Programme { get; init; }

    [DisallowNull]
    public WireList<WeightWire>? Weights { get; init; }

    [DisallowNull]
    public WireList<TerritoryLedgerWire>? Territories { get; init; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        var problem = Scope switch
        {
            LedgerScope.Portfolio when Territories is null => "A portfolio document has the property 'territories'.",
            LedgerScope.Portfolio when HasAny => "A portfolio document keeps its reports under 'territories', not at the top.",
            not LedgerScope.Portfolio when Territories is not null || Weights is not null => "Only a portfolio document has 'territories' and 'weights'.",
            not LedgerScope.Portfolio when Reports is null => "The required property 'reports' is missing.",
            LedgerScope.National when Territory is not null => "A national ledger has no 'territory'.",
            LedgerScope.Territorial when Territory is null => "The required property 'territory' is missing.",
            _ => null,
        };
        if (problem is not null)
        {
            throw ContractRead.Shape(problem);
        }
    }
}

/// <summary>One territory's ledger in a portfolio document.</summary>
internal sealed class TerritoryLedgerWire : LedgerBodyWire, IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Territory is null || Reports is null)
        {
            throw ContractRead.Shape($"The required property '{(Territory is null ? "territory" : "reports")}' is missing.");
        }
    }
}

/// <summary>A territory.</summary>
internal sealed class TerritoryWire : IJsonOnDeserialized
{
    public required TerritoryCode Code { get; init; }

    public required string Name { get; init; }

    public required TerritoryLevel Level { get; init; }

    [JsonIgnore]
    public Territory Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new Territory(w.Code, w.Name, w.Level));
}

/// <summary>A territory's weight in a portfolio.</summary>
internal sealed class WeightWire : IJsonOnDeserialized
{
    public required TerritoryCode Territory { get; init; }

    public required double Weight { get; init; }

    [JsonIgnore]
    public TerritoryWeight Value { get; private set; }

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new TerritoryWeight(w.Territory, w.Weight));
}

/// <summary>A measure's plan.</summary>
internal sealed class PlanWire : IJsonOnDeserialized
{
    public required MeasureNumber Measure { get; init; }

    public required LocalDate Start { get; init; }

    public required LocalDate End { get; init; }

    [JsonIgnore]
    public MeasurePlan Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new MeasurePlan(w.Measure, w.Start, w.End));
}

/// <summary>An indicator.</summary>
internal sealed class IndicatorWire : IJsonOnDeserialized
{
    public required string Id { get; init; }

    public required MeasureNumber Measure { get; init; }

    public required LocalizedText Name { get; init; }

    public required string Unit { get; init; }

    public required IndicatorDirection Direction { get; init; }

    public required PointWire Baseline { get; init; }

    [DisallowNull]
    public PointWire? Target { get; init; }

    [DisallowNull]
    public WireList<PointWire>? IntermediateTargets { get; init; }

    [DisallowNull]
    public double? Weight { get; init; }

    [JsonIgnore]
    public Indicator Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new Indicator(
        w.Id, w.Measure, w.Name, w.Unit, w.Direction, w.Baseline.Point, w.Target?.Point, w.IntermediateTargets?.ToValueList(static p => p.Point) ?? default, w.Weight ?? 1));
}

/// <summary>A point of an indicator: a value at a date.</summary>
internal sealed class PointWire : IJsonOnDeserialized
{
    public required double Value { get; init; }

    public required LocalDate Date { get; init; }

    [JsonIgnore]
    public IndicatorPoint Point { get; private set; }

    void IJsonOnDeserialized.OnDeserialized() => Point = ContractRead.Build(this, static w => new IndicatorPoint(w.Value, w.Date));
}

/// <summary>An observation of an indicator.</summary>
internal sealed class ObservationWire : IJsonOnDeserialized
{
    public required string Indicator { get; init; }

    public required LocalDate Date { get; init; }

    public required double Value { get; init; }

    [JsonIgnore]
    public Observation Observation { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Observation = ContractRead.Build(this, static w => new Observation(w.Indicator, w.Date, w.Value));
}

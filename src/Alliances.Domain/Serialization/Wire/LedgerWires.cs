using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Alliances.Domain.Progress;
using NodaTime;

namespace Alliances.Domain.Serialization;

// The records of a ledger document as it is read, with the strict options of WireContext. Each record builds its part
// of the model once read; the ledger rules, which need the programme, are checked once the document is read.

/// <summary>The parts of one ledger: at the top of a national or territorial document, or under a portfolio's <c>territories</c>.</summary>
internal class LedgerBodyWire
{
    [DisallowNull]
    public TerritoryWire? Territory { get; set => field = IWire.Completed(value); }

    [DisallowNull]
    public LocalDate? LaunchDate { get; set; }

    [DisallowNull]
    public WireList<PlanWire>? Plans { get; set; }

    [DisallowNull]
    public bool? AllowsCoLeads { get; set; }

    [DisallowNull]
    public WireList<CommitmentWire>? Commitments { get; set; }

    [DisallowNull]
    public WireList<MilestoneWire>? Milestones { get; set; }

    [DisallowNull]
    public WireList<IndicatorWire>? Indicators { get; set; }

    [DisallowNull]
    public WireList<MeasureReport>? Reports { get; set; }

    [DisallowNull]
    public WireList<ObservationWire>? Observations { get; set; }

    /// <summary>Gets whether any part of a ledger is here.</summary>
    internal bool HasAny => Territory is not null || LaunchDate is not null || Plans is not null || AllowsCoLeads is not null || Commitments is not null || Milestones is not null || Indicators is not null || Reports is not null || Observations is not null;

    /// <summary>Gets whether the ledger has a part that only schema version 2 has: commitments, co-leads allowed, or milestones of its own.</summary>
    internal bool HasVersion2Parts => Commitments is not null || AllowsCoLeads is not null || Milestones is not null;

    /// <summary>Makes the draft of the ledger, for the programme it follows.</summary>
    internal LedgerDraft ToDraft(Programme programme) => new()
    {
        Programme = programme,
        Territory = Territory?.Model,
        LaunchDate = LaunchDate,
        Plans = Plans?.ToValueList(static p => p.Model) ?? default,
        AllowsCoLeads = AllowsCoLeads ?? false,
        Commitments = Commitments?.ToValueList(static c => c.Model) ?? default,
        Milestones = Milestones?.ToValueList(static m => m.Model) ?? default,
        Indicators = Indicators?.ToValueList(static i => i.Model) ?? default,
        Reports = Reports?.ToValueList() ?? default,
        Observations = Observations?.ToValueList(static o => o.Model) ?? default,
    };
}

/// <summary>
/// A ledger document, one ledger or a portfolio of territorial ledgers, built once read, the rules across its parts
/// checked: System.Text.Json calls it back at the end of the document (<see cref="IJsonOnDeserialized"/>), where it
/// locates a broken rule. Its required members of value types are nullable, as <see cref="WireContext.HasEveryRequired"/>
/// asks.
/// </summary>
internal sealed class LedgerWire : LedgerBodyWire, IJsonOnDeserialized
{
    [JsonRequired]
    [JsonConverter(typeof(LedgerKindConverter))]
    public string Kind { get; set; } = null!;

    [JsonRequired]
    [DisallowNull]
    [JsonConverter(typeof(SchemaVersionConverter))]
    public int? SchemaVersion { get; set; }

    [JsonRequired]
    [DisallowNull]
    public LedgerScope? Scope { get; set; }

    /// <summary>Gets the programme the document follows, among those the reader knows (<see cref="ProgrammeReferenceConverter"/>).</summary>
    [JsonRequired]
    public Programme Programme { get; set; } = null!;

    [DisallowNull]
    public WireList<WeightWire>? Weights { get; set; }

    /// <summary>Gets the rollup settings of the document's ledgers, all of a portfolio's at once (rule POR002).</summary>
    [DisallowNull]
    public RollupSettingsWire? RollupSettings { get; set => field = IWire.Completed(value); }

    [DisallowNull]
    public WireList<TerritoryLedgerWire>? Territories { get; set; }

    /// <summary>Gets the document read, once System.Text.Json has called the record back.</summary>
    [JsonIgnore]
    public LedgerDocument Document { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (!WireContext.HasEveryRequired(this, WireContext.Default.LedgerWire))
        {
            return;
        }

        var (problem, probleme) = Scope switch
        {
            LedgerScope.Portfolio when Territories is null =>
                ("A portfolio document has the property 'territories'.", "Un document de portefeuille a la propriété 'territories'."),
            LedgerScope.Portfolio when HasAny =>
                ("A portfolio document keeps its reports under 'territories', not at the top.", "Un document de portefeuille range ses rapports sous 'territories', pas au premier niveau."),
            not LedgerScope.Portfolio when Territories is not null || Weights is not null =>
                ("Only a portfolio document has 'territories' and 'weights'.", "Seul un document de portefeuille a 'territories' et 'weights'."),
            not LedgerScope.Portfolio when Reports is null =>
                ("The required property 'reports' is missing.", "La propriété requise 'reports' manque."),
            LedgerScope.National when Territory is not null =>
                ("A national ledger has no 'territory'.", "Un registre national n’a pas de 'territory'."),
            LedgerScope.Territorial when Territory is null =>
                ("The required property 'territory' is missing.", "La propriété requise 'territory' manque."),
            _ => ((string?)null, (string?)null),
        };
        if (problem is null && (RollupSettings is not null || (Scope == LedgerScope.Portfolio ? Territories!.Any(static t => t.HasVersion2Parts) : HasVersion2Parts)))
        {
            SchemaVersionConverter.RequireSince(SchemaVersion!.Value, LedgerJson.CommitmentsVersion, "Commitments, co-leads, a ledger's own milestones and rollup settings", "les engagements, les co-pilotes, les étapes propres d’un registre et les réglages d’agrégation");
        }

        Document = problem is null ? LedgerJson.FromWire(this) : throw ContractRead.Shape(problem, probleme!);
    }
}

/// <summary>One territory's ledger in a portfolio document.</summary>
internal sealed class TerritoryLedgerWire : LedgerBodyWire, IWire
{
    /// <inheritdoc/>
    public void Complete()
    {
        if (Territory is null || Reports is null)
        {
            throw ContractRead.Missing(Territory is null ? "territory" : "reports");
        }
    }
}

/// <summary>A territory.</summary>
internal sealed class TerritoryWire : Wire<Territory>
{
    [JsonRequired]
    public TerritoryCode Code { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public TerritoryLevel Level { get; set; }

    /// <inheritdoc/>
    protected override Territory Build() => new(Code, Name, Level);
}

/// <summary>A territory's weight in a portfolio.</summary>
internal sealed class WeightWire : Wire<TerritoryWeight>
{
    [JsonRequired]
    public TerritoryCode Territory { get; set; }

    [JsonRequired]
    public double Weight { get; set; }

    /// <inheritdoc/>
    protected override TerritoryWeight Build() => new(Territory, Weight);
}

/// <summary>A ledger's rollup settings: every part optional, defaults as <see cref="ProgressOptions.Default"/>.</summary>
internal sealed class RollupSettingsWire : Wire<ProgressOptions>
{
    [DisallowNull]
    public UnknownPolicy? UnknownPolicy { get; set; }

    [DisallowNull]
    public Percentage? Tolerance { get; set; }

    [DisallowNull]
    public WireList<MeasureWeightWire>? MeasureWeights { get; set; }

    [DisallowNull]
    public WireList<DimensionWeightWire>? DimensionWeights { get; set; }

    /// <inheritdoc/>
    protected override ProgressOptions Build() => new()
    {
        Policy = UnknownPolicy ?? ProgressOptions.Default.Policy,
        Tolerance = Tolerance ?? ProgressOptions.Default.Tolerance,
        MeasureWeights = MeasureWeights?.ToValueList(static w => w.Model) ?? default,
        DimensionWeights = DimensionWeights?.ToValueList(static w => w.Model) ?? default,
    };
}

/// <summary>A measure's weight within its dimension (rule PRO003).</summary>
internal sealed class MeasureWeightWire : Wire<MeasureWeight>
{
    [JsonRequired]
    public MeasureNumber Measure { get; set; }

    [JsonRequired]
    public double Weight { get; set; }

    /// <inheritdoc/>
    protected override MeasureWeight Build() => new(Measure, Weight);
}

/// <summary>A dimension's weight within the programme (rule PRO003).</summary>
internal sealed class DimensionWeightWire : Wire<DimensionWeight>
{
    [JsonRequired]
    public DimensionKind Dimension { get; set; }

    [JsonRequired]
    public double Weight { get; set; }

    /// <inheritdoc/>
    protected override DimensionWeight Build() => new(Dimension, Weight);
}

/// <summary>A measure's plan.</summary>
internal sealed class PlanWire : Wire<MeasurePlan>
{
    [JsonRequired]
    public MeasureNumber Measure { get; set; }

    [JsonRequired]
    public LocalDate Start { get; set; }

    [JsonRequired]
    public LocalDate End { get; set; }

    /// <inheritdoc/>
    protected override MeasurePlan Build() => new(Measure, Start, End);
}

/// <summary>An indicator.</summary>
internal sealed class IndicatorWire : Wire<Indicator>
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public MeasureNumber Measure { get; set; }

    [JsonRequired]
    public LocalizedText Name { get; set; } = null!;

    [JsonRequired]
    public string Unit { get; set; } = null!;

    [JsonRequired]
    public IndicatorDirection Direction { get; set; }

    [JsonRequired]
    public PointWire Baseline { get; set => field = IWire.Completed(value); } = null!;

    [DisallowNull]
    public PointWire? Target { get; set => field = IWire.Completed(value); }

    [DisallowNull]
    public WireList<PointWire>? IntermediateTargets { get; set; }

    [DisallowNull]
    public double? Weight { get; set; }

    /// <inheritdoc/>
    protected override Indicator Build() => new(
        Id, Measure, Name, Unit, Direction, Baseline.Model, Target?.Model, IntermediateTargets?.ToValueList(static p => p.Model) ?? default, Weight ?? 1);
}

/// <summary>A point of an indicator: a value at a date.</summary>
internal sealed class PointWire : Wire<IndicatorPoint>
{
    [JsonRequired]
    public double Value { get; set; }

    [JsonRequired]
    public LocalDate Date { get; set; }

    /// <inheritdoc/>
    protected override IndicatorPoint Build() => new(Value, Date);
}

/// <summary>An observation of an indicator.</summary>
internal sealed class ObservationWire : Wire<Observation>
{
    [JsonRequired]
    public string Indicator { get; set; } = null!;

    [JsonRequired]
    public LocalDate Date { get; set; }

    [JsonRequired]
    public double Value { get; set; }

    /// <inheritdoc/>
    protected override Observation Build() => new(Indicator, Date, Value);
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Alliances.Domain.Actors;
using Alliances.Domain.Dimensions;
using Alliances.Domain.Governance;
using Alliances.Domain.Measures;
using Alliances.Domain.Milestones;
using Alliances.Domain.Polling;
using Alliances.Domain.Programmes;
using Alliances.Domain.Quantities;
using Alliances.Domain.Text;
using NodaTime;

namespace Alliances.Domain.Serialization;

// The records of a programme document as it is read. System.Text.Json reads them with the strict options of
// WireContext (no unknown or duplicate property, every required one present and not null, and the path, line and
// position of any failure); each record builds its part of the model once read, where a rule it breaks is located.

/// <summary>A programme document: every part read and built, the rules across parts not yet checked.</summary>
internal sealed class ProgrammeWire : IJsonOnDeserialized
{
    [JsonConverter(typeof(ProgrammeKindConverter))]
    public required string Kind { get; init; }

    [JsonConverter(typeof(SchemaVersionConverter))]
    public required int SchemaVersion { get; init; }

    public required ProgrammeId Id { get; init; }

    public required LocalizedText Name { get; init; }

    [DisallowNull]
    public SourceWire? Source { get; init; }

    public required MissionWire Mission { get; init; }

    public required LocalDate LaunchDate { get; init; }

    public required WireList<DimensionWire> Dimensions { get; init; }

    public required WireList<MeasureWire> Measures { get; init; }

    public required GovernanceWire Governance { get; init; }

    public required WireList<MilestoneWire> Milestones { get; init; }

    public required HorizonWire ResultsHorizon { get; init; }

    [DisallowNull]
    public EvaluationWire? Evaluation { get; init; }

    public required WireList<WorldWire> Worlds { get; init; }

    public required WireList<AudienceWire> Audiences { get; init; }

    [DisallowNull]
    public PollWire? Poll { get; init; }

    [JsonIgnore]
    public ProgrammeDraft Draft { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Draft = new ProgrammeDraft
    {
        Id = Id,
        Name = Name,
        Source = Source?.Value,
        Mission = Mission.Value,
        LaunchDate = LaunchDate,
        Dimensions = Dimensions.ToValueList(static d => d.Value),
        Measures = Measures.ToValueList(static m => m.Value),
        Governance = Governance.Value,
        Milestones = Milestones.ToValueList(static m => m.Value),
        ResultsHorizon = ResultsHorizon.Value,
        Evaluation = Evaluation?.Value,
        Worlds = Worlds.ToValueList(static w => w.Value),
        Audiences = Audiences.ToValueList(static a => a.Value),
        Poll = Poll?.Value,
    };
}

/// <summary>The source document.</summary>
internal sealed class SourceWire : IJsonOnDeserialized
{
    public required LocalizedText Title { get; init; }

    public required string Publisher { get; init; }

    public required LocalDate Published { get; init; }

    [JsonIgnore]
    public SourceDocument Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() =>
        Value = ContractRead.Build(this, static w => new SourceDocument(w.Title, new Organisation(w.Publisher), w.Published));
}

/// <summary>The mission behind the programme.</summary>
internal sealed class MissionWire : IJsonOnDeserialized
{
    public required LocalizedText Title { get; init; }

    public required LocalizedText Subject { get; init; }

    public required PersonWire CommissionedBy { get; init; }

    public required YearMonth Commissioned { get; init; }

    public required WireList<PersonWire> LedBy { get; init; }

    public required ContributorsWire Contributors { get; init; }

    public required MissionReportWire Report { get; init; }

    [JsonIgnore]
    public Mission Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new Mission(
        w.Title, w.Subject, w.CommissionedBy.Value, w.Commissioned, w.LedBy.ToValueList(static p => p.Value), w.Contributors.Value, w.Report.Value));
}

/// <summary>A person and their role.</summary>
internal sealed class PersonWire : IJsonOnDeserialized
{
    public required string Name { get; init; }

    public required LocalizedText Role { get; init; }

    [JsonIgnore]
    public Person Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new Person(w.Name, w.Role));
}

/// <summary>The counts of the mission's contributors.</summary>
internal sealed class ContributorsWire : IJsonOnDeserialized
{
    public required CountWire OrganisationsMobilised { get; init; }

    public required CountWire Contributors { get; init; }

    [JsonIgnore]
    public Contributors Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() =>
        Value = ContractRead.Build(this, static w => new Contributors(w.OrganisationsMobilised.Count, w.Contributors.Count));
}

/// <summary>An approximate count.</summary>
internal sealed class CountWire : IJsonOnDeserialized
{
    public required int Value { get; init; }

    public required bool Approximate { get; init; }

    [JsonIgnore]
    public ApproximateCount Count { get; private set; }

    void IJsonOnDeserialized.OnDeserialized() => Count = ContractRead.Build(this, static w => new ApproximateCount(w.Value, w.Approximate));
}

/// <summary>The mission's report.</summary>
internal sealed class MissionReportWire : IJsonOnDeserialized
{
    public required LocalizedText Title { get; init; }

    public required LocalDate Delivered { get; init; }

    public required PersonWire DeliveredTo { get; init; }

    [JsonIgnore]
    public MissionReport Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() =>
        Value = ContractRead.Build(this, static w => new MissionReport(w.Title, w.Delivered, w.DeliveredTo.Value));
}

/// <summary>A dimension of the programme.</summary>
internal sealed class DimensionWire : IJsonOnDeserialized
{
    public required DimensionKind Kind { get; init; }

    public required LocalizedText Name { get; init; }

    public required LocalizedText Purpose { get; init; }

    public required HorizonWire Horizon { get; init; }

    [JsonIgnore]
    public Dimension Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() =>
        Value = ContractRead.Build(this, static w => new Dimension(w.Kind, w.Name, w.Purpose, w.Horizon.Value));
}

/// <summary>An effect horizon in whole months.</summary>
internal sealed class HorizonWire : IJsonOnDeserialized
{
    [JsonConverter(typeof(WholeMonthsConverter))]
    public required int Minimum { get; init; }

    [JsonConverter(typeof(WholeMonthsConverter))]
    public required int Maximum { get; init; }

    [JsonIgnore]
    public EffectHorizon Value { get; private set; }

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new EffectHorizon(w.Minimum, w.Maximum));
}

/// <summary>A measure.</summary>
internal sealed class MeasureWire : IJsonOnDeserialized
{
    public required MeasureNumber Number { get; init; }

    public required LocalizedText Title { get; init; }

    public required DimensionKind Dimension { get; init; }

    [JsonIgnore]
    public Measure Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new Measure(w.Number, w.Title, w.Dimension));
}

/// <summary>The follow-up committee.</summary>
internal sealed class GovernanceWire : IJsonOnDeserialized
{
    public required LocalizedText Name { get; init; }

    public required LocalizedText Purpose { get; init; }

    public required WireList<BodyWire> Bodies { get; init; }

    [JsonIgnore]
    public FollowUpCommittee Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() =>
        Value = ContractRead.Build(this, static w => new FollowUpCommittee(w.Name, w.Purpose, w.Bodies.ToValueList(static b => b.Value)));
}

/// <summary>A body of the follow-up committee.</summary>
internal sealed class BodyWire : IJsonOnDeserialized
{
    public required LocalizedText Name { get; init; }

    [DisallowNull]
    public LocalizedText? Role { get; init; }

    [JsonIgnore]
    public GovernanceBody Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new GovernanceBody(w.Name, w.Role));
}

/// <summary>A milestone.</summary>
internal sealed class MilestoneWire : IJsonOnDeserialized
{
    public required int Sequence { get; init; }

    public required LocalizedText Title { get; init; }

    public required MilestoneKind Kind { get; init; }

    public required ImpreciseDateWire Date { get; init; }

    [DisallowNull]
    public string? Place { get; init; }

    [DisallowNull]
    public LocalizedText? HostEvent { get; init; }

    public required string TimeZone { get; init; }

    [DisallowNull]
    public WireList<DateChangeWire>? History { get; init; }

    [JsonIgnore]
    public Milestone Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new Milestone(
        w.Sequence, w.Title, w.Kind, w.Date.Value, w.Place, w.HostEvent, w.TimeZone, w.History?.ToValueList(static c => c.Value) ?? default));
}

/// <summary>A change of a milestone's date.</summary>
internal sealed class DateChangeWire : IJsonOnDeserialized
{
    public required ImpreciseDateWire Previous { get; init; }

    public required MilestoneDateChangeKind Kind { get; init; }

    [DisallowNull]
    public string? Reason { get; init; }

    [JsonIgnore]
    public MilestoneDateChange Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new MilestoneDateChange(w.Previous.Value, w.Kind, w.Reason));
}

/// <summary>The planned evaluation.</summary>
internal sealed class EvaluationWire : IJsonOnDeserialized
{
    public required ImpreciseDateWire When { get; init; }

    public required LocalizedText Purpose { get; init; }

    public required Period LooksBackOver { get; init; }

    [JsonIgnore]
    public PlannedEvaluation Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() =>
        Value = ContractRead.Build(this, static w => new PlannedEvaluation(w.When.Value, w.Purpose, w.LooksBackOver));
}

/// <summary>A world the programme brings together.</summary>
internal sealed class WorldWire : IJsonOnDeserialized
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    [JsonIgnore]
    public World Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new World(w.Id, w.Name));
}

/// <summary>An audience the programme speaks to.</summary>
internal sealed class AudienceWire : IJsonOnDeserialized
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    [JsonIgnore]
    public Audience Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new Audience(w.Id, w.Name));
}

/// <summary>The opinion poll.</summary>
internal sealed class PollWire : IJsonOnDeserialized
{
    public required WireList<string> Pollsters { get; init; }

    public required string CommissionedBy { get; init; }

    public required LocalDate Conducted { get; init; }

    public required LocalizedText Population { get; init; }

    public required LocalizedText Question { get; init; }

    public required WireList<AnswerWire> Answers { get; init; }

    [JsonIgnore]
    public OpinionPoll Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new OpinionPoll(
        w.Pollsters.ToValueList(static p => new Organisation(p)), new Organisation(w.CommissionedBy), w.Conducted, w.Population, w.Question,
        w.Answers.ToValueList(static a => a.Value)));
}

/// <summary>An answer of the poll, with the answers nested under it.</summary>
internal sealed class AnswerWire : IJsonOnDeserialized
{
    public required LocalizedText Label { get; init; }

    public required Percentage Share { get; init; }

    [DisallowNull]
    public WireList<AnswerWire>? Nested { get; init; }

    [JsonIgnore]
    public PollAnswer Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() =>
        Value = ContractRead.Build(this, static w => new PollAnswer(w.Label, w.Share, w.Nested?.ToValueList(static a => a.Value) ?? default));
}

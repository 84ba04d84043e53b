using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using NodaTime;

namespace Alliances.Domain.Serialization;

// The records of a programme document as it is read. System.Text.Json reads them with the strict options of
// WireContext (no unknown or duplicate property, every required one present and not null, and the path, line and
// position of any failure). Members are plain setters marked [JsonRequired], which System.Text.Json reads through its
// fast path; a record that holds another completes it as it receives it (IWire), where a rule it breaks is located.
// The document itself is built when System.Text.Json calls it back at its end.

/// <summary>
/// A programme document, built into the programme once read, the rules across its parts checked: System.Text.Json calls
/// it back at the end of the document (<see cref="IJsonOnDeserialized"/>), where it locates a broken rule.
/// </summary>
/// <remarks>
/// System.Text.Json calls the record back before it checks the required members, so the callback first makes sure
/// they are all there (<see cref="WireContext.HasEveryRequired"/>), and leaves the missing one to System.Text.Json;
/// that is why the required members of value types are nullable here.
/// </remarks>
internal sealed class ProgrammeWire : IJsonOnDeserialized
{
    [JsonRequired]
    [JsonConverter(typeof(ProgrammeKindConverter))]
    public string Kind { get; set; } = null!;

    [JsonRequired]
    [DisallowNull]
    [JsonConverter(typeof(SchemaVersionConverter))]
    public int? SchemaVersion { get; set; }

    [JsonRequired]
    public ProgrammeId Id { get; set; } = null!;

    [JsonRequired]
    public LocalizedText Name { get; set; } = null!;

    [DisallowNull]
    public SourceWire? Source { get; set => field = IWire.Completed(value); }

    [JsonRequired]
    public MissionWire Mission { get; set => field = IWire.Completed(value); } = null!;

    [JsonRequired]
    [DisallowNull]
    public LocalDate? LaunchDate { get; set; }

    [JsonRequired]
    public WireList<DimensionWire> Dimensions { get; set; } = null!;

    [JsonRequired]
    public WireList<MeasureWire> Measures { get; set; } = null!;

    [JsonRequired]
    public GovernanceWire Governance { get; set => field = IWire.Completed(value); } = null!;

    [DisallowNull]
    public bool? RequiresAnswerableBodies { get; set; }

    [JsonRequired]
    public WireList<MilestoneWire> Milestones { get; set; } = null!;

    [JsonRequired]
    public HorizonWire ResultsHorizon { get; set => field = IWire.Completed(value); } = null!;

    [DisallowNull]
    public EvaluationWire? Evaluation { get; set => field = IWire.Completed(value); }

    [JsonRequired]
    public WireList<WorldWire> Worlds { get; set; } = null!;

    [JsonRequired]
    public WireList<AudienceWire> Audiences { get; set; } = null!;

    [DisallowNull]
    public PollWire? Poll { get; set => field = IWire.Completed(value); }

    /// <summary>Gets the programme read, once System.Text.Json has called the record back.</summary>
    [JsonIgnore]
    public Programme Programme { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (WireContext.HasEveryRequired(this, WireContext.Default.ProgrammeWire))
        {
            if (RequiresAnswerableBodies is not null || Measures.Any(static m => m.AnswerableBody is not null) || Milestones.Any(static m => m.Serves is not null || m.ServesEveryMeasure is not null))
            {
                SchemaVersionConverter.RequireSince(SchemaVersion!.Value, ProgrammeJson.AnswerableBodiesVersion, "Answerable bodies and the measures milestones serve", "les instances qui répondent des mesures et les mesures que servent les étapes");
            }

            Programme = ProgrammeJson.FromDraft(new ProgrammeDraft
            {
                Id = Id,
                Name = Name,
                Source = Source?.Model,
                Mission = Mission.Model,
                LaunchDate = LaunchDate!.Value,
                Dimensions = Dimensions.ToValueList(static d => d.Model),
                Measures = Measures.ToValueList(static m => m.Model),
                Governance = Governance.Model,
                RequiresAnswerableBodies = RequiresAnswerableBodies ?? false,
                Milestones = Milestones.ToValueList(static m => m.Model),
                ResultsHorizon = ResultsHorizon.Model,
                Evaluation = Evaluation?.Model,
                Worlds = Worlds.ToValueList(static w => w.Model),
                Audiences = Audiences.ToValueList(static a => a.Model),
                Poll = Poll?.Model,
            });
        }
    }
}

/// <summary>The source document.</summary>
internal sealed class SourceWire : Wire<SourceDocument>
{
    [JsonRequired]
    public LocalizedText Title { get; set; } = null!;

    [JsonRequired]
    public string Publisher { get; set; } = null!;

    [JsonRequired]
    public LocalDate Published { get; set; }

    /// <inheritdoc/>
    protected override SourceDocument Build() => new(Title, new Organisation(Publisher), Published);
}

/// <summary>The mission behind the programme.</summary>
internal sealed class MissionWire : Wire<Mission>
{
    [JsonRequired]
    public LocalizedText Title { get; set; } = null!;

    [JsonRequired]
    public LocalizedText Subject { get; set; } = null!;

    [JsonRequired]
    public PersonWire CommissionedBy { get; set => field = IWire.Completed(value); } = null!;

    [JsonRequired]
    public YearMonth Commissioned { get; set; }

    [JsonRequired]
    public WireList<PersonWire> LedBy { get; set; } = null!;

    [JsonRequired]
    public ContributorsWire Contributors { get; set => field = IWire.Completed(value); } = null!;

    [JsonRequired]
    public MissionReportWire Report { get; set => field = IWire.Completed(value); } = null!;

    /// <inheritdoc/>
    protected override Mission Build() =>
        new(Title, Subject, CommissionedBy.Model, Commissioned, LedBy.ToValueList(static p => p.Model), Contributors.Model, Report.Model);
}

/// <summary>A person and their role.</summary>
internal sealed class PersonWire : Wire<Person>
{
    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public LocalizedText Role { get; set; } = null!;

    /// <inheritdoc/>
    protected override Person Build() => new(Name, Role);
}

/// <summary>The counts of the mission's contributors.</summary>
internal sealed class ContributorsWire : Wire<Contributors>
{
    [JsonRequired]
    public CountWire OrganisationsMobilised { get; set => field = IWire.Completed(value); } = null!;

    [JsonRequired]
    public CountWire Contributors { get; set => field = IWire.Completed(value); } = null!;

    /// <inheritdoc/>
    protected override Contributors Build() => new(OrganisationsMobilised.Model, Contributors.Model);
}

/// <summary>An approximate count.</summary>
internal sealed class CountWire : Wire<ApproximateCount>
{
    [JsonRequired]
    public int Value { get; set; }

    [JsonRequired]
    public bool Approximate { get; set; }

    /// <inheritdoc/>
    protected override ApproximateCount Build() => new(Value, Approximate);
}

/// <summary>The mission's report.</summary>
internal sealed class MissionReportWire : Wire<MissionReport>
{
    [JsonRequired]
    public LocalizedText Title { get; set; } = null!;

    [JsonRequired]
    public LocalDate Delivered { get; set; }

    [JsonRequired]
    public PersonWire DeliveredTo { get; set => field = IWire.Completed(value); } = null!;

    /// <inheritdoc/>
    protected override MissionReport Build() => new(Title, Delivered, DeliveredTo.Model);
}

/// <summary>A dimension of the programme.</summary>
internal sealed class DimensionWire : Wire<Dimension>
{
    [JsonRequired]
    public DimensionKind Kind { get; set; }

    [JsonRequired]
    public LocalizedText Name { get; set; } = null!;

    [JsonRequired]
    public LocalizedText Purpose { get; set; } = null!;

    [JsonRequired]
    public HorizonWire Horizon { get; set => field = IWire.Completed(value); } = null!;

    /// <inheritdoc/>
    protected override Dimension Build() => new(Kind, Name, Purpose, Horizon.Model);
}

/// <summary>An effect horizon in whole months.</summary>
internal sealed class HorizonWire : Wire<EffectHorizon>
{
    [JsonRequired]
    [JsonConverter(typeof(WholeMonthsConverter))]
    public int Minimum { get; set; }

    [JsonRequired]
    [JsonConverter(typeof(WholeMonthsConverter))]
    public int Maximum { get; set; }

    /// <inheritdoc/>
    protected override EffectHorizon Build() => new(Minimum, Maximum);
}

/// <summary>A measure.</summary>
internal sealed class MeasureWire : Wire<Measure>
{
    [JsonRequired]
    public MeasureNumber Number { get; set; }

    [JsonRequired]
    public LocalizedText Title { get; set; } = null!;

    [JsonRequired]
    public DimensionKind Dimension { get; set; }

    [DisallowNull]
    public BodyWire? AnswerableBody { get; set => field = IWire.Completed(value); }

    /// <inheritdoc/>
    protected override Measure Build() => new(Number, Title, Dimension, AnswerableBody?.Model);
}

/// <summary>The follow-up committee.</summary>
internal sealed class GovernanceWire : Wire<FollowUpCommittee>
{
    [JsonRequired]
    public LocalizedText Name { get; set; } = null!;

    [JsonRequired]
    public LocalizedText Purpose { get; set; } = null!;

    [JsonRequired]
    public WireList<BodyWire> Bodies { get; set; } = null!;

    /// <inheritdoc/>
    protected override FollowUpCommittee Build() => new(Name, Purpose, Bodies.ToValueList(static b => b.Model));
}

/// <summary>A body of the follow-up committee.</summary>
internal sealed class BodyWire : Wire<GovernanceBody>
{
    [JsonRequired]
    public LocalizedText Name { get; set; } = null!;

    [DisallowNull]
    public LocalizedText? Role { get; set; }

    /// <inheritdoc/>
    protected override GovernanceBody Build() => new(Name, Role);
}

/// <summary>A milestone.</summary>
internal sealed class MilestoneWire : Wire<Milestone>
{
    [JsonRequired]
    public int Sequence { get; set; }

    [JsonRequired]
    public LocalizedText Title { get; set; } = null!;

    [JsonRequired]
    public MilestoneKind Kind { get; set; }

    [JsonRequired]
    public ImpreciseDateWire Date { get; set => field = IWire.Completed(value); } = null!;

    [DisallowNull]
    public string? Place { get; set; }

    [DisallowNull]
    public LocalizedText? HostEvent { get; set; }

    [JsonRequired]
    public string TimeZone { get; set; } = null!;

    [DisallowNull]
    public WireList<DateChangeWire>? History { get; set; }

    [DisallowNull]
    public WireList<MeasureNumber>? Serves { get; set; }

    [DisallowNull]
    public bool? ServesEveryMeasure { get; set; }

    /// <inheritdoc/>
    protected override Milestone Build() =>
        new(Sequence, Title, Kind, Date.Model, Place, HostEvent, TimeZone, History?.ToValueList(static c => c.Model) ?? default, Serves?.ToValueList() ?? default, ServesEveryMeasure ?? false);
}

/// <summary>A change of a milestone's date.</summary>
internal sealed class DateChangeWire : Wire<MilestoneDateChange>
{
    [JsonRequired]
    public ImpreciseDateWire Previous { get; set => field = IWire.Completed(value); } = null!;

    [JsonRequired]
    public MilestoneDateChangeKind Kind { get; set; }

    [DisallowNull]
    public string? Reason { get; set; }

    /// <inheritdoc/>
    protected override MilestoneDateChange Build() => new(Previous.Model, Kind, Reason);
}

/// <summary>The planned evaluation.</summary>
internal sealed class EvaluationWire : Wire<PlannedEvaluation>
{
    [JsonRequired]
    public ImpreciseDateWire When { get; set => field = IWire.Completed(value); } = null!;

    [JsonRequired]
    public LocalizedText Purpose { get; set; } = null!;

    [JsonRequired]
    public Period LooksBackOver { get; set; } = null!;

    /// <inheritdoc/>
    protected override PlannedEvaluation Build() => new(When.Model, Purpose, LooksBackOver);
}

/// <summary>A world the programme brings together.</summary>
internal sealed class WorldWire : Wire<World>
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public LocalizedText Name { get; set; } = null!;

    /// <inheritdoc/>
    protected override World Build() => new(Id, Name);
}

/// <summary>An audience the programme speaks to.</summary>
internal sealed class AudienceWire : Wire<Audience>
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public LocalizedText Name { get; set; } = null!;

    /// <inheritdoc/>
    protected override Audience Build() => new(Id, Name);
}

/// <summary>The opinion poll.</summary>
internal sealed class PollWire : Wire<OpinionPoll>
{
    [JsonRequired]
    public WireList<string> Pollsters { get; set; } = null!;

    [JsonRequired]
    public string CommissionedBy { get; set; } = null!;

    [JsonRequired]
    public LocalDate Conducted { get; set; }

    [JsonRequired]
    public LocalizedText Population { get; set; } = null!;

    [JsonRequired]
    public LocalizedText Question { get; set; } = null!;

    [JsonRequired]
    public WireList<AnswerWire> Answers { get; set; } = null!;

    /// <inheritdoc/>
    protected override OpinionPoll Build() => new(
        Pollsters.ToValueList(static p => new Organisation(p)), new Organisation(CommissionedBy), Conducted, Population, Question,
        Answers.ToValueList(static a => a.Model));
}

/// <summary>An answer of the poll, with the answers nested under it.</summary>
internal sealed class AnswerWire : Wire<PollAnswer>
{
    [JsonRequired]
    public LocalizedText Label { get; set; } = null!;

    [JsonRequired]
    public Percentage Share { get; set; }

    [DisallowNull]
    public WireList<AnswerWire>? Nested { get; set; }

    /// <inheritdoc/>
    protected override PollAnswer Build() => new(Label, Share, Nested?.ToValueList(static a => a.Model) ?? default);
}

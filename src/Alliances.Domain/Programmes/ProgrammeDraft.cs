using NodaTime;

namespace Alliances.Domain;

/// <summary>
/// The parts of a programme before the programme rules have been checked across them: what
/// <see cref="Programme.Validate"/> reads and <see cref="Programme.Create"/> and <see cref="Programme.TryCreate"/> build
/// from.
/// </summary>
/// <remarks>
/// <para>
/// Each part is already a valid value on its own (a measure number is 1 or more, a horizon is ordered, a poll adds
/// up); what a draft can still get wrong is how the parts fit together (duplicate or missing measure numbers, a
/// measure in a dimension the programme lacks, …). Those are the <c>PRG</c> rules, and validation reports every
/// breach at once.
/// </para>
/// <para>
/// A draft is immutable once initialized, and <c>with</c> expressions make variants of it: that is its purpose.
/// <see cref="Programme.ToDraft"/> gives the draft of an existing programme. Equality compares every part, lists in
/// order.
/// </para>
/// </remarks>
public sealed record ProgrammeDraft
{
    /// <summary>Gets the stable identifier of the programme.</summary>
    public required ProgrammeId Id { get; init; }

    /// <summary>Gets the name of the programme.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets the public document the programme's facts come from, or <see langword="null"/> when none is cited.</summary>
    public SourceDocument? Source { get; init; }

    /// <summary>Gets the mission that produced the programme.</summary>
    public required Mission Mission { get; init; }

    /// <summary>Gets the day the programme starts, from which effect horizons are counted.</summary>
    public required LocalDate LaunchDate { get; init; }

    /// <summary>Gets the dimensions, in the order they are presented; at least one (rule PRG002), of distinct kinds (PRG003).</summary>
    public required ValueList<Dimension> Dimensions { get; init; }

    /// <summary>Gets the measures, numbered from 1 without a gap (PRG004, PRG005), each in a dimension of the programme (PRG006).</summary>
    public required ValueList<Measure> Measures { get; init; }

    /// <summary>Gets the committee that follows the programme.</summary>
    public required FollowUpCommittee Governance { get; init; }

    /// <summary>Gets whether every measure names the committee's body that answers for it (rule PRG014); false unless set.</summary>
    public bool RequiresAnswerableBodies { get; init; }

    /// <summary>Gets the milestones, numbered from 1 without a gap (PRG008, PRG009); may be empty.</summary>
    public ValueList<Milestone> Milestones { get; init; }

    /// <summary>Gets the months after launch within which the programme's core results are expected.</summary>
    public required EffectHorizon ResultsHorizon { get; init; }

    /// <summary>Gets the evaluation planned for the programme, or <see langword="null"/> when none is planned.</summary>
    public PlannedEvaluation? Evaluation { get; init; }

    /// <summary>Gets the worlds the programme brings together, with distinct identifiers (PRG010).</summary>
    public ValueList<World> Worlds { get; init; }

    /// <summary>Gets the audiences whose needs the measures answer, with distinct identifiers (PRG011).</summary>
    public ValueList<Audience> Audiences { get; init; }

    /// <summary>Gets the opinion poll quoted in support of the programme, or <see langword="null"/> when none.</summary>
    public OpinionPoll? Poll { get; init; }
}

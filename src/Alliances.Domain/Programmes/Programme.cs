using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

/// <summary>
/// A programme of measures, valid against every programme rule: its identity and name, the mission behind it, its
/// launch date, dimensions and measures, governance, milestones, the window for its core results and its planned
/// evaluation.
/// </summary>
/// <remarks>
/// <para>
/// The model is generic: any programme of this shape, with any number of measures in one to three dimensions, is
/// built the same way, from a <see cref="ProgrammeDraft"/> through <see cref="Create"/>. The canonical programme of
/// 21 measures is <see cref="Catalogue.Odd17.Programme"/>.
/// </para>
/// <para>
/// Measures are held in number order, so <see cref="Measures"/>[n - 1] is measure n. Dimensions and the other lists
/// keep the order the draft gave. Equality compares every part, lists in order. There is no ordering.
/// </para>
/// </remarks>
[JsonConverter(typeof(ProgrammeJsonConverter))]
public sealed record Programme
{
    private Programme(ProgrammeDraft draft)
    {
        Id = draft.Id;
        Name = draft.Name;
        Source = draft.Source;
        Mission = draft.Mission;
        LaunchDate = draft.LaunchDate;
        Dimensions = draft.Dimensions;
        Measures = InOrder(draft.Measures, static m => m.Number.Value);
        Governance = draft.Governance;
        RequiresAnswerableBodies = draft.RequiresAnswerableBodies;
        Milestones = InOrder(draft.Milestones, static m => m.Sequence);
        ResultsHorizon = draft.ResultsHorizon;
        Evaluation = draft.Evaluation;
        Worlds = draft.Worlds;
        Audiences = draft.Audiences;
        Poll = draft.Poll;
    }

    /// <summary>Gets a list ordered by a key: the list itself when it already is, as documents and the catalogue give it.</summary>
    private static ValueList<T> InOrder<T>(ValueList<T> items, Func<T, int> key)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (key(items[i]) < key(items[i - 1]))
            {
                return ValueList.CreateRange(items.OrderBy(key));
            }
        }

        return items;
    }

    /// <summary>Gets the stable identifier.</summary>
    public ProgrammeId Id { get; }

    /// <summary>Gets the name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the public document the programme's facts come from, or <see langword="null"/> when none is cited.</summary>
    public SourceDocument? Source { get; }

    /// <summary>Gets the mission that produced the programme.</summary>
    public Mission Mission { get; }

    /// <summary>Gets the day the programme starts, from which effect horizons are counted.</summary>
    public LocalDate LaunchDate { get; }

    /// <summary>Gets the dimensions, of distinct kinds, in the order they are presented; never empty.</summary>
    public ValueList<Dimension> Dimensions { get; }

    /// <summary>Gets the measures in number order, numbered from 1 without a gap; never empty.</summary>
    public ValueList<Measure> Measures { get; }

    /// <summary>Gets the committee that follows the programme.</summary>
    public FollowUpCommittee Governance { get; }

    /// <summary>Gets whether every measure names the committee's body that answers for it (rule PRG014); the canonical programme does not require it.</summary>
    public bool RequiresAnswerableBodies { get; }

    /// <summary>Gets the milestones in sequence order, numbered from 1 without a gap; may be empty.</summary>
    public ValueList<Milestone> Milestones { get; }

    /// <summary>Gets the months after launch within which the programme's core results are expected.</summary>
    public EffectHorizon ResultsHorizon { get; }

    /// <summary>Gets the evaluation planned for the programme, or <see langword="null"/> when none is planned.</summary>
    public PlannedEvaluation? Evaluation { get; }

    /// <summary>Gets the worlds the programme brings together.</summary>
    public ValueList<World> Worlds { get; }

    /// <summary>Gets the audiences whose needs the measures answer.</summary>
    public ValueList<Audience> Audiences { get; }

    /// <summary>Gets the opinion poll quoted in support of the programme, or <see langword="null"/> when none.</summary>
    public OpinionPoll? Poll { get; }

    /// <summary>Builds a programme from a draft, after checking every programme rule.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; the exception lists every violation with its code and path.</exception>
    public static Programme Create(ProgrammeDraft draft)
    {
        Validate(draft).ThrowIfInvalid();
        return new Programme(draft);
    }

    /// <summary>Builds a programme from a draft when it is valid.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="programme">The programme, when the draft is valid.</param>
    /// <param name="result">Every violation found, as <see cref="Validate"/> gives them; valid when <paramref name="programme"/> was built.</param>
    /// <returns><see langword="true"/> when the draft is valid and the programme was built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public static bool TryCreate(
        ProgrammeDraft draft,
        [NotNullWhen(true)] out Programme? programme,
        out ValidationResult result)
    {
        result = Validate(draft);
        programme = result.IsValid ? new Programme(draft) : null;
        return programme is not null;
    }

    /// <summary>
    /// Checks a draft against every programme rule: the <c>PRG</c> rules across its parts, and its launch against the
    /// calendar (<c>DAT002</c>, <c>DAT003</c>), its mission's report (<c>PRG012</c>), its windows (<c>SCH008</c>) and its
    /// planned evaluation (<c>EVA002</c>).
    /// </summary>
    /// <param name="draft">The draft.</param>
    /// <returns>
    /// Every violation found, in a stable order (by part, in the order of the draft's properties), each with its code
    /// and its JSON path over the programme document (<c>$.measures[4].number</c>); valid when there is none.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public static ValidationResult Validate(ProgrammeDraft draft) => ProgrammeRules.Check(draft);

    /// <summary>Gets the draft of this programme, to derive a variant with a <c>with</c> expression.</summary>
    /// <returns>A draft equal, part for part, to this programme.</returns>
    public ProgrammeDraft ToDraft() => new()
    {
        Id = Id,
        Name = Name,
        Source = Source,
        Mission = Mission,
        LaunchDate = LaunchDate,
        Dimensions = Dimensions,
        Measures = Measures,
        Governance = Governance,
        RequiresAnswerableBodies = RequiresAnswerableBodies,
        Milestones = Milestones,
        ResultsHorizon = ResultsHorizon,
        Evaluation = Evaluation,
        Worlds = Worlds,
        Audiences = Audiences,
        Poll = Poll,
    };

    /// <summary>Gets a measure by number.</summary>
    /// <param name="number">The measure number.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="KeyNotFoundException">
    /// The programme has no measure with that number: it has measures 1 to <c>Measures.Count</c>.
    /// </exception>
    public Measure GetMeasure(MeasureNumber number) =>
        TryGetMeasure(number, out var measure) ? measure : throw NoMeasure(number);

    /// <summary>Gets a measure by number, when the programme has it.</summary>
    /// <param name="number">The measure number.</param>
    /// <param name="measure">The measure, when found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the programme has a measure with that number.</returns>
    public bool TryGetMeasure(MeasureNumber number, [NotNullWhen(true)] out Measure? measure)
    {
        measure = HasMeasure(number) ? Measures[number.Value - 1] : null;
        return measure is not null;
    }

    /// <summary>Gets the milestones that serve a measure, in sequence order.</summary>
    /// <param name="number">The measure number.</param>
    /// <returns>The milestones; empty when none names the measure.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no measure with that number.</exception>
    public ValueList<Milestone> MilestonesOf(MeasureNumber number) =>
        TryGetMilestonesOf(number, out var milestones) ? milestones : throw NoMeasure(number);

    /// <summary>Gets the milestones that serve a measure, when the programme has the measure.</summary>
    /// <param name="number">The measure number.</param>
    /// <param name="milestones">The milestones, in sequence order, those that serve every measure included; empty when none serves it, or when the programme lacks it.</param>
    /// <returns><see langword="true"/> when the programme has the measure; <see langword="false"/> where <see cref="MilestonesOf"/> throws.</returns>
    public bool TryGetMilestonesOf(MeasureNumber number, out ValueList<Milestone> milestones)
    {
        milestones = HasMeasure(number) ? ValueList.CreateRange(Milestones.Where(m => m.ServesMeasure(number))) : [];
        return HasMeasure(number);
    }

    /// <summary>Gets the measures a milestone serves in this programme, by number: every measure when it serves them all.</summary>
    /// <param name="milestone">The milestone, one of the programme's or not.</param>
    /// <returns>The measures; empty when the milestone names none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestone"/> is null.</exception>
    public ValueList<MeasureNumber> MeasuresOf(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return milestone.ServesEveryMeasure ? ValueList.CreateRange(Measures.Select(static m => m.Number)) : ValueList.CreateRange(milestone.Serves.Order());
    }

    /// <summary>Tells whether the programme has a measure with a number.</summary>
    /// <remarks>Measures run from 1 without a gap and are held in order (PRG004, PRG005), so the number is the index.</remarks>
    internal bool HasMeasure(MeasureNumber number) => number.Value <= Measures.Count;

    /// <summary>Gets the exception every lookup of the programme's measures throws for a number it lacks.</summary>
    internal KeyNotFoundException NoMeasure(MeasureNumber number) => Lookup.NoMeasure($"Programme {Id}", Measures.Count, number);

    /// <summary>Gets the dimension of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no dimension of that kind.</exception>
    public Dimension GetDimension(DimensionKind kind) =>
        TryGetDimension(kind, out var dimension)
            ? dimension
            : throw new KeyNotFoundException($"Programme {Id} has no {kind} dimension.");

    /// <summary>Gets the dimension of a kind, when the programme has one.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="dimension">The dimension, when found.</param>
    /// <returns><see langword="true"/> when the programme has a dimension of that kind.</returns>
    public bool TryGetDimension(DimensionKind kind, [NotNullWhen(true)] out Dimension? dimension)
    {
        foreach (var candidate in Dimensions)
        {
            if (candidate.Kind == kind)
            {
                dimension = candidate;
                return true;
            }
        }

        dimension = null;
        return false;
    }

    /// <summary>Gets the dimension a measure belongs to.</summary>
    /// <param name="measure">A measure of this programme.</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The programme has no dimension of the measure's kind.</exception>
    public Dimension DimensionOf(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return GetDimension(measure.Dimension);
    }

    /// <summary>Gets the measures of a dimension, in number order.</summary>
    /// <param name="kind">The kind of the dimension.</param>
    /// <returns>The measures; empty when the programme has no dimension of that kind.</returns>
    public ValueList<Measure> MeasuresIn(DimensionKind kind) =>
        ValueList.CreateRange(Measures.Where(m => m.Dimension == kind));

    /// <summary>
    /// Returns the programme with one more milestone at the end of its list, as territories extend the base of events.
    /// </summary>
    /// <param name="milestone">The milestone; its sequence number is replaced by the next one in the list.</param>
    /// <returns>The extended programme; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestone"/> is null.</exception>
    public Programme WithMilestone(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return Create(ToDraft() with { Milestones = [.. Milestones, milestone.WithSequence(Milestones.Count + 1)] });
    }

    /// <summary>Gets the programme's schedule from its own launch date: its windows and its measures' statuses.</summary>
    /// <returns>The schedule.</returns>
    public Scheduling.ProgrammeSchedule Schedule() => Scheduling.ProgrammeSchedule.For(this);

    /// <summary>Gets the programme's schedule from another launch date, as for a territory that starts later.</summary>
    /// <param name="launchDate">The launch date to count from.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="RuleViolationException">The launch is outside the ISO calendar or years 1–9999 (DAT002, DAT003), or a window would end after 9999 (SCH008).</exception>
    public Scheduling.ProgrammeSchedule Schedule(LocalDate launchDate) => Scheduling.ProgrammeSchedule.For(this, launchDate);

    /// <summary>Returns the identifier and the French name.</summary>
    /// <returns>The programme as text.</returns>
    public override string ToString() => $"{Id}: {Name.French}";
}

using Alliances.Domain.Catalogue;
using NodaTime;

namespace Alliances.Domain.Testing;

/// <summary>
/// Builds programmes for tests: the canonical one by default, with any part changed, and valid unless a test breaks
/// it on purpose through <see cref="With"/>.
/// </summary>
/// <remarks>Builders are immutable: each method returns a new builder.</remarks>
public sealed class ProgrammeBuilder
{
    private ProgrammeBuilder(ProgrammeDraft draft)
    {
        Draft = draft;
    }

    /// <summary>Gets the draft the builder holds.</summary>
    public ProgrammeDraft Draft { get; }

    /// <summary>Starts from the canonical programme of 21 measures.</summary>
    /// <returns>The builder.</returns>
    public static ProgrammeBuilder Canonical() => new(Odd17.Draft);

    /// <summary>Gives the programme another identifier.</summary>
    /// <param name="id">A slug.</param>
    /// <returns>The builder.</returns>
    public ProgrammeBuilder WithId(string id) => new(Draft with { Id = new ProgrammeId(id) });

    /// <summary>
    /// Launches the programme on another day. The mission's report and the evaluation move along when they would
    /// otherwise break PRG012 or EVA002, so the programme stays valid.
    /// </summary>
    /// <param name="launch">The launch date.</param>
    /// <returns>The builder.</returns>
    public ProgrammeBuilder LaunchedOn(LocalDate launch)
    {
        var draft = Draft with { LaunchDate = launch };
        var mission = draft.Mission;
        if (mission.Report.Delivered > launch)
        {
            var report = new MissionReport(mission.Report.Title, launch, mission.Report.DeliveredTo);
            var commissioned = mission.Commissioned.OnDayOfMonth(1) > launch ? launch.ToYearMonth() : mission.Commissioned;
            draft = draft with
            {
                Mission = new Mission(mission.Title, mission.Subject, mission.CommissionedBy, commissioned, mission.LedBy, mission.Contributors, report),
            };
        }

        if (draft.Evaluation is { } evaluation && !Programme.Validate(draft).Violations.All(v => v.Code != "EVA002"))
        {
            draft = draft with { Evaluation = new PlannedEvaluation(new WholeYear(launch.Year + 2), evaluation.Purpose, evaluation.LooksBackOver) };
        }

        return new(draft);
    }

    /// <summary>
    /// Replaces the measures by <paramref name="count"/> numbered ones in the given dimensions, in contiguous blocks as
    /// even as possible (21 in three dimensions gives 1–7, 8–14, 15–21).
    /// </summary>
    /// <param name="count">How many measures, at least one per dimension.</param>
    /// <param name="dimensions">The kinds of the dimensions, in order; the canonical dimensions of those kinds are kept.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">No dimension is given, one is given twice, or there are fewer measures than dimensions.</exception>
    public ProgrammeBuilder WithMeasures(int count, params DimensionKind[] dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        if (dimensions.Length == 0 || dimensions.Distinct().Count() != dimensions.Length)
        {
            throw new ArgumentException("Give each dimension once, at least one.", nameof(dimensions));
        }

        if (count < dimensions.Length)
        {
            throw new ArgumentException("A programme has at least one measure per dimension.", nameof(count));
        }

        var measures = new List<Measure>(count);
        var number = 1;
        for (var d = 0; d < dimensions.Length; d++)
        {
            var size = (count / dimensions.Length) + (d < count % dimensions.Length ? 1 : 0);
            for (var i = 0; i < size; i++, number++)
            {
                measures.Add(new Measure(new MeasureNumber(number), new LocalizedText($"Mesure {number}", $"Measure {number}"), dimensions[d]));
            }
        }

        var canonical = Odd17.Programme;
        return new(Draft with
        {
            Dimensions = ValueList.CreateRange(dimensions.Select(kind => Draft.Dimensions.FirstOrDefault(d => d.Kind == kind) ?? canonical.GetDimension(kind))),
            Measures = ValueList.CreateRange(measures),
        });
    }

    /// <summary>Sets a dimension's effect horizon.</summary>
    /// <param name="kind">The kind of the dimension.</param>
    /// <param name="minimumMonths">The minimum, in months.</param>
    /// <param name="maximumMonths">The maximum, in months.</param>
    /// <returns>The builder.</returns>
    public ProgrammeBuilder WithHorizon(DimensionKind kind, int minimumMonths, int maximumMonths) =>
        new(Draft with
        {
            Dimensions = ValueList.CreateRange(Draft.Dimensions.Select(d => d.Kind == kind ? new Dimension(d.Kind, d.Name, d.Purpose, new EffectHorizon(minimumMonths, maximumMonths)) : d)),
        });

    /// <summary>Sets the core-results window, in months after launch.</summary>
    /// <param name="minimumMonths">The minimum.</param>
    /// <param name="maximumMonths">The maximum.</param>
    /// <returns>The builder.</returns>
    public ProgrammeBuilder WithResultsHorizon(int minimumMonths, int maximumMonths) =>
        new(Draft with { ResultsHorizon = new EffectHorizon(minimumMonths, maximumMonths) });

    /// <summary>Replaces the milestones; their sequence numbers are set from 1 in the order given.</summary>
    /// <param name="milestones">The milestones.</param>
    /// <returns>The builder.</returns>
    public ProgrammeBuilder WithMilestones(params Milestone[] milestones) =>
        new(Draft with { Milestones = ValueList.CreateRange(milestones.Select((m, i) => m.WithSequence(i + 1))) });

    /// <summary>Makes a body of the follow-up committee answerable for measures (rule PRG013 holds when it is one of the committee's).</summary>
    /// <param name="body">The body; the committee's own, such as <c>Draft.Governance.Bodies[1]</c>.</param>
    /// <param name="measures">The measure numbers; every measure when none is given.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    public ProgrammeBuilder WithAnswerableBody(GovernanceBody body, params int[] measures)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new(Draft with
        {
            Measures = ValueList.CreateRange(Draft.Measures.Select(m => measures.Length == 0 || measures.Contains(m.Number.Value) ? m.WithAnswerableBody(body) : m)),
        });
    }

    /// <summary>Requires every measure to name its answerable body (rule PRG014).</summary>
    /// <returns>The builder.</returns>
    public ProgrammeBuilder RequiringAnswerableBodies() => new(Draft with { RequiresAnswerableBodies = true });

    /// <summary>Removes the opinion poll.</summary>
    /// <returns>The builder.</returns>
    public ProgrammeBuilder WithoutPoll() => new(Draft with { Poll = null });

    /// <summary>Removes the planned evaluation.</summary>
    /// <returns>The builder.</returns>
    public ProgrammeBuilder WithoutEvaluation() => new(Draft with { Evaluation = null });

    /// <summary>Changes anything else, valid or not: the draft is built as given.</summary>
    /// <param name="change">The change to the draft.</param>
    /// <returns>The builder.</returns>
    public ProgrammeBuilder With(Func<ProgrammeDraft, ProgrammeDraft> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(change(Draft));
    }

    /// <summary>Builds the programme.</summary>
    /// <returns>The programme.</returns>
    /// <exception cref="Validation.RuleViolationException">A change made through <see cref="With"/> broke a rule.</exception>
    public Programme Build() => Programme.Create(Draft);
}

using Alliances.Domain.Validation;

namespace Alliances.Domain.Progress;

// The milestones a ledger adds to its programme's base: a territory's own events, kept apart from the national base.
public sealed partial class Ledger
{
    /// <summary>
    /// Gets the milestones this ledger adds to its programme's base (<see cref="Programme.Milestones"/>), in sequence
    /// order: numbered on from the base's (rule LED009), within the programme's life (rule LED010). Empty when it adds none.
    /// </summary>
    /// <remarks>
    /// A territory's follow-up proposes its own events, as the source expects the territories to complete the base.
    /// They stay in the ledger, so the programme's base is the same for every territory;
    /// <see cref="Scheduling.MilestoneCalendar.For(Ledger)"/> and <see cref="Scheduling.ScheduleTimeline.ToMermaid(Ledger, Language)"/>
    /// show the base with them.
    /// </remarks>
    public ValueList<Milestone> Milestones => ValueListMarshal.Own(_milestones);

    /// <summary>Gets the milestones that serve a measure: the base's, then the ledger's own, in sequence order.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The milestones, those that serve every measure included; empty when none serves it.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public ValueList<Milestone> MilestonesOf(MeasureNumber measure) =>
        TryGetMilestonesOf(measure, out var milestones) ? milestones : throw Programme.NoMeasure(measure);

    /// <summary>Gets the milestones that serve a measure, the base's then the ledger's own, when the programme has the measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="milestones">The milestones, in sequence order; empty when none serves it, or when the programme lacks it.</param>
    /// <returns><see langword="true"/> when the programme has the measure; <see langword="false"/> where <see cref="MilestonesOf"/> throws.</returns>
    public bool TryGetMilestonesOf(MeasureNumber measure, out ValueList<Milestone> milestones)
    {
        if (!Programme.TryGetMilestonesOf(measure, out var fromBase))
        {
            milestones = [];
            return false;
        }

        milestones = _milestones.Length == 0 ? fromBase : [.. fromBase, .. _milestones.Where(m => m.ServesMeasure(measure))];
        return true;
    }

    /// <summary>Returns the ledger with one more milestone of its own, checked against every ledger rule.</summary>
    /// <param name="milestone">The milestone, numbered on from the last: the programme's base and the ledger's own milestones so far.</param>
    /// <returns>The new ledger; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestone"/> is null.</exception>
    /// <exception cref="RuleViolationException">The milestone breaks LED009, LED010 or PRG015.</exception>
    public Ledger WithMilestone(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var draft = ToDraft();
        return Create(draft with { Milestones = [.. draft.Milestones, milestone] });
    }

    /// <summary>Gets the sequence number the ledger's next milestone of its own takes: one more than the last, base included.</summary>
    public int NextMilestoneSequence => Programme.Milestones.Count + _milestones.Length + 1;
}

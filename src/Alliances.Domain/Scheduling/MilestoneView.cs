namespace Alliances.Domain.Scheduling;

/// <summary>One milestone of a <see cref="ScheduleView"/>: the milestone, where it stands at the view's date, and who added it.</summary>
/// <remarks>Made only by <see cref="ScheduleView"/>. Equality compares every member.</remarks>
public sealed record MilestoneView
{
    /// <summary>Initializes a milestone's part of the view.</summary>
    internal MilestoneView(Milestone milestone, MilestoneTiming timing, bool isAddition)
    {
        Milestone = milestone;
        Timing = timing;
        IsAddition = isAddition;
    }

    /// <summary>Gets the milestone: its title, kind, date (possibly imprecise) and history.</summary>
    public Milestone Milestone { get; }

    /// <summary>Gets where the milestone stands at the view's date: past, happening, uncertain or upcoming.</summary>
    public MilestoneTiming Timing { get; }

    /// <summary>Gets whether a ledger added the milestone to the programme's own (a territory's event).</summary>
    public bool IsAddition { get; }
}

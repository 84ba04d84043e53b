using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Scheduling;

/// <summary>Every measure's schedule status at one date, and how many measures have each status.</summary>
/// <remarks>
/// A programme's schedule gives the statuses alone (<see cref="ProgrammeSchedule.StatusesAt"/>); a ledger's
/// (<see cref="Progress.Ledger.ScheduleAt"/>) also says which measures are without a lead. Equality compares the date,
/// every status in measure order, and the measures without a lead.
/// </remarks>
public sealed record ScheduleSnapshot
{
    internal ScheduleSnapshot(LocalDate asOf, ValueList<MeasureScheduleStatus> statuses, ValueList<MeasureNumber> withoutLead = default)
    {
        AsOf = asOf;
        Statuses = statuses;
        WithoutLead = withoutLead;
        var counts = new int[Enum.GetValues<ScheduleStatus>().Length];
        foreach (var status in statuses)
        {
            counts[(int)status.Status]++;
        }

        Counts = ValueList.CreateRange(Enum.GetValues<ScheduleStatus>().Select(s => new StatusCount(s, counts[(int)s])));
    }

    /// <summary>Gets the date the statuses hold at.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets every measure's status, in measure order.</summary>
    public ValueList<MeasureScheduleStatus> Statuses { get; }

    /// <summary>
    /// Gets the measures without a lead at the date (rule COM007), by number: neither cancelled nor completed, and no
    /// lead's commitment to them holds that day. Empty for a programme's schedule, which knows no commitments.
    /// </summary>
    public ValueList<MeasureNumber> WithoutLead { get; }

    /// <summary>Gets how many measures have each status, every status listed in the order of <see cref="ScheduleStatus"/>, zeros included.</summary>
    public ValueList<StatusCount> Counts { get; }

    /// <summary>Gets how many measures have a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count, 0 or more.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public int CountOf(ScheduleStatus status) =>
        Enum.IsDefined(status)
            ? Counts[(int)status].Count
            : throw new ArgumentOutOfRangeException(nameof(status), status, "A schedule status is one of the values of ScheduleStatus.");

    /// <summary>Gets the status of one measure.</summary>
    /// <param name="measure">The measure number.</param>
    /// <returns>The status.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public MeasureScheduleStatus StatusOf(MeasureNumber measure) =>
        TryGetStatusOf(measure, out var status) ? status : throw Lookup.NoMeasure("The snapshot", Statuses.Count, measure);

    /// <summary>Gets the status of one measure, when the programme has the measure.</summary>
    /// <param name="measure">The measure number.</param>
    /// <param name="status">The status; <c>default</c> when the programme lacks the measure.</param>
    /// <returns><see langword="true"/> when the programme has the measure; <see langword="false"/> where <see cref="StatusOf"/> throws.</returns>
    public bool TryGetStatusOf(MeasureNumber measure, out MeasureScheduleStatus status)
    {
        return Lookup.TryByMeasure(Statuses, measure, out status);
    }
}

using NodaTime;

namespace Alliances.Domain.Scheduling;

/// <summary>Every measure's schedule status at one date, and how many measures have each status.</summary>
/// <remarks>Equality compares the date and every status, in measure order.</remarks>
public sealed record ScheduleSnapshot
{
    internal ScheduleSnapshot(LocalDate asOf, ValueList<MeasureScheduleStatus> statuses)
    {
        AsOf = asOf;
        Statuses = statuses;
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
    public MeasureScheduleStatus Of(MeasureNumber measure) =>
        measure.Value <= Statuses.Count
            ? Statuses[measure.Value - 1]
            : throw new KeyNotFoundException($"The programme has measures 1 to {Statuses.Count}; there is no measure {measure}.");
}

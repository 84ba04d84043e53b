namespace Alliances.Domain.Scheduling;

/// <summary>How many measures have a status at a date.</summary>
/// <remarks><c>default(StatusCount)</c> is a count of 0 measures not due. Equality compares both properties.</remarks>
public readonly record struct StatusCount
{
    internal StatusCount(ScheduleStatus status, int count)
    {
        Status = status;
        Count = count;
    }

    /// <summary>Gets the status.</summary>
    public ScheduleStatus Status { get; }

    /// <summary>Gets how many measures have it, 0 or more.</summary>
    public int Count { get; }
}

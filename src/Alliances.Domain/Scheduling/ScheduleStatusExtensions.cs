using Alliances.Domain.Validation;

namespace Alliances.Domain.Scheduling;

/// <summary>The rule of each <see cref="ScheduleStatus"/>, and whether it has first effects; its label is <see cref="Labels.DisplayName(ScheduleStatus)"/>.</summary>
public static class ScheduleStatusExtensions
{
    /// <summary>Gets the rule that defines a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The rule, SCH002 to SCH007.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public static Rule Rule(this ScheduleStatus status) => status switch
    {
        ScheduleStatus.NotDue => Rules.StatusNotDue,
        ScheduleStatus.Due => Rules.StatusDue,
        ScheduleStatus.Overdue => Rules.StatusOverdue,
        ScheduleStatus.Early => Rules.StatusEarly,
        ScheduleStatus.OnTime => Rules.StatusOnTime,
        ScheduleStatus.Late => Rules.StatusLate,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A schedule status is one of the values of ScheduleStatus."),
    };

    /// <summary>Gets a value indicating whether the status is one of those with first effects recorded.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for early, on time and late.</returns>
    public static bool HasEffects(this ScheduleStatus status) => status is ScheduleStatus.Early or ScheduleStatus.OnTime or ScheduleStatus.Late;
}

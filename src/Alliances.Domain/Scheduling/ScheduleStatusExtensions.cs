using Alliances.Domain.Validation;

namespace Alliances.Domain.Scheduling;

/// <summary>The rule and the names of each <see cref="ScheduleStatus"/>.</summary>
public static class ScheduleStatusExtensions
{
    private static readonly LocalizedText NotDue = new("pas encore attendue", "not due");
    private static readonly LocalizedText Due = new("attendue", "due");
    private static readonly LocalizedText Overdue = new("en retard, sans effets", "overdue");
    private static readonly LocalizedText Early = new("en avance", "early");
    private static readonly LocalizedText OnTime = new("dans les temps", "on time");
    private static readonly LocalizedText Late = new("effets tardifs", "late");

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

    /// <summary>Gets the name of a status, in French and English.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name, such as "dans les temps" / "on time".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this ScheduleStatus status) => status switch
    {
        ScheduleStatus.NotDue => NotDue,
        ScheduleStatus.Due => Due,
        ScheduleStatus.Overdue => Overdue,
        ScheduleStatus.Early => Early,
        ScheduleStatus.OnTime => OnTime,
        ScheduleStatus.Late => Late,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A schedule status is one of the values of ScheduleStatus."),
    };

    /// <summary>Gets a value indicating whether the status is one of those with first effects recorded.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for early, on time and late.</returns>
    public static bool HasEffects(this ScheduleStatus status) => status is ScheduleStatus.Early or ScheduleStatus.OnTime or ScheduleStatus.Late;
}

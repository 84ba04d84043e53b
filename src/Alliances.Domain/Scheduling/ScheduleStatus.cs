using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Scheduling;

/// <summary>
/// Where a measure stands against its dimension's effect window at a date: three statuses while no first effects are
/// recorded, three once they are. Each has a rule code (SCH002–SCH007).
/// </summary>
[JsonConverter(typeof(ScheduleStatusJsonConverter))]
public enum ScheduleStatus
{
    /// <summary>SCH002: the window has not opened and no effects are recorded.</summary>
    NotDue = 0,

    /// <summary>SCH003: the window is open and no effects are recorded yet.</summary>
    Due = 1,

    /// <summary>SCH004: the window has closed and no effects are recorded.</summary>
    Overdue = 2,

    /// <summary>SCH005: first effects were recorded before the window opened.</summary>
    Early = 3,

    /// <summary>SCH006: first effects were recorded within the window.</summary>
    OnTime = 4,

    /// <summary>SCH007: first effects were recorded after the window closed.</summary>
    Late = 5,
}

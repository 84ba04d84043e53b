using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Progress;

/// <summary>What a completion forecast found (rule PRO011).</summary>
[JsonConverter(typeof(ForecastOutcomeJsonConverter))]
public enum ForecastOutcome
{
    /// <summary>The progress is rising: the date is the day the trend line reaches 100 %, on or after the as-of date.</summary>
    Forecast = 0,

    /// <summary>The measure is at 100 %: the date is the first day of its last unbroken stretch at 100 %.</summary>
    AlreadyComplete = 1,

    /// <summary>The progress is flat or falling: no date.</summary>
    NotRising = 2,

    /// <summary>Fewer than two reports on distinct days have a known progress: no date.</summary>
    NotEnoughData = 3,

    /// <summary>The measure is cancelled: no date.</summary>
    Cancelled = 4,

    /// <summary>The progress is rising, but reaches 100 % only after 31 December 9999, the end of the calendar: no date.</summary>
    BeyondCalendar = 5,

    /// <summary>
    /// The progress is rising, but the trend line reached 100 % before the as-of date while the measure is not at
    /// 100 %: the date is the day the line reached it.
    /// </summary>
    Overdue = 6,
}

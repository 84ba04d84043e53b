namespace Alliances.Domain.Progress;

/// <summary>What a completion forecast found (rule PRO011).</summary>
public enum ForecastOutcome
{
    /// <summary>The progress is rising: the forecast gives the day it reaches 100 %.</summary>
    Forecast = 0,

    /// <summary>The measure is already at 100 %: the date is the report that reached it.</summary>
    AlreadyComplete = 1,

    /// <summary>The progress is flat or falling: no date.</summary>
    NotRising = 2,

    /// <summary>Fewer than two reports on distinct days have a known progress: no date.</summary>
    NotEnoughData = 3,

    /// <summary>The measure is cancelled: no date.</summary>
    Cancelled = 4,

    /// <summary>The progress is rising, but reaches 100 % only after 31 December 9999, the end of the calendar: no date.</summary>
    BeyondCalendar = 5,
}

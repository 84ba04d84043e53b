using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>When a measure is forecast to reach 100 %, extrapolated from its recent progress (rule PRO011).</summary>
/// <remarks>Equality compares every property.</remarks>
public sealed record CompletionForecast
{
    internal CompletionForecast(MeasureNumber measure, LocalDate asOf, ForecastOutcome outcome, LocalDate? date, double? pointsPerDay, int pointsUsed)
    {
        Measure = measure;
        AsOf = asOf;
        Outcome = outcome;
        Date = date;
        PointsPerDay = pointsPerDay;
        PointsUsed = pointsUsed;
    }

    /// <summary>Gets the measure.</summary>
    public MeasureNumber Measure { get; }

    /// <summary>Gets the date the forecast is made at.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets whether there is a forecast, and why not when there is none.</summary>
    public ForecastOutcome Outcome { get; }

    /// <summary>
    /// Gets the day of 100 %: the day the trend line reaches it, on or after <see cref="AsOf"/> for
    /// <see cref="ForecastOutcome.Forecast"/> and before it for <see cref="ForecastOutcome.Overdue"/>; the first day of
    /// the measure's last stretch at 100 % for <see cref="ForecastOutcome.AlreadyComplete"/>; <see langword="null"/> otherwise.
    /// </summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the slope of the fitted line, in points per day, when a line was fitted; a rounding of the exact slope the date comes from.</summary>
    public double? PointsPerDay { get; }

    /// <summary>Gets how many reports the line was fitted through.</summary>
    public int PointsUsed { get; }
}

using NodaTime;

namespace Alliances.Domain.Testing;

/// <summary>
/// How a measure's progress rises over time in generated ledgers: a value from 0 % to 100 % for each day.
/// </summary>
/// <remarks>Curves are immutable. Equality is by reference, as for any function.</remarks>
public abstract class ProgressCurve
{
    private protected ProgressCurve()
    {
    }

    /// <summary>Rises in a straight line from 0 % on <paramref name="start"/> to 100 % on <paramref name="end"/>.</summary>
    /// <param name="start">The day progress leaves 0 %.</param>
    /// <param name="end">The day progress reaches 100 %; after <paramref name="start"/>.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public static ProgressCurve Linear(LocalDate start, LocalDate end) => new LinearCurve(start, end, 100);

    /// <summary>Rises in a straight line from 0 % on <paramref name="start"/> to a ceiling on <paramref name="end"/>, then stays there: a measure that stalls.</summary>
    /// <param name="start">The day progress leaves 0 %.</param>
    /// <param name="end">The day progress reaches the ceiling.</param>
    /// <param name="ceiling">Where progress stops, in points from 0 to 100.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ceiling"/> is outside 0–100.</exception>
    public static ProgressCurve Stalling(LocalDate start, LocalDate end, double ceiling)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ceiling, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ceiling, 100);
        return new LinearCurve(start, end, ceiling);
    }

    /// <summary>An S-curve: slow, then fast around <paramref name="midpoint"/>, then slow again near 100 %.</summary>
    /// <param name="midpoint">The day progress passes 50 %.</param>
    /// <param name="daysFrom10To90">How many days it takes to go from 10 % to 90 %; above 0.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="daysFrom10To90"/> is not above 0.</exception>
    public static ProgressCurve Logistic(LocalDate midpoint, int daysFrom10To90)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(daysFrom10To90, 1);
        return new LogisticCurve(midpoint, daysFrom10To90);
    }

    /// <summary>Gets the progress on a day, in points from 0 to 100.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The progress.</returns>
    public abstract double PointsOn(LocalDate day);

    private sealed class LinearCurve : ProgressCurve
    {
        private readonly LocalDate _start;
        private readonly int _days;
        private readonly double _ceiling;

        internal LinearCurve(LocalDate start, LocalDate end, double ceiling)
        {
            if (end <= start)
            {
                throw new ArgumentException("A curve ends after it starts.", nameof(end));
            }

            _start = start;
            _days = Period.DaysBetween(start, end);
            _ceiling = ceiling;
        }

        public override double PointsOn(LocalDate day) =>
            Math.Clamp((double)Period.DaysBetween(_start, day) / _days, 0, 1) * _ceiling;
    }

    private sealed class LogisticCurve(LocalDate midpoint, int daysFrom10To90) : ProgressCurve
    {
        // 10 % to 90 % spans 2·ln(9)/k days for a logistic of rate k.
        private readonly double _rate = 2 * Math.Log(9) / daysFrom10To90;

        public override double PointsOn(LocalDate day) =>
            100 / (1 + Math.Exp(-_rate * Period.DaysBetween(midpoint, day)));
    }
}

using Alliances.Domain.Progress;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Testing;

/// <summary>Short ways to write test values: days as ISO text, reports in one line.</summary>
public static class TestData
{
    /// <summary>Parses a day written <c>yyyy-MM-dd</c>.</summary>
    /// <param name="iso">The day.</param>
    /// <returns>The day.</returns>
    /// <exception cref="UnparsableValueException">The text is not a day.</exception>
    public static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    /// <summary>Writes a report in one line.</summary>
    /// <param name="measure">The measure number.</param>
    /// <param name="date">The day, <c>yyyy-MM-dd</c>.</param>
    /// <param name="status">The lifecycle status.</param>
    /// <param name="progress">The declared progress in points, or <see langword="null"/>.</param>
    /// <param name="effects">When first effects were observed, <c>yyyy-MM-dd</c>, or <see langword="null"/>.</param>
    /// <param name="comment">A comment, or <see langword="null"/>.</param>
    /// <param name="health">The health.</param>
    /// <returns>The report.</returns>
    /// <exception cref="Validation.RuleViolationException">A value breaks a rule of reports.</exception>
    public static MeasureReport Report(
        int measure,
        string date,
        LifecycleStatus status,
        double? progress = null,
        string? effects = null,
        string? comment = null,
        Health health = Health.NotAssessed) =>
        new(
            new MeasureNumber(measure),
            Day(date),
            status,
            progress is { } p ? new Percentage(p) : null,
            health,
            comment,
            firstEffectsObserved: effects is null ? null : Day(effects));
}

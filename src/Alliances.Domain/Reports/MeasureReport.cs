using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// A dated report on one measure: its lifecycle status, optionally a declared progress, its health, a comment, when
/// the next update is due, and when first effects were observed.
/// </summary>
/// <remarks>Equality compares every property.</remarks>
[JsonConverter(typeof(MeasureReportJsonConverter))]
public sealed record MeasureReport
{
    /// <summary>Initializes a new report.</summary>
    /// <param name="measure">The measure reported on.</param>
    /// <param name="date">The day of the report, in the ISO calendar.</param>
    /// <param name="status">The measure's lifecycle status on that day.</param>
    /// <param name="declaredProgress">The progress the reporter declares, to at most two decimals (rule REP003); <see langword="null"/> when none is declared.</param>
    /// <param name="health">The health the reporter gives the measure.</param>
    /// <param name="comment">A comment; <see langword="null"/> when none; never blank when given (TXT001).</param>
    /// <param name="nextUpdateDue">When the next report is due, after <paramref name="date"/> (rule REP001); <see langword="null"/> when not set.</param>
    /// <param name="firstEffectsObserved">When first effects were observed, on or before <paramref name="date"/> (rule REP002); <see langword="null"/> when they were not.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> or <paramref name="health"/> is not a defined value.</exception>
    /// <exception cref="RuleViolationException">A rule above is broken, or a date is outside the ISO calendar or years 1–9999 (DAT002, DAT003).</exception>
    public MeasureReport(
        MeasureNumber measure,
        LocalDate date,
        LifecycleStatus status,
        Percentage? declaredProgress = null,
        Health health = Health.NotAssessed,
        string? comment = null,
        LocalDate? nextUpdateDue = null,
        LocalDate? firstEffectsObserved = null)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A lifecycle status is one of the values of LifecycleStatus.");
        }

        if (!Enum.IsDefined(health))
        {
            throw new ArgumentOutOfRangeException(nameof(health), health, "A health is one of the values of Health.");
        }

        Measure = measure;
        Date = IsoDates.Check(date, nameof(date));
        Status = status;
        if (declaredProgress is { } declared && !ProgressPacking.IsHundredths(declared))
        {
            throw ProgressPacking.NotHundredths(declared, nameof(declaredProgress));
        }

        DeclaredProgress = declaredProgress;
        Health = health;
        Comment = comment is null ? null : Guard.Text(comment, "A report's comment, when given,", "Le commentaire d’un rapport, s’il est donné,");
        if (nextUpdateDue is { } next)
        {
            IsoDates.Check(next, nameof(nextUpdateDue));
            Guard.Require(next > date, Rules.NextUpdateAfterReport, $"The next update is due after the report; got {DateText.Iso(next)} for a report of {DateText.Iso(date)}.", $"La prochaine mise à jour est prévue après le rapport\u202F; reçu {DateText.Iso(next)} pour un rapport du {DateText.Iso(date)}.", nameof(nextUpdateDue));
        }

        NextUpdateDue = nextUpdateDue;
        if (firstEffectsObserved is { } effects)
        {
            IsoDates.Check(effects, nameof(firstEffectsObserved));
            Guard.Require(effects <= date, Rules.EffectsObservedByReport, $"First effects are observed on or before the report that records them; got {DateText.Iso(effects)} in a report of {DateText.Iso(date)}.", $"Les premiers effets sont observés au plus tard le jour du rapport qui les consigne\u202F; reçu {DateText.Iso(effects)} dans un rapport du {DateText.Iso(date)}.", nameof(firstEffectsObserved));
        }

        FirstEffectsObserved = firstEffectsObserved;
    }

    /// <summary>Gets the measure reported on.</summary>
    public MeasureNumber Measure { get; }

    /// <summary>Gets the day of the report.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the measure's lifecycle status on that day.</summary>
    public LifecycleStatus Status { get; }

    /// <summary>Gets the progress the reporter declares, or <see langword="null"/> when none is declared.</summary>
    public Percentage? DeclaredProgress { get; }

    /// <summary>Gets the health the reporter gives the measure.</summary>
    public Health Health { get; }

    /// <summary>Gets the comment, or <see langword="null"/> when none.</summary>
    public string? Comment { get; }

    /// <summary>Gets when the next report is due, or <see langword="null"/> when not set.</summary>
    public LocalDate? NextUpdateDue { get; }

    /// <summary>Gets when first effects were observed, or <see langword="null"/> when they were not.</summary>
    public LocalDate? FirstEffectsObserved { get; }

    /// <summary>Returns the measure, the day and the status, such as <c>M7 2021-03-01 InProgress 40%</c>.</summary>
    /// <returns>The report as text.</returns>
    public override string ToString() =>
        $"M{Measure} {DateText.Iso(Date)} {Status}" + (DeclaredProgress is { } p ? $" {p}" : string.Empty);
}

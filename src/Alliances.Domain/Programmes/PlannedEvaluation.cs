using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

/// <summary>
/// The evaluation planned for a programme: when it takes place, what it is for, and how long a stretch of the
/// programme it looks back over.
/// </summary>
/// <remarks>Equality compares every property; periods compare unit by unit, as NodaTime's do.</remarks>
[JsonConverter(typeof(PlannedEvaluationJsonConverter))]
public sealed record PlannedEvaluation
{
    /// <summary>Initializes a new planned evaluation.</summary>
    /// <param name="when">When the evaluation takes place, such as the year 2022.</param>
    /// <param name="purpose">What the evaluation is for, in a sentence.</param>
    /// <param name="looksBackOver">How long a stretch of the programme it covers, such as three years: positive and date-based (rule EVA001).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException"><paramref name="looksBackOver"/> is not positive or has time units (EVA001), or its years, months or days (a week counting 7) are above 999,999 (DAT010).</exception>
    public PlannedEvaluation(ImpreciseDate when, LocalizedText purpose, Period looksBackOver)
    {
        When = Guard.NotNull(when);
        Purpose = Guard.NotNull(purpose);
        Guard.NotNull(looksBackOver);
        var isPositive = !looksBackOver.HasTimeComponent
            && looksBackOver.Years >= 0 && looksBackOver.Months >= 0 && looksBackOver.Weeks >= 0 && looksBackOver.Days >= 0
            && !looksBackOver.Equals(Period.Zero);
        Guard.Require(
            isPositive,
            Rules.EvaluationPeriodPositive,
            $"The period an evaluation looks back over is positive and made of years, months, weeks or days; got {looksBackOver}.",
            $"La période sur laquelle porte une évaluation est positive et faite d’années, de mois, de semaines ou de jours\u202F; valeur reçue\u00A0: {looksBackOver}.",
            nameof(looksBackOver));
        // Weeks are kept as days, as the period is written (P7D), so the bound holds of what is written and read back.
        var days = ((long)looksBackOver.Weeks * 7) + looksBackOver.Days;
        Guard.Require(
            looksBackOver.Years <= MaximumPeriodPart && looksBackOver.Months <= MaximumPeriodPart && days <= MaximumPeriodPart,
            Rules.PeriodBounded,
            $"Each of a period's years, months and days (a week counting 7) is at most 999,999; got {looksBackOver}.",
            $"Les années, les mois et les jours d’une période (une semaine comptant pour 7 jours) valent chacun au plus 999\u202F999\u202F; valeur reçue\u00A0: {looksBackOver}.",
            nameof(looksBackOver));

        // Period.Normalize counts days in nanoseconds, which overflow past 292 years; a period of dates only is
        // normalized by turning its weeks into days, which the bound above keeps within an int.
        LooksBackOver = new PeriodBuilder
        {
            Years = looksBackOver.Years,
            Months = looksBackOver.Months,
            Days = (int)days,
        }.Build();
    }

    /// <summary>
    /// The most years, months or days (a week counting 7) a period holds, 999,999 (rule DAT010): more than any look-back
    /// needs, and what a document can hold, since a period is written with its weeks as days.
    /// </summary>
    internal const int MaximumPeriodPart = 999_999;

    /// <summary>Gets when the evaluation takes place.</summary>
    public ImpreciseDate When { get; }

    /// <summary>Gets what the evaluation is for.</summary>
    public LocalizedText Purpose { get; }

    /// <summary>Gets how long a stretch of the programme the evaluation covers, normalized (<c>P3Y</c>).</summary>
    public Period LooksBackOver { get; }
}

using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// A measure's own planned start and end, the baseline its expected progress is measured against in place of the
/// programme's (rule PRO008).
/// </summary>
/// <remarks>Equality compares every property.</remarks>
[JsonConverter(typeof(MeasurePlanJsonConverter))]
public sealed record MeasurePlan
{
    /// <summary>Initializes a new plan.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="start">The planned start, when expected progress is 0 %.</param>
    /// <param name="end">The planned end, after <paramref name="start"/> (rule PLN001), when expected progress reaches 100 %.</param>
    /// <exception cref="RuleViolationException">The end is not after the start (PLN001), or a day is outside the ISO calendar or years 1–9999.</exception>
    public MeasurePlan(MeasureNumber measure, LocalDate start, LocalDate end)
    {
        Measure = measure;
        Start = IsoDates.Check(start, nameof(start));
        End = IsoDates.Check(end, nameof(end));
        Guard.Require(end > start, Rules.PlanOrdered, $"A measure's planned end is after its planned start; got {DateText.Iso(start)} to {DateText.Iso(end)}.", $"La fin prévue d’une mesure vient après son début prévu\u202F; reçu du {DateText.Iso(start)} au {DateText.Iso(end)}.", nameof(end));
    }

    /// <summary>Gets the measure.</summary>
    public MeasureNumber Measure { get; }

    /// <summary>Gets the planned start.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the planned end.</summary>
    public LocalDate End { get; }
}

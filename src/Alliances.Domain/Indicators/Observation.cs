using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using System.Globalization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>A dated value of an indicator.</summary>
/// <remarks>Equality compares every property.</remarks>
[JsonConverter(typeof(ObservationJsonConverter))]
public sealed record Observation
{
    /// <summary>Initializes a new observation.</summary>
    /// <param name="indicator">The identifier of the indicator observed.</param>
    /// <param name="date">The day of the observation.</param>
    /// <param name="value">The value observed, a finite number (rule IND003) from −10¹² to 10¹² (IND010).</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="RuleViolationException">The identifier is not a slug (IDS001), the value is not finite (IND003) or beyond ±10¹² (IND010), or the day is outside the ISO calendar or years 1–9999.</exception>
    public Observation(string indicator, LocalDate date, double value)
    {
        Indicator = Identifiers.Check(indicator);
        Date = IsoDates.Check(date, nameof(date));
        IndicatorPoint.CheckValue(value);
        Value = value;
    }

    /// <summary>Gets the identifier of the indicator observed.</summary>
    public string Indicator { get; }

    /// <summary>Gets the day of the observation.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the value observed.</summary>
    public double Value { get; }
}

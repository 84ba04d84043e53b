using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using System.Globalization;
using Alliances.Domain.Dates;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Indicators;

/// <summary>A value of an indicator on a day: a baseline, a target or an intermediate target.</summary>
/// <remarks>Equality compares the value and the day.</remarks>
[JsonConverter(typeof(IndicatorPointJsonConverter))]
public readonly record struct IndicatorPoint
{
    /// <summary>Initializes a new point.</summary>
    /// <param name="value">The value, a finite number (rule IND003).</param>
    /// <param name="date">The day, in the ISO calendar.</param>
    /// <exception cref="RuleViolationException">The value is not finite (IND003), or the day is outside the ISO calendar or years 1–9999.</exception>
    public IndicatorPoint(double value, LocalDate date)
    {
        Guard.Require(double.IsFinite(value), Rules.IndicatorValueFinite, $"Indicator values are finite numbers; got {value.ToString(CultureInfo.InvariantCulture)}.", nameof(value));
        Value = value;
        Date = IsoDates.Check(date, nameof(date));
    }

    /// <summary>Gets the value.</summary>
    public double Value { get; }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; }
}

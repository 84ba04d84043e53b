using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using System.Globalization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>A value of an indicator on a day: a baseline, a target or an intermediate target.</summary>
/// <remarks>
/// Any value of the type is valid (rules IND003, IND010). <c>default(IndicatorPoint)</c> is 0 on 1 January of year 1
/// in the ISO calendar. Equality compares the value and the day.
/// </remarks>
[JsonConverter(typeof(IndicatorPointJsonConverter))]
public readonly record struct IndicatorPoint
{
    /// <summary>Initializes a new point.</summary>
    /// <param name="value">The value, a finite number (rule IND003) from −10¹² to 10¹² (IND010).</param>
    /// <param name="date">The day, in the ISO calendar.</param>
    /// <exception cref="RuleViolationException">The value is not finite (IND003) or beyond ±10¹² (IND010), or the day is outside the ISO calendar or years 1–9999.</exception>
    public IndicatorPoint(double value, LocalDate date)
    {
        CheckValue(value);
        Value = value;
        Date = IsoDates.Check(date, nameof(date));
    }

    /// <summary>Gets the value.</summary>
    public double Value { get; }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; }

    /// <summary>The largest magnitude of an indicator value, 10¹² (rule IND010).</summary>
    /// <remarks>
    /// A thousand billion counts any people, euros or tonnes a programme tracks; within it, the differences of rule
    /// PRO001 are finite, so an indicator's progress is never NaN.
    /// </remarks>
    internal const double MaximumMagnitude = 1e12;

    /// <summary>Checks an indicator value: a finite number (IND003) from −10¹² to 10¹² (IND010).</summary>
    internal static void CheckValue(double value)
    {
        Guard.Require(double.IsFinite(value), Rules.IndicatorValueFinite, $"Indicator values are finite numbers; got {value.ToString(CultureInfo.InvariantCulture)}.", $"Les valeurs d’un indicateur sont des nombres finis\u202F; valeur reçue\u00A0: {value.ToString(CultureInfo.InvariantCulture)}.", nameof(value));
        Guard.Require(Math.Abs(value) <= MaximumMagnitude, Rules.IndicatorValueBounded, $"Indicator values lie from -1,000,000,000,000 to 1,000,000,000,000; got {value:R}.", $"Les valeurs d’un indicateur vont de -1\u202F000\u202F000\u202F000\u202F000 à 1\u202F000\u202F000\u202F000\u202F000\u202F; valeur reçue\u00A0: {value:R}.", nameof(value));
    }
}

using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using System.Globalization;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Progress;

/// <summary>
/// A quantity that tracks a measure: a name, a unit, which way it improves, a baseline, a target, optional
/// intermediate targets, and its weight among the measure's indicators.
/// </summary>
/// <remarks>
/// Its progress at a date follows rule PRO001; see <see cref="ProgressFrom(double)"/>. Equality compares every
/// property, intermediate targets in order.
/// </remarks>
[JsonConverter(typeof(IndicatorJsonConverter))]
public sealed record Indicator
{
    /// <summary>Initializes a new indicator.</summary>
    /// <param name="id">A stable slug, unique within its ledger (rules IDS001, LED004).</param>
    /// <param name="measure">The measure it tracks.</param>
    /// <param name="name">The name.</param>
    /// <param name="unit">The unit of its values, such as "alliances" or "%"; not blank (TXT001).</param>
    /// <param name="direction">Which way it improves.</param>
    /// <param name="baseline">The value it starts from, and when.</param>
    /// <param name="target">The value aimed at, and when it is due (rule IND001: required); after the baseline (IND002).</param>
    /// <param name="intermediateTargets">Values aimed at along the way, dated between baseline and target, in order (IND002).</param>
    /// <param name="weight">Its weight among the measure's indicators, from 10⁻⁶ to 10⁹ (rules WGT001, WGT010); 1 by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="name"/> or <paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined value.</exception>
    /// <exception cref="RuleViolationException">A rule above is broken.</exception>
    public Indicator(
        string id,
        MeasureNumber measure,
        LocalizedText name,
        string unit,
        IndicatorDirection direction,
        IndicatorPoint baseline,
        IndicatorPoint? target,
        ValueList<IndicatorPoint> intermediateTargets = default,
        double weight = 1)
    {
        Id = Identifiers.Check(id);
        Measure = measure;
        Name = Guard.NotNull(name);
        Unit = Guard.Text(unit, "An indicator's unit", "L’unité d’un indicateur");
        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "An indicator's direction is higher or lower is better.");
        }

        Direction = direction;
        Baseline = baseline;
        Guard.Require(target is not null, Rules.IndicatorHasTarget, $"An indicator has a target; '{id}' has none.", $"Un indicateur a une cible\u202F; '{id}' n’en a pas.", nameof(target));
        Target = target.Value;
        Guard.Require(
            Target.Date > Baseline.Date,
            Rules.IndicatorTargetAfterBaseline,
            $"An indicator's target is due after its baseline; '{id}' has its baseline on {DateText.Iso(Baseline.Date)} and its target on {DateText.Iso(Target.Date)}.",
            $"La cible d’un indicateur est prévue après sa valeur de référence\u202F; '{id}' a sa référence le {DateText.Iso(Baseline.Date)} et sa cible le {DateText.Iso(Target.Date)}.",
            nameof(target));
        var previous = Baseline.Date;
        foreach (var step in intermediateTargets)
        {
            Guard.Require(
                step.Date > previous && step.Date < Target.Date,
                Rules.IndicatorTargetAfterBaseline,
                $"An indicator's intermediate targets fall between its baseline and its target, in order; '{id}' has one on {DateText.Iso(step.Date)}.",
                $"Les cibles intermédiaires d’un indicateur tombent, dans l’ordre, entre sa référence et sa cible\u202F; '{id}' en a une le {DateText.Iso(step.Date)}.",
                nameof(intermediateTargets));
            previous = step.Date;
        }

        IntermediateTargets = intermediateTargets;
        Weight = Progress.Weights.Check(weight);
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the measure it tracks.</summary>
    public MeasureNumber Measure { get; }

    /// <summary>Gets the name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the unit of its values.</summary>
    public string Unit { get; }

    /// <summary>Gets which way it improves.</summary>
    public IndicatorDirection Direction { get; }

    /// <summary>Gets the value it starts from, and when.</summary>
    public IndicatorPoint Baseline { get; }

    /// <summary>Gets the value aimed at, and when it is due.</summary>
    public IndicatorPoint Target { get; }

    /// <summary>Gets the values aimed at along the way, in date order.</summary>
    public ValueList<IndicatorPoint> IntermediateTargets { get; }

    /// <summary>Gets its weight among the measure's indicators.</summary>
    public double Weight { get; }

    /// <summary>
    /// Works out the indicator's progress for a current value (rule PRO001): (current − baseline) / (target −
    /// baseline), clamped to 0–100 %, with the direction respected.
    /// </summary>
    /// <param name="current">The current value.</param>
    /// <returns>
    /// The progress; <see langword="null"/> (unknown) when the target equals the baseline or the value is not finite.
    /// When the baseline is already past the target, 100 % if <paramref name="current"/> is at or past it, 0 % otherwise.
    /// </returns>
    public Percentage? ProgressFrom(double current)
    {
        if (!double.IsFinite(current))
        {
            return null;
        }

        var baseline = Baseline.Value;
        var target = Target.Value;
        if (target == baseline)
        {
            return null;
        }

        var higherIsBetter = Direction == IndicatorDirection.HigherIsBetter;
        var baselinePastTarget = higherIsBetter ? baseline > target : baseline < target;
        if (baselinePastTarget)
        {
            var currentPastTarget = higherIsBetter ? current >= target : current <= target;
            return currentPastTarget ? Percentage.Full : Percentage.Zero;
        }

        var fraction = (current - baseline) / (target - baseline);
        return Percentage.FromFraction(Math.Clamp(fraction, 0, 1));
    }
}

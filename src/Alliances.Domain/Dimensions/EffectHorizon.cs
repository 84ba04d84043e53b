using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using System.Globalization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

/// <summary>
/// A range of whole months after a launch within which effects are expected, such as 3 to 9 months.
/// </summary>
/// <remarks>
/// <para>
/// Both ends are 0 or more (rule HOR001) and the minimum is at most the maximum (rule HOR002); any value of the
/// type is valid. <c>default(EffectHorizon)</c> is 0 to 0 months: effects expected at launch.
/// </para>
/// <para>
/// Equality compares both ends. Horizons are not ordered: 3–9 months is neither before nor after 6–12.
/// </para>
/// <para>
/// The text form is <c>min..max</c> in months, culture-invariant: <c>3..9</c>. <see cref="ToString()"/> and every
/// formatting interface write it, and <see cref="Parse(string)"/> and
/// <see cref="TryParse(string?, IFormatProvider?, out EffectHorizon)"/> read it back.
/// </para>
/// </remarks>
[JsonConverter(typeof(EffectHorizonJsonConverter))]
public readonly partial struct EffectHorizon : IEquatable<EffectHorizon>
{
    /// <summary>Initializes a new horizon.</summary>
    /// <param name="minimumMonths">The number of months after launch when effects may start, 0 or more.</param>
    /// <param name="maximumMonths">The number of months after launch by which effects are expected, at least <paramref name="minimumMonths"/>.</param>
    /// <exception cref="RuleViolationException">An end is negative (HOR001), or the minimum is above the maximum (HOR002).</exception>
    public EffectHorizon(int minimumMonths, int maximumMonths)
    {
        Guard.Require(
            minimumMonths >= 0 && maximumMonths >= 0,
            Rules.HorizonNotNegative,
            $"Both ends of an effect horizon are 0 months or more; got {minimumMonths} to {maximumMonths}.",
            $"Les deux bornes d’un horizon d’effets valent 0 mois ou plus\u202F; valeurs reçues\u00A0: de {minimumMonths} à {maximumMonths} mois.",
            minimumMonths < 0 ? nameof(minimumMonths) : nameof(maximumMonths));
        Guard.Require(
            minimumMonths <= maximumMonths,
            Rules.HorizonOrdered,
            $"The minimum of an effect horizon is at most its maximum; got {minimumMonths} to {maximumMonths}.",
            $"Le minimum d’un horizon d’effets ne dépasse pas son maximum\u202F; valeurs reçues\u00A0: de {minimumMonths} à {maximumMonths} mois.",
            nameof(maximumMonths));
        MinimumMonths = minimumMonths;
        MaximumMonths = maximumMonths;
    }

    /// <summary>Gets the number of months after launch when effects may start.</summary>
    public int MinimumMonths { get; }

    /// <summary>Gets the number of months after launch by which effects are expected.</summary>
    public int MaximumMonths { get; }

    /// <summary>Gets the start of the horizon as a period after launch.</summary>
    public Period Minimum => Period.FromMonths(MinimumMonths);

    /// <summary>Gets the end of the horizon as a period after launch.</summary>
    public Period Maximum => Period.FromMonths(MaximumMonths);

    /// <summary>
    /// Works out the window of days within which effects are expected for a launch date (rule SCH001): from launch
    /// plus <see cref="MinimumMonths"/> to launch plus <see cref="MaximumMonths"/>, both days included.
    /// </summary>
    /// <remarks>
    /// Months are added with NodaTime's calendar arithmetic: where the target month lacks the launch's day, its last
    /// day is taken, so a launch on 31 January gives 30 April three months later, and a launch on 29 February gives
    /// 28 February a year later.
    /// </remarks>
    /// <param name="launch">The launch date, in the ISO calendar.</param>
    /// <returns>The window, never empty: a horizon of 0 to 0 months gives the launch day alone.</returns>
    /// <exception cref="RuleViolationException">The launch is outside the ISO calendar or years 1–9999 (DAT002, DAT003), or the window would end after 9999 (SCH008).</exception>
    public DateInterval WindowFrom(LocalDate launch)
    {
        IsoDates.Check(launch, nameof(launch));
        Guard.Require(
            (launch.Year * 12L) + launch.Month - 1 + MaximumMonths <= (9999L * 12) + 11,
            Rules.WindowInRange,
            $"A schedule's windows end by the year 9999; launching on {DateText.Iso(launch)} with a horizon of {MaximumMonths} months goes beyond.",
            $"Les fenêtres d’un calendrier se terminent au plus tard en 9999\u202F; un lancement le {DateText.Iso(launch)} avec un horizon de {MaximumMonths} mois va au-delà.",
            nameof(launch));
        return new DateInterval(launch.PlusMonths(MinimumMonths), launch.PlusMonths(MaximumMonths));
    }

    /// <summary>Determines whether two horizons are equal.</summary>
    /// <param name="left">The first horizon.</param>
    /// <param name="right">The second horizon.</param>
    /// <returns><see langword="true"/> when both ends are equal.</returns>
    public static bool operator ==(EffectHorizon left, EffectHorizon right) => left.Equals(right);

    /// <summary>Determines whether two horizons differ.</summary>
    /// <param name="left">The first horizon.</param>
    /// <param name="right">The second horizon.</param>
    /// <returns><see langword="true"/> when an end differs.</returns>
    public static bool operator !=(EffectHorizon left, EffectHorizon right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(EffectHorizon other) => MinimumMonths == other.MinimumMonths && MaximumMonths == other.MaximumMonths;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EffectHorizon other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MinimumMonths, MaximumMonths);

    /// <summary>Returns the horizon as <c>min..max</c> in months, culture-invariant: <c>3..9</c>; the text form that <see cref="Parse(string)"/> reads.</summary>
    /// <returns>The horizon as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{MinimumMonths}..{MaximumMonths}");
}

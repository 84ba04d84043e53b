using System.Globalization;
using NodaTime;

namespace Alliances.Domain;

/// <summary>
/// Writes the programme's figures and dates as people read them, in French or English, each with its typography and
/// without depending on the current culture: days, months, horizons, percentages and variances in points.
/// </summary>
/// <remarks>
/// <para>
/// French writes a decimal comma and puts a narrow no-break space (U+202F) before the percent sign
/// (<c>81,4 %</c>); English writes a decimal point and no space (<c>81.4%</c>). A negative variance takes the minus
/// sign (U+2212), a positive one a plus. A figure is rounded as rule PRO017 says: a half rounds away from zero, on the
/// figure written to 15 significant digits.
/// </para>
/// <para><see cref="ImpreciseDate.ToNaturalText(Language)"/> writes imprecise dates in the same words.</para>
/// </remarks>
public static class NaturalText
{
    /// <summary>The most decimals a figure is written with.</summary>
    public const int MaximumDecimals = 6;

    private const string NarrowNoBreakSpace = "\u202F";
    private const string Minus = "\u2212";

    /// <summary>Writes a day in full: <c>7 mai 2020</c>, <c>1er juin 2020</c> / <c>7 May 2020</c>.</summary>
    /// <param name="day">The day.</param>
    /// <param name="language">The language.</param>
    /// <returns>The day as text.</returns>
    public static string Day(LocalDate day, Language language) => DateText.Day(day, language);

    /// <summary>Writes a month: <c>juin 2020</c> / <c>June 2020</c>.</summary>
    /// <param name="month">The month.</param>
    /// <param name="language">The language.</param>
    /// <returns>The month as text.</returns>
    public static string Month(YearMonth month, Language language) => DateText.Month(month, language);

    /// <summary>Writes a horizon in months: <c>3 à 9 mois</c> / <c>3–9 months</c>; <c>6 mois</c> / <c>6 months</c> when both ends are the same.</summary>
    /// <param name="horizon">The horizon.</param>
    /// <param name="language">The language.</param>
    /// <returns>The horizon as text.</returns>
    public static string Horizon(EffectHorizon horizon, Language language)
    {
        var (min, max) = (horizon.MinimumMonths, horizon.MaximumMonths);
        if (language == Language.French)
        {
            return min == max ? Invariant($"{max} mois") : Invariant($"{min} à {max} mois");
        }

        var months = max == 1 ? "month" : "months";
        return min == max ? Invariant($"{max} {months}") : Invariant($"{min}{DateText.RangeDash}{max} {months}");
    }

    /// <summary>Writes a percentage: <c>81 %</c> / <c>81%</c>, or with decimals, <c>33,3 %</c> / <c>33.3%</c>.</summary>
    /// <param name="value">The percentage.</param>
    /// <param name="language">The language.</param>
    /// <param name="decimals">The number of decimals, 0 to <see cref="MaximumDecimals"/>; none by default.</param>
    /// <returns>The percentage as text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to <see cref="MaximumDecimals"/>.</exception>
    public static string Percentage(Percentage value, Language language, int decimals = 0) =>
        Number(Round(value.Points, decimals), decimals, language) + (language == Language.French ? NarrowNoBreakSpace + "%" : "%");

    /// <summary>
    /// Writes a variance in percentage points, signed: <c>+24,4 points</c> / <c>+24.4 points</c>, <c>−3,0 points</c>;
    /// a variance that rounds to zero has no sign. French writes "point" below two, English only for exactly one.
    /// </summary>
    /// <param name="variance">The variance, in points: actual minus expected progress.</param>
    /// <param name="language">The language.</param>
    /// <param name="decimals">The number of decimals, 0 to <see cref="MaximumDecimals"/>; one by default.</param>
    /// <returns>The variance as text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="variance"/> is not a finite number below 10²⁸ in size, or <paramref name="decimals"/> is outside 0
    /// to <see cref="MaximumDecimals"/>.
    /// </exception>
    public static string Points(double variance, Language language, int decimals = 1)
    {
        var rounded = Round(variance, decimals);
        var sign = rounded > 0 ? "+" : rounded < 0 ? Minus : string.Empty;
        var size = Math.Abs(rounded);
        var singular = language == Language.French ? size < 2 : size == 1 && decimals == 0;
        return sign + Number(size, decimals, language) + (singular ? " point" : " points");
    }

    /// <summary>
    /// Rounds a figure as rule PRO017 says, wherever one is rounded for people or for a forecast: a half away from zero,
    /// on the figure written to 15 significant digits (0.125 to two decimals is 0.13).
    /// </summary>
    /// <param name="value">The figure: a finite number below 10²⁸ in size, which a <see cref="decimal"/> holds.</param>
    /// <param name="decimals">The number of decimals, 0 to <see cref="MaximumDecimals"/>.</param>
    /// <returns>The rounded figure, exactly.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="value"/> is not a finite number below 10²⁸ in size, or <paramref name="decimals"/> is outside 0
    /// to <see cref="MaximumDecimals"/>.
    /// </exception>
    public static decimal Round(double value, int decimals)
    {
        if (!double.IsFinite(value) || Math.Abs(value) >= 1e28)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A figure is a finite number below 10²⁸ in size.");
        }

        if (decimals is < 0 or > MaximumDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"A figure is written with 0 to {MaximumDecimals} decimals.");
        }

        return Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
    }

    private static string Number(decimal value, int decimals, Language language)
    {
        var text = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return language == Language.French ? text.Replace('.', ',') : text;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

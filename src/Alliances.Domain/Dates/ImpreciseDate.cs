using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

/// <summary>
/// A date known to a day, a span of days, part of a month, a month or a year, possibly still to be confirmed.
/// </summary>
/// <remarks>
/// <para>
/// The cases form a closed set, one sealed type each: <see cref="ExactDay"/>, <see cref="DaySpan"/>,
/// <see cref="PartOfMonth"/>, <see cref="WholeMonth"/> and <see cref="WholeYear"/>; <see cref="Precision"/> names
/// the case. No other assembly can add a case. Every value knows the earliest and latest day it can fall on, and these always lie in the ISO calendar
/// between years 1 and 9999.
/// </para>
/// <para>
/// Equality compares the case, its fields and <see cref="IsToBeConfirmed"/>. There is no natural ordering: a date
/// known only as "June" neither precedes nor follows "10 June".
/// </para>
/// <para>
/// The text form is EDTF as <see cref="ToEdtf"/> writes it: <c>2020-05-07</c>, <c>2020-09-03/2020-09-04</c>,
/// <c>2020-06</c>, <c>2022</c>, with <c>?</c> after each date still to be confirmed. The formatting interfaces write
/// it, and so do string interpolation and web frameworks; <see cref="Parse(string, IFormatProvider?)"/> and
/// <see cref="TryParse(string?, IFormatProvider?, out ImpreciseDate)"/> read it back. <see cref="ToString()"/> is not
/// the text form: it writes natural English for people.
/// </para>
/// </remarks>
[JsonConverter(typeof(AnyImpreciseDateJsonConverter))]
public abstract partial record ImpreciseDate
{
    private protected ImpreciseDate(bool isToBeConfirmed)
    {
        IsToBeConfirmed = isToBeConfirmed;
    }

    /// <summary>Gets a value indicating whether the date is still to be confirmed ("date à définir").</summary>
    public bool IsToBeConfirmed { get; }

    /// <summary>Gets how precisely the date is known, which is also which case this is.</summary>
    public abstract DatePrecision Precision { get; }

    /// <summary>Gets the earliest day the date can fall on.</summary>
    public abstract LocalDate Earliest { get; }

    /// <summary>Gets the latest day the date can fall on; never before <see cref="Earliest"/>.</summary>
    public abstract LocalDate Latest { get; }

    /// <summary>Gets the days the date can fall on, from <see cref="Earliest"/> to <see cref="Latest"/> inclusive.</summary>
    public DateInterval PossibleDays => new(Earliest, Latest);

    /// <summary>Creates an exact day.</summary>
    /// <param name="day">The day, in the ISO calendar, from year 1 to 9999.</param>
    /// <param name="isToBeConfirmed">Whether the day is still to be confirmed.</param>
    /// <returns>The date.</returns>
    /// <exception cref="RuleViolationException">The day is outside the ISO calendar or years 1–9999 (DAT002, DAT003).</exception>
    public static ExactDay On(LocalDate day, bool isToBeConfirmed = false) => new(day, isToBeConfirmed);

    /// <summary>Creates a span of consecutive days.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day, after <paramref name="first"/>.</param>
    /// <param name="isToBeConfirmed">Whether the span is still to be confirmed.</param>
    /// <returns>The date.</returns>
    /// <exception cref="RuleViolationException"><paramref name="last"/> is not after <paramref name="first"/> (DAT001), or a day is outside the ISO calendar or years 1–9999 (DAT002, DAT003).</exception>
    public static DaySpan Between(LocalDate first, LocalDate last, bool isToBeConfirmed = false) => new(first, last, isToBeConfirmed);

    /// <summary>Creates a part of a month.</summary>
    /// <param name="month">The month.</param>
    /// <param name="part">Which third of the month.</param>
    /// <param name="isToBeConfirmed">Whether the date is still to be confirmed.</param>
    /// <returns>The date.</returns>
    /// <exception cref="RuleViolationException">The month is outside the ISO calendar or years 1–9999 (DAT002, DAT003).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is not a defined value.</exception>
    public static PartOfMonth InPartOf(YearMonth month, MonthPart part, bool isToBeConfirmed = false) => new(month, part, isToBeConfirmed);

    /// <summary>Creates a whole month.</summary>
    /// <param name="month">The month.</param>
    /// <param name="isToBeConfirmed">Whether the date is still to be confirmed.</param>
    /// <returns>The date.</returns>
    /// <exception cref="RuleViolationException">The month is outside the ISO calendar or years 1–9999 (DAT002, DAT003).</exception>
    public static WholeMonth InMonth(YearMonth month, bool isToBeConfirmed = false) => new(month, isToBeConfirmed);

    /// <summary>Creates a whole year.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="isToBeConfirmed">Whether the date is still to be confirmed.</param>
    /// <returns>The date.</returns>
    /// <exception cref="RuleViolationException">The year is outside 1–9999 (DAT002).</exception>
    public static WholeYear InYear(int year, bool isToBeConfirmed = false) => new(year, isToBeConfirmed);

    /// <summary>
    /// Writes the date as people read it: <c>7 May 2020</c>, <c>3–4 September 2020</c>,
    /// <c>early June 2020 (to be confirmed)</c>; in French <c>7 mai 2020</c>, <c>3–4 septembre 2020</c>,
    /// <c>début juin 2020 (date à définir)</c>.
    /// </summary>
    /// <param name="language">The language to write in.</param>
    /// <returns>The date as natural text.</returns>
    public string ToNaturalText(Language language)
    {
        var text = NaturalText(language);
        return IsToBeConfirmed ? text + DateText.ToBeConfirmedSuffix(language) : text;
    }

    /// <summary>Returns the date as natural English text, such as <c>early June 2020 (to be confirmed)</c>.</summary>
    /// <remarks>
    /// This is text for people, not the text form that <see cref="Parse(string, IFormatProvider?)"/> reads: that is
    /// EDTF, which <see cref="ToEdtf"/>, <see cref="ToString(string?, IFormatProvider?)"/> and string interpolation
    /// write.
    /// </remarks>
    /// <returns>The date as text.</returns>
    public sealed override string ToString() => ToNaturalText(Language.English);

    /// <summary>Writes the date as people read it, without its to-be-confirmed mark.</summary>
    /// <remarks>
    /// Abstract and visible to this assembly alone, it also closes the set of cases: a type of another assembly cannot
    /// override it, so cannot derive from <see cref="ImpreciseDate"/>, though the copy constructor every record has is
    /// protected.
    /// </remarks>
    private protected abstract string NaturalText(Language language);

    /// <summary>Checks that a day can appear in an imprecise date: ISO calendar, years 1 to 9999.</summary>
    private protected static LocalDate CheckDay(LocalDate day, string paramName) => IsoDates.Check(day, paramName);

    /// <summary>Checks that a month can appear in an imprecise date: ISO calendar, years 1 to 9999.</summary>
    private protected static YearMonth CheckMonth(YearMonth month, string paramName) => IsoDates.Check(month, paramName);

    /// <summary>Checks that a year lies from 1 to 9999.</summary>
    private protected static int CheckYear(int year, string paramName) => IsoDates.CheckYear(year, paramName);
}

using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain;

/// <summary>Writes dates as people read them, in French and English, without depending on the current culture.</summary>
internal static class DateText
{
    private static readonly string[] FrenchMonths =
    [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>The dash between the ends of a range, as typographers write it.</summary>
    internal const string RangeDash = "–";

    /// <summary>Writes a day as <c>yyyy-MM-dd</c>, for messages.</summary>
    internal static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);

    /// <summary>Writes a month as <c>yyyy-MM</c>, for messages.</summary>
    internal static string Iso(YearMonth month) => YearMonthPattern.Iso.Format(month);

    /// <summary>Writes a month name.</summary>
    internal static string MonthName(int month, Language language) =>
        (language == Language.French ? FrenchMonths : EnglishMonths)[month - 1];

    /// <summary>Writes a day of the month: French writes the first as <c>1er</c>.</summary>
    internal static string DayOfMonth(int day, Language language) =>
        language == Language.French && day == 1 ? "1er" : day.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes a year.</summary>
    internal static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes a day in full: <c>7 May 2020</c>, <c>1er juin 2020</c>.</summary>
    internal static string Day(LocalDate day, Language language) =>
        $"{DayOfMonth(day.Day, language)} {MonthName(day.Month, language)} {Year(day.Year)}";

    /// <summary>Writes a month: <c>June 2020</c>, <c>juin 2020</c>.</summary>
    internal static string Month(YearMonth month, Language language) =>
        $"{MonthName(month.Month, language)} {Year(month.Year)}";

    /// <summary>The words that mark a date still to be confirmed, with their leading space.</summary>
    internal static string ToBeConfirmedSuffix(Language language) =>
        language == Language.French ? " (date à définir)" : " (to be confirmed)";

    /// <summary>Writes a span of days: <c>3–4 September 2020</c>, <c>30 September – 2 October 2020</c>.</summary>
    internal static string Span(LocalDate first, LocalDate last, Language language)
    {
        if (first.Year != last.Year)
        {
            return $"{Day(first, language)} {RangeDash} {Day(last, language)}";
        }

        if (first.Month != last.Month)
        {
            return $"{DayOfMonth(first.Day, language)} {MonthName(first.Month, language)} {RangeDash} {Day(last, language)}";
        }

        return $"{DayOfMonth(first.Day, language)}{RangeDash}{Day(last, language)}";
    }

    /// <summary>Writes a part of a month: <c>early June 2020</c>, <c>début juin 2020</c>.</summary>
    internal static string Part(YearMonth month, MonthPart part, Language language)
    {
        var name = MonthName(month.Month, language);
        var year = Year(month.Year);
        if (language == Language.French)
        {
            return part switch
            {
                MonthPart.Early => $"début {name} {year}",
                MonthPart.Mid => $"mi-{name} {year}",
                _ => $"fin {name} {year}",
            };
        }

        return part switch
        {
            MonthPart.Early => $"early {name} {year}",
            MonthPart.Mid => $"mid-{name} {year}",
            _ => $"late {name} {year}",
        };
    }
}

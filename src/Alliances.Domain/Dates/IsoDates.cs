using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

/// <summary>The checks every date of the model passes: the ISO calendar (rule DAT003), years 1 to 9999 (rule DAT002).</summary>
internal static class IsoDates
{
    /// <summary>Gets the last day of a month, without building the month's interval.</summary>
    internal static LocalDate LastDay(YearMonth month) => month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));

    /// <summary>Returns the day when it is in the ISO calendar between years 1 and 9999, and throws otherwise.</summary>
    internal static LocalDate Check(LocalDate day, string paramName)
    {
        Guard.Throw(Check(day.Calendar, day.Year, "$"), paramName);
        return day;
    }

    /// <summary>Returns the month when it is in the ISO calendar between years 1 and 9999, and throws otherwise.</summary>
    internal static YearMonth Check(YearMonth month, string paramName)
    {
        Guard.Throw(Check(month.Calendar, month.Year, "$"), paramName);
        return month;
    }

    /// <summary>Returns the year when it lies from 1 to 9999, and throws otherwise.</summary>
    internal static int CheckYear(int year, string paramName)
    {
        Guard.Throw(Check(CalendarSystem.Iso, year, "$"), paramName);
        return year;
    }

    /// <summary>
    /// Checks a date's calendar (DAT003), then its year (DAT002), wherever a date enters the model: no violation when
    /// both hold.
    /// </summary>
    /// <param name="calendar">The date's calendar.</param>
    /// <param name="year">The date's year.</param>
    /// <param name="path">The path of the date, for the violation.</param>
    /// <returns>The violation, or null.</returns>
    internal static RuleViolation? Check(CalendarSystem calendar, int year, string path) =>
        calendar != CalendarSystem.Iso ? new(Rules.IsoCalendar, $"A date is in the ISO calendar; got {calendar.Id}.", $"Une date est dans le calendrier ISO\u202F; calendrier reçu\u00A0: {calendar.Id}.", path)
        : !IsYearInRange(year) ? new(Rules.YearInRange, $"A date's year lies from 1 to 9999; got {year}.", $"L’année d’une date va de 1 à 9999\u202F; valeur reçue\u00A0: {year}.", path)
        : null;

    /// <summary>Determines whether a year lies from 1 to 9999 (rule DAT002).</summary>
    internal static bool IsYearInRange(int year) => year is >= 1 and <= 9999;
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Alliances.Domain.Tests.Milestones;

/// <summary>
/// Near the ends of the calendar, 1 January 1 and 31 December 9999, a milestone's instants are a defined interval in
/// every zone, never an exception.
/// </summary>
public class CalendarEdgeLawsTest
{
    private static readonly LocalDate First = new(1, 1, 1);

    private static readonly LocalDate Last = new(9999, 12, 31);

    /// <summary>Days within forty days of either end of the calendar.</summary>
    private static Gen<LocalDate> EdgeDays => Gen.Choose(0, 40).SelectMany(d => Gen.Elements(First.PlusDays(d), Last.PlusDays(-d)));

    private static Gen<ImpreciseDate> EdgeDates =>
        from precision in Gen.Choose(0, 4)
        from day in EdgeDays
        from tbc in Gen.Elements(true, false)
        select precision switch
        {
            0 => (ImpreciseDate)ImpreciseDate.On(day, tbc),
            1 => day < Last ? ImpreciseDate.Between(day, day.PlusDays(1), tbc) : ImpreciseDate.Between(day.PlusDays(-1), day, tbc),
            2 => ImpreciseDate.InPartOf(day.ToYearMonth(), MonthPart.Late, tbc),
            3 => ImpreciseDate.InMonth(day.ToYearMonth(), tbc),
            _ => ImpreciseDate.InYear(day.Year, tbc),
        };

    private static Gen<string> Zones => Gen.Elements(DateTimeZoneProviders.Tzdb.Ids.ToArray());

    [Property(MaxTest = 500)]
    public Property PossibleInstants_AtEitherEndOfTheCalendar_AreAnIntervalOfAtLeastTheDaysLessAnHour() =>
        Prop.ForAll(EdgeDates.ToArbitrary(), Zones.ToArbitrary(), (date, zone) =>
        {
            var instants = new Milestone(1, new LocalizedText("x"), MilestoneKind.Other, date, timeZoneId: zone).PossibleInstants();
            var days = Period.DaysBetween(date.Earliest, date.Latest) + 1;
            return instants.Start < instants.End
                && instants.Duration <= Duration.FromDays(days) + Duration.FromHours(25)
                && (instants.End == Instant.MaxValue || instants.Duration >= Duration.FromDays(days) - Duration.FromHours(25));
        });
}

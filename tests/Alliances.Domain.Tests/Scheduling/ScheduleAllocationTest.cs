using Alliances.Domain.Catalogue;
using Alliances.Domain.Scheduling;
using NodaTime;

namespace Alliances.Domain.Tests.Scheduling;

/// <summary>
/// The schedule's query path allocates nothing: windows, statuses, and the milestone calendar's past, upcoming and
/// next milestones, on every day of 2020 (so every kind of imprecise date is met on both sides of its days).
/// </summary>
public class ScheduleAllocationTest
{
    private static readonly ProgrammeSchedule Schedule = Odd17.Programme.Schedule();
    private static readonly MilestoneCalendar Calendar = MilestoneCalendar.For(Odd17.Programme);
    private static readonly MeasureNumber Nine = new(9);

    private static long AllocatedBy(Action<LocalDate> query)
    {
        var first = new LocalDate(2020, 1, 1);
        query(first); // JIT and static initialisation happen outside the count
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var day = first; day.Year == 2020; day = day.PlusDays(1))
        {
            query(day);
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void WindowsAndStatuses_AllocateNothing()
    {
        AllocatedBy(_ => Schedule.WindowOf(DimensionKind.Strategic)).Should().Be(0);
        AllocatedBy(day => Schedule.StatusOf(Nine, day)).Should().Be(0);
        AllocatedBy(day => Schedule.StatusOf(Nine, day, day.PlusDays(-30))).Should().Be(0);
    }

    [Fact]
    public void CalendarQueries_AllocateNothing()
    {
        AllocatedBy(day => Calendar.PastAt(day)).Should().Be(0);
        AllocatedBy(day => Calendar.UpcomingAt(day)).Should().Be(0);
        AllocatedBy(day => Calendar.NextAt(day)).Should().Be(0);
        AllocatedBy(day => Calendar.DaysUntilNextAt(day)).Should().Be(0);
        AllocatedBy(day =>
        {
            foreach (var milestone in Calendar.Milestones)
            {
                MilestoneCalendar.TimingOf(milestone, day);
            }
        }).Should().Be(0);
    }
}

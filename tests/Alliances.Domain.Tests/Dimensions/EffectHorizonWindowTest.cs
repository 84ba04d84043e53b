using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Alliances.Domain.Tests.Dimensions;

/// <summary>Rule SCH001: effect windows, with NodaTime's month arithmetic.</summary>
public class EffectHorizonWindowTest
{
    private static readonly LocalDate Launch = new(2020, 5, 7);

    [Theory]
    [InlineData(3, 9, "2020-08-07", "2021-02-07")]
    [InlineData(6, 12, "2020-11-07", "2021-05-07")]
    [InlineData(12, 18, "2021-05-07", "2021-11-07")]
    [InlineData(18, 36, "2021-11-07", "2023-05-07")]
    public void WindowFrom_CanonicalLaunch_GivesTheHandWorkedWindows(int min, int max, string start, string end)
    {
        var window = new EffectHorizon(min, max).WindowFrom(Launch);

        window.Start.Should().Be(Day(start));
        window.End.Should().Be(Day(end));
    }

    [Fact]
    public void WindowFrom_LaunchOnThe31st_ClampsToTheMonthsLastDay()
    {
        var window = new EffectHorizon(1, 3).WindowFrom(new LocalDate(2021, 1, 31));

        window.Start.Should().Be(new LocalDate(2021, 2, 28));
        window.End.Should().Be(new LocalDate(2021, 4, 30));
    }

    [Fact]
    public void WindowFrom_LaunchOnThe31stOfALeapYear_ClampsToTheTwentyNinth() =>
        new EffectHorizon(1, 1).WindowFrom(new LocalDate(2020, 1, 31)).Start.Should().Be(new LocalDate(2020, 2, 29));

    [Fact]
    public void WindowFrom_LaunchOn29February_ClampsTo28FebruaryInOtherYears()
    {
        var window = new EffectHorizon(12, 48).WindowFrom(new LocalDate(2020, 2, 29));

        window.Start.Should().Be(new LocalDate(2021, 2, 28));
        window.End.Should().Be(new LocalDate(2024, 2, 29));
    }

    [Fact]
    public void WindowFrom_ZeroHorizon_IsTheLaunchDayAlone()
    {
        var window = default(EffectHorizon).WindowFrom(Launch);

        window.Start.Should().Be(Launch);
        window.Length.Should().Be(1);
    }

    [Fact]
    public void WindowFrom_EndingInDecember9999_IsTheLastValidValue() =>
        new EffectHorizon(0, 11).WindowFrom(new LocalDate(9999, 1, 1)).End.Should().Be(new LocalDate(9999, 12, 1));

    [Fact]
    public void WindowFrom_EndingAfter9999_BreaksSCH008() =>
        Expect.Violation(() => new EffectHorizon(0, 12).WindowFrom(new LocalDate(9999, 1, 1)), Rules.WindowInRange);

    [Fact]
    public void WindowFrom_NonIsoLaunch_BreaksDAT003() =>
        Expect.Violation(() => new EffectHorizon(3, 9).WindowFrom(new LocalDate(2020, 5, 7, CalendarSystem.Julian)), Rules.IsoCalendar);

    [Property]
    public Property Window_NeverEndsBeforeItStarts() =>
        Prop.ForAll(Horizons.ToArbitrary(), Launches.ToArbitrary(), (h, launch) =>
        {
            var window = h.WindowFrom(launch);
            return window.End >= window.Start && window.Start >= launch;
        });

    [Property]
    public Property LongerHorizon_NeverEndsEarlier() =>
        Prop.ForAll(Horizons.ToArbitrary(), Gen.Choose(0, 48).ToArbitrary(), Launches.ToArbitrary(), (h, extra, launch) =>
        {
            var longer = new EffectHorizon(h.MinimumMonths, h.MaximumMonths + extra);
            return longer.WindowFrom(launch).End >= h.WindowFrom(launch).End;
        });

    private static Gen<EffectHorizon> Horizons =>
        Gen.Choose(0, 60).SelectMany(min => Gen.Choose(min, 120).Select(max => new EffectHorizon(min, max)));

    private static Gen<LocalDate> Launches =>
        Gen.Choose(0, 365 * 30).Select(offset => new LocalDate(2000, 1, 1).PlusDays(offset));

    private static LocalDate Day(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}

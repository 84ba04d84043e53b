using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using Alliances.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Alliances.Domain.Tests.Dates;

/// <summary>Comparison (DAT006), display order, confirmation (DAT005) and EDTF text.</summary>
public class ImpreciseDateOperationsTest
{
    private static readonly ImpreciseDate EarlyJune = ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Early, isToBeConfirmed: true);
    private static readonly ImpreciseDate Convergences = ImpreciseDate.Between(new LocalDate(2020, 9, 3), new LocalDate(2020, 9, 4));

    [Theory]
    [InlineData(2020, 5, 31, DateRelation.DefinitelyAfter)]
    [InlineData(2020, 6, 1, DateRelation.PossiblySame)]
    [InlineData(2020, 6, 10, DateRelation.PossiblySame)]
    [InlineData(2020, 6, 11, DateRelation.DefinitelyBefore)]
    public void RelativeTo_Day_IsThreeValued(int year, int month, int day, DateRelation expected) =>
        EarlyJune.RelativeTo(new LocalDate(year, month, day)).Should().Be(expected);

    [Fact]
    public void RelativeTo_Date_ComparesPossibleDays()
    {
        var june = ImpreciseDate.InMonth(new YearMonth(2020, 6));
        var tenthOfJune = ImpreciseDate.On(new LocalDate(2020, 6, 10));
        var eleventhOfJune = ImpreciseDate.On(new LocalDate(2020, 6, 11));

        june.RelativeTo(tenthOfJune).Should().Be(DateRelation.PossiblySame);
        tenthOfJune.RelativeTo(june).Should().Be(DateRelation.PossiblySame);
        EarlyJune.RelativeTo(eleventhOfJune).Should().Be(DateRelation.DefinitelyBefore);
        eleventhOfJune.RelativeTo(EarlyJune).Should().Be(DateRelation.DefinitelyAfter);
        EarlyJune.RelativeTo(tenthOfJune).Should().Be(DateRelation.PossiblySame);
        tenthOfJune.RelativeTo(EarlyJune).Should().Be(DateRelation.PossiblySame, "the tenth is the last day early June can be");
    }

    [Fact]
    public void DisplayOrder_SortsByEarliestThenLatestThenPrecision()
    {
        var june = ImpreciseDate.InMonth(new YearMonth(2020, 6));
        var firstOfJune = ImpreciseDate.On(new LocalDate(2020, 6, 1));
        var firstOfJuneTbc = ImpreciseDate.On(new LocalDate(2020, 6, 1), isToBeConfirmed: true);

        new[] { june, EarlyJune, firstOfJuneTbc, firstOfJune, Convergences }
            .Order(ImpreciseDate.DisplayOrder)
            .Should().Equal(firstOfJune, firstOfJuneTbc, EarlyJune, june, Convergences);
    }

    public static TheoryData<string, ImpreciseDate, ImpreciseDate> ShownFirst => new()
    {
        { "the earlier start, though it ends later", ImpreciseDate.InYear(2020), ImpreciseDate.InMonth(new YearMonth(2020, 8)) },
        { "the same start, the earlier end, though less precise", EarlyJune, ImpreciseDate.Between(new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30)) },
        { "the same days, the more precise", ImpreciseDate.Between(new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30)), ImpreciseDate.InMonth(new YearMonth(2020, 6)) },
        { "the same days and precision, the confirmed", ImpreciseDate.InMonth(new YearMonth(2020, 6)), ImpreciseDate.InMonth(new YearMonth(2020, 6), isToBeConfirmed: true) },
    };

    [Theory]
    [MemberData(nameof(ShownFirst))]
    public void DisplayOrder_ShowsFirst(string which, ImpreciseDate first, ImpreciseDate second)
    {
        ImpreciseDate.DisplayOrder.Compare(first, second).Should().BeNegative(which);
        ImpreciseDate.DisplayOrder.Compare(second, first).Should().BePositive(which);
        new[] { second, first }.Order(ImpreciseDate.DisplayOrder).Should().Equal([first, second], which);
    }

    [Fact]
    public void DisplayOrder_ShowsNoDateFirst_AndEqualsItselfOnly()
    {
        ImpreciseDate.DisplayOrder.Compare(null, EarlyJune).Should().BeNegative();
        ImpreciseDate.DisplayOrder.Compare(EarlyJune, null).Should().BePositive();
        ImpreciseDate.DisplayOrder.Compare(null, null).Should().Be(0);
        ImpreciseDate.DisplayOrder.Compare(EarlyJune, EarlyJune).Should().Be(0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void Confirm_DayWithinTheInterval_GivesAPreciseConfirmedDay(int day)
    {
        var confirmed = EarlyJune.Confirm(new LocalDate(2020, 6, day));

        confirmed.Should().Be(new ExactDay(new LocalDate(2020, 6, day)));
        confirmed.IsToBeConfirmed.Should().BeFalse();
    }

    [Theory]
    [InlineData(5, 31)]
    [InlineData(6, 11)]
    public void Confirm_DayOutsideTheInterval_BreaksDAT005(int month, int day)
    {
        var exception = Expect.Violation(() => EarlyJune.Confirm(new LocalDate(2020, month, day)), Rules.ConfirmWithinPossibleDays);

        exception.Message.Should().Contain("reschedule");
    }

    [Fact]
    public void Confirm_SpanWithinTheInterval_GivesAConfirmedSpan() =>
        EarlyJune.Confirm(new LocalDate(2020, 6, 4), new LocalDate(2020, 6, 5))
            .Should().Be(new DaySpan(new LocalDate(2020, 6, 4), new LocalDate(2020, 6, 5)));

    [Fact]
    public void Confirm_SpanReachingOutside_BreaksDAT005() =>
        Expect.Violation(() => EarlyJune.Confirm(new LocalDate(2020, 6, 10), new LocalDate(2020, 6, 11)), Rules.ConfirmWithinPossibleDays);

    [Fact]
    public void Confirm_SpanStartingBeforeTheInterval_BreaksDAT005_NamingTheDaysOutside()
    {
        var exception = Expect.Violation(() => EarlyJune.Confirm(new LocalDate(2020, 5, 31), new LocalDate(2020, 6, 2)), Rules.ConfirmWithinPossibleDays);

        exception.Message.Should().Contain("runs from 2020-06-01 to 2020-06-10, and 2020-05-31 lies outside");
    }

    [Fact]
    public void Confirm_DayOutside_IsNamedAlone() =>
        Expect.Violation(() => EarlyJune.Confirm(new LocalDate(2020, 6, 11)), Rules.ConfirmWithinPossibleDays)
            .Message.Should().Contain("and 2020-06-11 lies outside");

    [Fact]
    public void Confirm_DayInAnotherCalendar_BreaksDAT005() =>
        Expect.Violation(() => EarlyJune.Confirm(new LocalDate(2020, 6, 2, CalendarSystem.Julian)), Rules.ConfirmWithinPossibleDays);

    public static TheoryData<ImpreciseDate, string> EdtfTexts => new()
    {
        { ImpreciseDate.On(new LocalDate(2020, 5, 7)), "2020-05-07" },
        { ImpreciseDate.On(new LocalDate(2020, 5, 7), isToBeConfirmed: true), "2020-05-07?" },
        { Convergences, "2020-09-03/2020-09-04" },
        { EarlyJune, "2020-06-01?/2020-06-10?" },
        { ImpreciseDate.InPartOf(new YearMonth(2020, 8), MonthPart.Late), "2020-08-21/2020-08-31" },
        { ImpreciseDate.InMonth(new YearMonth(2019, 10)), "2019-10" },
        { ImpreciseDate.InMonth(new YearMonth(2019, 10), isToBeConfirmed: true), "2019-10?" },
        { ImpreciseDate.InYear(2022), "2022" },
        { ImpreciseDate.InYear(987), "0987" },
    };

    [Theory]
    [MemberData(nameof(EdtfTexts))]
    public void ToEdtf_WritesTheInteropForm(ImpreciseDate date, string expected) => date.ToEdtf().Should().Be(expected);

    [Property]
    public Property Day_IsAlwaysInsideItsOwnInterval() =>
        Prop.ForAll(AlliancesGenerators.Days.ToArbitrary(), day =>
        {
            var exact = ImpreciseDate.On(day);
            return exact.CanFallOn(day) && exact.PossibleDays.Contains(day) && exact.RelativeTo(day) == DateRelation.PossiblySame;
        });

    [Property]
    public Property Confirming_PreservesTheInterval() =>
        Prop.ForAll(AlliancesGenerators.ImpreciseDates.ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), (date, offset) =>
        {
            var day = date.Earliest.PlusDays(offset % date.PossibleDays.Length);
            var confirmed = date.Confirm(day);
            return date.PossibleDays.Contains(confirmed.Earliest) && date.PossibleDays.Contains(confirmed.Latest) && !confirmed.IsToBeConfirmed;
        });

    [Property]
    public Property Comparison_IsConsistentWithTheIntervals() =>
        Prop.ForAll(AlliancesGenerators.ImpreciseDates.ToArbitrary(), AlliancesGenerators.ImpreciseDates.ToArbitrary(), (a, b) =>
        {
            var relation = a.RelativeTo(b);
            var overlap = a.PossibleDays.Intersection(b.PossibleDays) is not null;
            var mirrored = b.RelativeTo(a) == relation switch
            {
                DateRelation.DefinitelyBefore => DateRelation.DefinitelyAfter,
                DateRelation.DefinitelyAfter => DateRelation.DefinitelyBefore,
                _ => DateRelation.PossiblySame,
            };
            var agrees = relation switch
            {
                DateRelation.PossiblySame => overlap,
                DateRelation.DefinitelyBefore => a.Latest < b.Earliest,
                _ => a.Earliest > b.Latest,
            };
            return mirrored && agrees;
        });

    [Property]
    public Property ComparisonWithADay_IsConsistentWithTheInterval() =>
        Prop.ForAll(AlliancesGenerators.ImpreciseDates.ToArbitrary(), AlliancesGenerators.Days.ToArbitrary(), (date, day) =>
            (date.RelativeTo(day) == DateRelation.PossiblySame) == date.PossibleDays.Contains(day));

    [Property]
    public Property DisplayOrder_IsConsistentWithEquality() =>
        Prop.ForAll(AlliancesGenerators.ImpreciseDates.ToArbitrary(), AlliancesGenerators.ImpreciseDates.ToArbitrary(), (a, b) =>
            (ImpreciseDate.DisplayOrder.Compare(a, b) == 0) == a.Equals(b)
            && Math.Sign(ImpreciseDate.DisplayOrder.Compare(a, b)) == -Math.Sign(ImpreciseDate.DisplayOrder.Compare(b, a)));
}

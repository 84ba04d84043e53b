using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Tests.Dates;

public class ExactDayTest
{
    [Fact]
    public void PossibleDays_IsTheDayItself()
    {
        var date = new ExactDay(new LocalDate(2020, 7, 8));

        date.Precision.Should().Be(DatePrecision.Day);
        date.Day.Should().Be(new LocalDate(2020, 7, 8));
        date.Earliest.Should().Be(new LocalDate(2020, 7, 8));
        date.Latest.Should().Be(new LocalDate(2020, 7, 8));
        date.PossibleDays.Length.Should().Be(1);
        date.IsToBeConfirmed.Should().BeFalse();
    }

    [Fact]
    public void ToBeConfirmed_KeepsItsDayAndSaysSo()
    {
        var tentative = new ExactDay(new LocalDate(2020, 7, 8), isToBeConfirmed: true);

        tentative.IsToBeConfirmed.Should().BeTrue();
        tentative.Day.Should().Be(new LocalDate(2020, 7, 8));
        tentative.PossibleDays.Length.Should().Be(1);
        tentative.ToEdtf().Should().Be("2020-07-08?");
        tentative.ToNaturalText(Language.French).Should().Be("8 juillet 2020 (date à définir)");
    }

    [Fact]
    public void ToBeConfirmed_ConfirmedOnItsDay_IsTheSameDaySettled()
    {
        var tentative = new ExactDay(new LocalDate(2020, 7, 8), isToBeConfirmed: true);

        var settled = tentative.Confirm(new LocalDate(2020, 7, 8));

        settled.Should().Be(new ExactDay(new LocalDate(2020, 7, 8)));
        settled.IsToBeConfirmed.Should().BeFalse();
        Expect.Violation(() => tentative.Confirm(new LocalDate(2020, 7, 9)), Rules.ConfirmWithinPossibleDays);
    }

    [Fact]
    public void Equality_ComparesTheDayAndTheConfirmation()
    {
        var day = new ExactDay(new LocalDate(2020, 7, 8));
        var same = new ExactDay(new LocalDate(2020, 7, 8));

        day.Should().Be(same);
        (day == same).Should().BeTrue();
        day.GetHashCode().Should().Be(same.GetHashCode());
        day.Should().NotBe(new ExactDay(new LocalDate(2020, 7, 9)));
        day.Should().NotBe(new ExactDay(new LocalDate(2020, 7, 8), isToBeConfirmed: true));
        (day != new ExactDay(new LocalDate(2020, 7, 8), isToBeConfirmed: true)).Should().BeTrue();
    }

    /// <summary>DAT002: years 1 and 9999 are the last valid values. NodaTime has no year 10000, so year 0 is the only first invalid one.</summary>
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Constructor_FirstOrLastDayOfTheCalendar_IsValid(int year, int month, int day) =>
        new ExactDay(new LocalDate(year, month, day)).Day.Should().Be(new LocalDate(year, month, day));

    [Theory]
    [InlineData(0, 12, 31)]
    [InlineData(-9998, 1, 1)]
    public void Constructor_YearBeforeOne_BreaksDAT002(int year, int month, int day) =>
        Expect.Violation(() => _ = new ExactDay(new LocalDate(year, month, day)), Rules.YearInRange);

    [Fact]
    public void Constructor_ToBeConfirmedBeforeYearOne_BreaksDAT002Too() =>
        Expect.Violation(() => _ = new ExactDay(new LocalDate(0, 12, 31), isToBeConfirmed: true), Rules.YearInRange);
}

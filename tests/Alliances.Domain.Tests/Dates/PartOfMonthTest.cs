using NodaTime;

namespace Alliances.Domain.Tests.Dates;

public class PartOfMonthTest
{
    [Theory]
    [InlineData(2020, 6, MonthPart.Early, 1, 10)]
    [InlineData(2020, 6, MonthPart.Mid, 11, 20)]
    [InlineData(2020, 6, MonthPart.Late, 21, 30)]
    [InlineData(2020, 8, MonthPart.Late, 21, 31)]
    [InlineData(2020, 2, MonthPart.Late, 21, 29)]
    [InlineData(2021, 2, MonthPart.Late, 21, 28)]
    public void PossibleDays_FollowTheThirdsOfTheMonth(int year, int month, MonthPart part, int first, int last)
    {
        var date = new PartOfMonth(new YearMonth(year, month), part);

        date.Precision.Should().Be(DatePrecision.PartOfMonth);
        date.Earliest.Should().Be(new LocalDate(year, month, first));
        date.Latest.Should().Be(new LocalDate(year, month, last));
    }

    [Fact]
    public void Constructor_UndefinedPart_Throws() =>
        FluentActions.Invoking(() => new PartOfMonth(new YearMonth(2020, 6), (MonthPart)3))
            .Should().Throw<ArgumentOutOfRangeException>();
}

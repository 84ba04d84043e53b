using NodaTime;

namespace Alliances.Domain.Tests.Dates;

public class WholeMonthTest
{
    [Theory]
    [InlineData(2020, 2, 29)]
    [InlineData(2021, 2, 28)]
    [InlineData(2019, 10, 31)]
    public void PossibleDays_CoverTheMonth(int year, int month, int lastDay)
    {
        var date = new WholeMonth(new YearMonth(year, month));

        date.Precision.Should().Be(DatePrecision.Month);
        date.Earliest.Should().Be(new LocalDate(year, month, 1));
        date.Latest.Should().Be(new LocalDate(year, month, lastDay));
    }
}

using Alliances.Domain.Dates;
using NodaTime;

namespace Alliances.Domain.Tests.Dates;

public class ExactDayTest
{
    [Fact]
    public void PossibleDays_IsTheDayItself()
    {
        var date = new ExactDay(new LocalDate(2020, 7, 8));

        date.Precision.Should().Be(DatePrecision.Day);
        date.Earliest.Should().Be(new LocalDate(2020, 7, 8));
        date.Latest.Should().Be(new LocalDate(2020, 7, 8));
        date.PossibleDays.Length.Should().Be(1);
        date.IsToBeConfirmed.Should().BeFalse();
    }
}

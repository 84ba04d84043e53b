using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Tests.Dates;

public class WholeYearTest
{
    [Fact]
    public void PossibleDays_CoverTheYear()
    {
        var date = new WholeYear(2022);

        date.Precision.Should().Be(DatePrecision.Year);
        date.Earliest.Should().Be(new LocalDate(2022, 1, 1));
        date.Latest.Should().Be(new LocalDate(2022, 12, 31));
        date.PossibleDays.Length.Should().Be(365);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void Constructor_YearAtEitherEnd_IsValid(int year) => new WholeYear(year).Year.Should().Be(year);

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Constructor_YearOutsideRange_BreaksDAT002(int year) =>
        Expect.Violation(() => _ = new WholeYear(year), Rules.YearInRange);
}

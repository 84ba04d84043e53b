using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Tests.Dates;

public class DaySpanTest
{
    [Fact]
    public void Constructor_TwoConsecutiveDays_IsTheShortestSpan()
    {
        var span = new DaySpan(new LocalDate(2020, 9, 3), new LocalDate(2020, 9, 4));

        span.Precision.Should().Be(DatePrecision.DaySpan);
        span.Earliest.Should().Be(new LocalDate(2020, 9, 3));
        span.Latest.Should().Be(new LocalDate(2020, 9, 4));
        span.Length.Should().Be(2);
    }

    [Fact]
    public void Constructor_SameDayTwice_BreaksDAT001() =>
        Expect.Violation(() => _ = new DaySpan(new LocalDate(2020, 9, 3), new LocalDate(2020, 9, 3)), Rules.SpanOrdered);

    [Fact]
    public void Constructor_LastBeforeFirst_BreaksDAT001() =>
        Expect.Violation(() => _ = new DaySpan(new LocalDate(2020, 9, 4), new LocalDate(2020, 9, 3)), Rules.SpanOrdered);
}

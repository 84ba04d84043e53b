using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests.Quantities;

public class ApproximateCountTest
{
    [Fact]
    public void Constructor_Zero_IsTheLastValidValue() => ApproximateCount.Exactly(0).Value.Should().Be(0);

    [Fact]
    public void Constructor_Negative_BreaksCNT001() =>
        Expect.Violation(() => ApproximateCount.About(-1), Rules.CountNotNegative);

    [Fact]
    public void ToString_MarksApproximateCounts()
    {
        ApproximateCount.About(100).ToString().Should().Be("~100");
        ApproximateCount.Exactly(50).ToString().Should().Be("50");
    }

    [Fact]
    public void Equality_IncludesApproximation() =>
        ApproximateCount.About(100).Should().NotBe(ApproximateCount.Exactly(100));
}

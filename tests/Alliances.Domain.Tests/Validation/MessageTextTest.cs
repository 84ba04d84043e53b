using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests.Validation;

/// <summary>The one helper through which messages quote input, and the bounds it keeps.</summary>
public class MessageTextTest
{
    [Fact]
    public void Quote_ShortText_IsKeptWhole() =>
        MessageText.Quote(new string('a', 64)).Should().Be(new string('a', 64));

    [Fact]
    public void Quote_LongText_KeepsItsFirst64CharactersAndAnEllipsis() =>
        MessageText.Quote(new string('a', 10_000_000)).Should().Be(new string('a', 64) + "…");

    [Fact]
    public void Quote_NeverSplitsASurrogatePair() =>
        MessageText.Quote(new string('a', 63) + "😀" + "b").Should().Be(new string('a', 63) + "…");

    [Fact]
    public void Numbers_UpToTen_AreAllListed() =>
        MessageText.Numbers([.. Enumerable.Range(1, 10)]).Should().Be("1, 2, 3, 4, 5, 6, 7, 8, 9, 10");

    [Fact]
    public void Numbers_BeyondTen_AreCountedWithThousandsSeparated() =>
        MessageText.Numbers([.. Enumerable.Range(1, 10_007)]).Should().Be("1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 9,997 more");

    [Fact]
    public void Foreign_QuotedPartsAreShortened() =>
        MessageText.Foreign($"The JSON property '{new string('x', 1_000_000)}' could not be mapped to any .NET member contained in type 'T'.")
            .Should().Be($"The JSON property '{new string('x', 64)}…' could not be mapped to any .NET member contained in type 'T'.");

    [Fact]
    public void Foreign_WithoutQuotes_IsHeldUnderTheCeiling() =>
        MessageText.Foreign(new string('x', 1_000_000)).Length.Should().Be(MessageText.MessageLength + 1);
}

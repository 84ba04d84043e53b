using Alliances.Domain.Testing;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Territories;

/// <summary>Rule TER001 and the equality, ordering and <c>default</c> of a territory code.</summary>
public class TerritoryCodeTest
{
    [Theory]
    [InlineData("2A")]
    [InlineData("971")]
    [InlineData("FR-IDF")]
    [InlineData("75")]
    [InlineData("-")]
    public void Constructor_LettersDigitsAndHyphens_IsTheCode(string text) =>
        new TerritoryCode(text).Value.Should().Be(text);

    [Fact]
    public void Constructor_SixteenCharacters_IsTheLastValidValue() =>
        new TerritoryCode("FR-IDF-75-PARIS1").Value.Should().HaveLength(16);

    [Theory]
    [InlineData("")]
    [InlineData("FR-IDF-75-PARIS12")]
    [InlineData("2 A")]
    [InlineData("é")]
    [InlineData("75 ")]
    [InlineData("2A\0")]
    [InlineData("FR_IDF")]
    [InlineData("٣")]
    public void Constructor_NotACode_BreaksTER001(string text)
    {
        var broken = Expect.Violation(() => _ = new TerritoryCode(text), Rules.TerritoryCodeFormat);

        broken.ParamName.Should().Be("value");
        broken.Message.Should().Contain($"got '{text}'");
    }

    [Fact]
    public void Constructor_Null_Throws() =>
        FluentActions.Invoking(() => new TerritoryCode(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Conversions_GoBothWays()
    {
        string text = new TerritoryCode("2A");
        var code = (TerritoryCode)"971";

        text.Should().Be("2A");
        code.Value.Should().Be("971");
        TerritoryCode.FromString("FR-IDF").ToString().Should().Be("FR-IDF");
    }

    [Fact]
    public void ExplicitConversion_FromACodeWithASpace_BreaksTER001() =>
        Expect.Violation(() => _ = (TerritoryCode)"2 A", Rules.TerritoryCodeFormat);

    [Fact]
    public void Equality_IsOrdinal_CaseIncluded()
    {
        (new TerritoryCode("2A") == new TerritoryCode("2A")).Should().BeTrue();
        (new TerritoryCode("2A") != new TerritoryCode("2a")).Should().BeTrue();
        new TerritoryCode("2A").Equals((object)new TerritoryCode("2A")).Should().BeTrue();
        new TerritoryCode("2A").Equals("2A").Should().BeFalse("a code equals only a code");
    }

    [Fact]
    public void Ordering_IsOrdinal()
    {
        TerritoryCode[] codes = [new("971"), new("59"), new("2B"), new("13"), new("2A"), new("FR-IDF"), new("01")];

        codes.Order().Select(c => c.Value).Should().Equal("01", "13", "2A", "2B", "59", "971", "FR-IDF");
        (new TerritoryCode("2A") < new TerritoryCode("2a")).Should().BeTrue("upper case sorts before lower case, ordinally");
        (new TerritoryCode("13") <= new TerritoryCode("13")).Should().BeTrue();
        (new TerritoryCode("59") > new TerritoryCode("2A")).Should().BeTrue();
        (new TerritoryCode("59") >= new TerritoryCode("971")).Should().BeFalse();
    }

    [Fact]
    public void CompareTo_AnObjectOfAnotherType_Throws()
    {
        IComparable code = new TerritoryCode("2A");

        code.CompareTo(null).Should().BePositive();
        code.CompareTo(new TerritoryCode("2A")).Should().Be(0);
        FluentActions.Invoking(() => code.CompareTo("2A")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Default_HoldsNoCode_AndWritesAsTheEmptyString()
    {
        var none = default(TerritoryCode);

        none.Value.Should().BeEmpty();
        none.ToString().Should().BeEmpty();
        $"[{none}]".Should().Be("[]");
        TerritoryCode.TryParse(none.ToString(), null, out _).Should().BeFalse("the empty text is no code");
    }

    [Fact]
    public void Default_EqualsOnlyItself_AndSortsFirst()
    {
        var none = default(TerritoryCode);

        (none == default(TerritoryCode)).Should().BeTrue();
        none.GetHashCode().Should().Be(default(TerritoryCode).GetHashCode());
        (none == new TerritoryCode("0")).Should().BeFalse();
        (none < new TerritoryCode("-")).Should().BeTrue();
    }

    [Property]
    public Property EqualityContract_HoldsForAnyTwoCodes() =>
        Prop.ForAll(Pairs.ToArbitrary(), pair =>
        {
            var (left, right) = pair;
            var equal = left.Equals(right);
            return equal == (left == right)
                && equal != (left != right)
                && equal == (left.CompareTo(right) == 0)
                && equal == string.Equals(left.Value, right.Value, StringComparison.Ordinal)
                && (!equal || left.GetHashCode() == right.GetHashCode())
                && Math.Sign(left.CompareTo(right)) == -Math.Sign(right.CompareTo(left))
                && Math.Sign(left.CompareTo(right)) == Math.Sign(string.CompareOrdinal(left.Value, right.Value))
                && (left < right) == (left.CompareTo(right) < 0)
                && (left >= right) == !(left < right);
        });

    /// <summary>Pairs of codes, often equal, sometimes differing only by case, sometimes <c>default</c>.</summary>
    private static Gen<(TerritoryCode, TerritoryCode)> Pairs =>
        from left in Codes
        from right in Gen.Frequency(
            (3, Codes),
            (2, Gen.Constant(left)),
            (1, Gen.Constant(left == default ? left : new TerritoryCode(left.Value.ToLowerInvariant()))))
        select (left, right);

    private static Gen<TerritoryCode> Codes => Gen.Frequency((9, AlliancesGenerators.TerritoryCodes), (1, Gen.Constant(default(TerritoryCode))));
}

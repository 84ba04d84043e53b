using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Collections;

public class ValueListTest
{
    [Fact]
    public void Equals_SameElementsInSameOrder_IsTrue()
    {
        ValueList<string> first = ["a", "b"];
        ValueList<string> second = ["a", "b"];

        first.Equals(second).Should().BeTrue();
        (first == second).Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentOrder_IsFalse()
    {
        ValueList<string> first = ["a", "b"];
        ValueList<string> second = ["b", "a"];

        (first != second).Should().BeTrue();
    }

    [Fact]
    public void Default_IsEmptyAndEqualToEmptyLiteral()
    {
        ValueList<int> none = default;
        ValueList<int> empty = [];

        none.Count.Should().Be(0);
        none.IsEmpty.Should().BeTrue();
        none.Equals(empty).Should().BeTrue();
        (none == empty).Should().BeTrue();
        none.AsSpan().Length.Should().Be(0);
        none.Select(x => x).Should().BeEmpty();
        none.ToString().Should().Be("[]");
    }

    [Fact]
    public void CreateRange_CopiesTheSource()
    {
        var source = new List<int> { 1, 2 };

        var list = ValueList.CreateRange(source);
        source.Add(3);

        list.Should().Equal(1, 2);
    }

    [Fact]
    public void CreateRange_OfAnImmutableArray_WrapsItWithoutCopying()
    {
        var source = System.Collections.Immutable.ImmutableArray.Create(1, 2);

        var list = ValueList.CreateRange(source);

        (list.AsImmutableArray() == source).Should().BeTrue("the array is immutable already, so the list shares it");
        ValueList.CreateRange(default(System.Collections.Immutable.ImmutableArray<int>)).Should().BeEmpty();
    }

    [Fact]
    public void RecordHoldingLists_ComparesListsByValue()
    {
        var first = new Holder(["x", "y"]);
        var second = new Holder(["x", "y"]);

        first.Should().Be(second);
    }

    [Property]
    public Property Equality_IsReflexiveSymmetricAndAgreesWithHashCode() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Choose(0, 5)).Select(l => ValueList.CreateRange(l)).ToArbitrary(),
            Gen.ListOf(Gen.Choose(0, 5)).Select(l => ValueList.CreateRange(l)).ToArbitrary(),
            (a, b) =>
            {
                var equal = a.Equals(b);
                return a.Equals(a)
                    && equal == b.Equals(a)
                    && equal == a.SequenceEqual(b)
                    && (!equal || a.GetHashCode() == b.GetHashCode());
            });

    private sealed record Holder(ValueList<string> Items);

    [Fact]
    public void ToString_ListsTheItemsInBrackets()
    {
        ValueList.Create<int>([1, 2, 3]).ToString().Should().Be("[1, 2, 3]");
        ValueList.Create<int>([]).ToString().Should().Be("[]");
    }
}

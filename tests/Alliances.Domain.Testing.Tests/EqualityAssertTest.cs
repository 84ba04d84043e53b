using NodaTime;

namespace Alliances.Domain.Testing.Tests;

public class EqualityAssertTest
{
    [Fact]
    public void Holds_ForTheLibrarysValues_Passes()
    {
        EqualityAssert.Holds(new MeasureNumber(9), new MeasureNumber(9), new MeasureNumber(10), new MeasureNumber(1));
        EqualityAssert.Holds(new LocalizedText("Pilotage", "Steering"), new LocalizedText("Pilotage", "Steering"), new LocalizedText("Pilotage"));
        EqualityAssert.HoldsOrdering(new TerritoryCode("2A"), new TerritoryCode("2A"), new TerritoryCode("59"));
        EqualityAssert.HoldsOrdering(Percentage.Zero, new Percentage(0), Percentage.Full);
    }

    [Fact]
    public void Holds_ForAnAbstractRecord_ComparesAcrossItsCases()
    {
        var june = new YearMonth(2020, 6);

        EqualityAssert.Holds<ImpreciseDate>(ImpreciseDate.InMonth(june), ImpreciseDate.InMonth(june), ImpreciseDate.InPartOf(june, MonthPart.Early), ImpreciseDate.On(new LocalDate(2020, 6, 1)));
    }

    [Fact]
    public void Holds_ForAWellBehavedType_Passes()
    {
        EqualityAssert.Holds(new Sound(1, 2), new Sound(1, 2), new Sound(1, 3), new Sound(2, 2));
        EqualityAssert.HoldsOrdering(new Sound(1, 2), new Sound(1, 2), new Sound(1, 3));
    }

    [Fact]
    public void Holds_WhenEqualValuesHashApart_Fails()
    {
        var act = () => EqualityAssert.Holds(new HashByInstance(1), new HashByInstance(1), new HashByInstance(2));

        act.Should().Throw<EqualityAssertionException>()
            .WithMessage("HashByInstance breaks the contract of equality:*value.GetHashCode() is * but equalValue.GetHashCode() is *; equal values have equal hash codes*value: #1*equalValue: #1*differentValues[0]: #2");
    }

    [Fact]
    public void Holds_WhenTheOperatorComparesReferences_Fails()
    {
        var act = () => EqualityAssert.Holds(new ReferenceOperators(1), new ReferenceOperators(1), new ReferenceOperators(2));

        act.Should().Throw<EqualityAssertionException>()
            .Which.Message.Should().Contain("- value == equalValue is false").And.Contain("- value != equalValue is true")
            .And.NotContain("value.Equals");
    }

    [Fact]
    public void Holds_WhenIEquatableDisagreesWithObjectEquals_Fails()
    {
        var act = () => EqualityAssert.Holds(new EquatableOnly(1), new EquatableOnly(1), new EquatableOnly(2));

        act.Should().Throw<EqualityAssertionException>()
            .Which.Message.Should().Contain("- value.Equals((object)equalValue) is false").And.NotContain("- value.Equals(equalValue)");
    }

    [Fact]
    public void Holds_WhenEqualsOfNullThrows_Fails()
    {
        var act = () => EqualityAssert.Holds(new NullUnsafe("a"), new NullUnsafe("a"), new NullUnsafe("b"));

        act.Should().Throw<EqualityAssertionException>()
            .WithMessage("*value.Equals((NullUnsafe)null) throws NullReferenceException*")
            .Which.Message.Should().Contain("null == value throws NullReferenceException");
    }

    [Fact]
    public void Holds_WhenABaseTypesEqualsIgnoresTheDerivedFields_Fails()
    {
        var act = () => EqualityAssert.Holds(new Derived(1, "a"), new Derived(1, "a"), new Derived(1, "b"));

        act.Should().Throw<EqualityAssertionException>()
            .Which.Message.Should().Contain("- ((IEquatable<Base>)value).Equals(differentValues[0]) is true")
            .And.Contain("- value == differentValues[0] (the operator of Base) is true");
    }

    [Fact]
    public void Holds_WhenCompareToIgnoresAField_Fails()
    {
        var act = () => EqualityAssert.Holds(new CoarseOrder(1, 2), new CoarseOrder(1, 2), new CoarseOrder(1, 3));

        act.Should().Throw<EqualityAssertionException>()
            .Which.Message.Should().Contain("- value.CompareTo(differentValues[0]) is 0, but the values are not equal");
    }

    [Fact]
    public void Holds_WhenCompareToIsNotAntisymmetric_Fails()
    {
        var act = () => EqualityAssert.Holds(new AlwaysLess(1), new AlwaysLess(1), new AlwaysLess(2));

        act.Should().Throw<EqualityAssertionException>()
            .Which.Message.Should().Contain("value.CompareTo(differentValues[0]) is -1 but differentValues[0].CompareTo(value) is -1");
    }

    [Fact]
    public void HoldsOrdering_WhenAnOperatorPointsTheWrongWay_Fails()
    {
        var act = () => EqualityAssert.HoldsOrdering(new BackwardsLessThan(1), new BackwardsLessThan(1), new BackwardsLessThan(2));

        act.Should().Throw<EqualityAssertionException>()
            .WithMessage("BackwardsLessThan breaks the contract of ordering:*")
            .Which.Message.Should().Contain("- value < greaterValue is false").And.Contain("- greaterValue < value is true")
            .And.NotContain("<=");
    }

    [Fact]
    public void HoldsOrdering_WhenTheGreaterValueSortsFirst_Fails()
    {
        var act = () => EqualityAssert.HoldsOrdering(new MeasureNumber(2), new MeasureNumber(2), new MeasureNumber(1));

        act.Should().Throw<EqualityAssertionException>()
            .Which.Message.Should().Contain("- value.CompareTo(greaterValue) is positive, expected negative").And.Contain("- value < greaterValue is false");
    }

    [Fact]
    public void HoldsOrdering_WhenTheUntypedCompareToBreaksItsContract_Fails()
    {
        var act = () => EqualityAssert.HoldsOrdering(new LaxUntypedCompare(1), new LaxUntypedCompare(1), new LaxUntypedCompare(2));

        act.Should().Throw<EqualityAssertionException>()
            .Which.Message.Should().Contain("- value.CompareTo((object)null) throws NullReferenceException")
            .And.Contain("- value.CompareTo(new object()) throws InvalidCastException, expected ArgumentException");
    }

    [Fact]
    public void Holds_GivenOneInstanceTwice_IsAMisuse()
    {
        var text = new LocalizedText("Pilotage");

        FluentActions.Invoking(() => EqualityAssert.Holds(text, text, new LocalizedText("Suivi")))
            .Should().Throw<ArgumentException>().WithParameterName("equalValue");
        FluentActions.Invoking(() => EqualityAssert.Holds(new MeasureNumber(1), new MeasureNumber(1)))
            .Should().Throw<ArgumentException>().WithParameterName("differentValues");
        FluentActions.Invoking(() => EqualityAssert.Holds(text, new LocalizedText("Pilotage"), null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("differentValues");
    }

    /// <summary>A well-behaved value: equality, hash, operators and ordering all compare both fields.</summary>
    private readonly record struct Sound(int Major, int Minor) : IComparable<Sound>, IComparable
    {
        public static bool operator <(Sound left, Sound right) => left.CompareTo(right) < 0;

        public static bool operator >(Sound left, Sound right) => left.CompareTo(right) > 0;

        public static bool operator <=(Sound left, Sound right) => left.CompareTo(right) <= 0;

        public static bool operator >=(Sound left, Sound right) => left.CompareTo(right) >= 0;

        public int CompareTo(Sound other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

        public int CompareTo(object? obj) => obj switch
        {
            null => 1,
            Sound other => CompareTo(other),
            _ => throw new ArgumentException("Not a sound.", nameof(obj)),
        };
    }

    private sealed class HashByInstance(int value) : IEquatable<HashByInstance>
    {
        private static int _instances;
        private readonly int _instance = Interlocked.Increment(ref _instances);

        public int Value { get; } = value;

        public bool Equals(HashByInstance? other) => other is not null && other.Value == Value;

        public override bool Equals(object? obj) => Equals(obj as HashByInstance);

        public override int GetHashCode() => _instance;

        public override string ToString() => $"#{Value}";
    }

    private sealed class ReferenceOperators(int value) : IEquatable<ReferenceOperators>
    {
        public int Value { get; } = value;

        public static bool operator ==(ReferenceOperators? left, ReferenceOperators? right) => ReferenceEquals(left, right);

        public static bool operator !=(ReferenceOperators? left, ReferenceOperators? right) => !ReferenceEquals(left, right);

        public bool Equals(ReferenceOperators? other) => other is not null && other.Value == Value;

        public override bool Equals(object? obj) => Equals(obj as ReferenceOperators);

        public override int GetHashCode() => Value;
    }

#pragma warning disable CA1067 // The point: IEquatable<T> without the matching object.Equals.
    private sealed class EquatableOnly(int value) : IEquatable<EquatableOnly>
    {
        public int Value { get; } = value;

        public bool Equals(EquatableOnly? other) => other is not null && other.Value == Value;

        public override int GetHashCode() => Value;
    }
#pragma warning restore CA1067

    private sealed class NullUnsafe(string value) : IEquatable<NullUnsafe>
    {
        public string Value { get; } = value;

        public static bool operator ==(NullUnsafe? left, NullUnsafe? right) => left!.Equals(right);

        public static bool operator !=(NullUnsafe? left, NullUnsafe? right) => !(left == right);

        public bool Equals(NullUnsafe? other) => other!.Value == Value;

        public override bool Equals(object? obj) => obj is NullUnsafe other && Equals(other);

        public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);
    }

    private class Base(int id) : IEquatable<Base>
    {
        public int Id { get; } = id;

        public static bool operator ==(Base? left, Base? right) => left is null ? right is null : left.Equals(right);

        public static bool operator !=(Base? left, Base? right) => !(left == right);

        public bool Equals(Base? other) => other is not null && other.Id == Id;

        public override bool Equals(object? obj) => obj is Base other && Equals(other);

        public override int GetHashCode() => Id;
    }

    private sealed class Derived(int id, string name) : Base(id), IEquatable<Derived>
    {
        public string Name { get; } = name;

        public bool Equals(Derived? other) => other is not null && other.Id == Id && other.Name == Name;

        public override bool Equals(object? obj) => obj is Derived other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(Id, Name);
    }

    private readonly record struct CoarseOrder(int Major, int Minor) : IComparable<CoarseOrder>
    {
        public int CompareTo(CoarseOrder other) => Major.CompareTo(other.Major);
    }

    private readonly record struct AlwaysLess(int Value) : IComparable<AlwaysLess>
    {
        public int CompareTo(AlwaysLess other) => other.Value == Value ? 0 : -1;
    }

    private readonly record struct BackwardsLessThan(int Value) : IComparable<BackwardsLessThan>
    {
        public static bool operator <(BackwardsLessThan left, BackwardsLessThan right) => left.Value > right.Value;

        public static bool operator >(BackwardsLessThan left, BackwardsLessThan right) => left.Value > right.Value;

        public int CompareTo(BackwardsLessThan other) => Value.CompareTo(other.Value);
    }

    private readonly record struct LaxUntypedCompare(int Value) : IComparable<LaxUntypedCompare>, IComparable
    {
        public int CompareTo(LaxUntypedCompare other) => Value.CompareTo(other.Value);

        public int CompareTo(object? obj) => CompareTo((LaxUntypedCompare)obj!);
    }
}

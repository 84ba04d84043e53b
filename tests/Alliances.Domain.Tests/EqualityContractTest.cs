using Alliances.Domain.Testing;
using Alliances.Domain.Tests.Support;

namespace Alliances.Domain.Tests;

/// <summary>
/// Every public value type and record of the library, and every class with value equality, keeps the contract of
/// equality, and of ordering where it is ordered, checked with <see cref="EqualityAssert"/> on the samples of
/// <see cref="ValueSamples"/>.
/// </summary>
public class EqualityContractTest
{
    private static readonly Type[] ValueTypesAndRecords = typeof(Programme).Assembly.GetExportedTypes()
        .Where(t => !t.IsEnum && !t.IsInterface && (t.IsValueType || IsRecord(t) || IsEquatable(t)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<Type> Types() => new(ValueTypesAndRecords);

    public static TheoryData<Type> Structs() => new(ValueTypesAndRecords.Where(t => t.IsValueType));

    [Theory]
    [MemberData(nameof(Types))]
    public void ValueTypeOrRecord_KeepsTheEqualityContract(Type type)
    {
        ValueSamples.ByType.Should().ContainKey(type, $"every public value type and record has samples in {nameof(ValueSamples)}, and {type.Name} has none");

        var sample = ValueSamples.ByType[type];
        var ordered = type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IComparable<>) && i.GetGenericArguments()[0] == type);
        sample.ChecksOrdering.Should().Be(ordered, $"{type.Name}'s samples check its ordering exactly when it is ordered");

        sample.HoldsTheContract();
    }

    [Theory]
    [MemberData(nameof(Structs))]
    public void PublicStruct_DefaultKeepsTheEqualityContract(Type type)
    {
        ValueSamples.ByType.Should().ContainKey(type);

        ValueSamples.ByType[type].DefaultHoldsTheContract();
    }

    [Fact]
    public void Samples_AreOfPublicValueTypesAndRecords()
    {
        ValueSamples.ByType.Keys.Should().BeSubsetOf(ValueTypesAndRecords);
    }

    [Fact]
    public void Types_IncludeEveryKind()
    {
        ValueTypesAndRecords.Should().Contain([
            typeof(Domain.MeasureNumber),
            typeof(Domain.Progress.MeasureWeight),
            typeof(Domain.ValueList<>),
            typeof(Domain.ImpreciseDate),
            typeof(Domain.ExactDay),
            typeof(Programme),
            typeof(Domain.Progress.Ledger),
            typeof(Domain.Validation.Rule),
        ]);
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    private static bool IsEquatable(Type type) => type.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(type));
}

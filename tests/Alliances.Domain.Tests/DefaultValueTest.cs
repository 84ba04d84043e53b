using System.Reflection;
using System.Xml.Linq;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Testing;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests;

/// <summary>
/// <c>default(T)</c> of every public struct, which no constructor checks, is either a valid value or not a value at all,
/// refused wherever one is required; and the struct's docs say which.
/// </summary>
public class DefaultValueTest
{
    /// <summary>The structs whose default is not a value, with the rule that refuses it wherever a value is required.</summary>
    private static readonly Dictionary<Type, string> NotAValue = new()
    {
        [typeof(TerritoryCode)] = "TER001",
        [typeof(TerritoryWeight)] = "TER001",
    };

    private static readonly Type[] PublicStructs = typeof(Odd17).Assembly.GetExportedTypes()
        .Where(t => t.IsValueType && !t.IsEnum)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    private static readonly Lazy<XDocument> XmlDocs = new(() =>
        XDocument.Load(Path.ChangeExtension(typeof(Odd17).Assembly.Location, ".xml")));

    public static TheoryData<Type> Structs() => new(PublicStructs);

    /// <summary>The structs that a public constructor builds from the values of their properties.</summary>
    public static TheoryData<Type> StructsBuiltFromTheirParts() => new(BuiltFromTheirParts);

    private static IEnumerable<Type> BuiltFromTheirParts => PublicStructs.Where(t => PartsConstructor(t) is not null);

    [Theory]
    [MemberData(nameof(Structs))]
    public void PublicStruct_SaysWhatItsDefaultIs(Type type)
    {
        var name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
        var docs = XmlDocs.Value.Descendants("member").Single(m => (string?)m.Attribute("name") == "T:" + type.FullName);

        docs.Value.Should().Contain($"default({name}", $"the docs of {name} say what its default is");
        if (NotAValue.ContainsKey(type))
        {
            docs.Value.Should().Contain("refuse", $"the docs of {name} say its default is refused");
        }
    }

    [Theory]
    [MemberData(nameof(Structs))]
    public void PublicStruct_DefaultReadsWithoutFailureOrNull(Type type)
    {
        var value = Activator.CreateInstance(Closed(type))!;
        var nullability = new NullabilityInfoContext();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var read = () => property.GetValue(value);

            var result = read.Should().NotThrow($"default({type.Name}).{property.Name} can be read").Subject;
            if (!property.PropertyType.IsValueType && nullability.Create(property).ReadState == NullabilityState.NotNull)
            {
                result.Should().NotBeNull($"default({type.Name}).{property.Name} is declared not null");
            }
        }
    }

    [Theory]
    [MemberData(nameof(StructsBuiltFromTheirParts))]
    public void PublicStruct_DefaultIsBuiltFromItsParts_UnlessItIsNotAValue(Type type)
    {
        var value = Activator.CreateInstance(type)!;
        var constructor = PartsConstructor(type)!;
        var parts = constructor.GetParameters().Select(p => Property(type, p.Name!)!.GetValue(value)).ToArray();

        var build = () => constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, parts, null);

        if (NotAValue.TryGetValue(type, out var rule))
        {
            build.Should().Throw<RuleViolationException>().Which.Rule.Code.Should().Be(rule);
        }
        else
        {
            build.Should().NotThrow().Subject.Should().Be(value, $"default({type.Name}) is the value its parts build");
        }
    }

    [Fact]
    public void StructsBuiltFromTheirParts_AreTheValuesAUserBuilds()
    {
        BuiltFromTheirParts.Should().BeEquivalentTo([
            typeof(MeasureNumber), typeof(Percentage), typeof(ApproximateCount), typeof(EffectHorizon), typeof(TerritoryCode),
            typeof(IndicatorPoint), typeof(MeasureWeight), typeof(DimensionWeight), typeof(TerritoryWeight),
        ]);
    }

    [Fact]
    public void DefaultWeights_WeighOne_AsWhatIsNotListed()
    {
        default(MeasureWeight).Weight.Should().Be(ProgressOptions.Default.WeightOf(new MeasureNumber(1)));
        default(DimensionWeight).Weight.Should().Be(ProgressOptions.Default.WeightOf(DimensionKind.Operational));
        default(TerritoryWeight).Weight.Should().Be(1);
        default(DimensionProgress).Weight.Should().Be(1);
    }

    [Fact]
    public void DefaultTerritoryWeight_IsRefusedByAPortfolio()
    {
        var ledger = Ledger.ForTerritory(Odd17.Programme, FrenchDepartements.All[0]);

        Expect.Codes(Portfolio.Validate(new PortfolioDraft { Ledgers = [ledger], Weights = [default] }), "POR001");
    }

    [Fact]
    public void DefaultValueList_IsTheEmptyList()
    {
        ValueList<MeasureNumber> one = [new MeasureNumber(1)];

        EqualityAssert.Holds<ValueList<MeasureNumber>>(default, [], one);
    }

    /// <summary>Closes a generic struct over an element type, for the one generic struct, <see cref="ValueList{T}"/>.</summary>
    private static Type Closed(Type type) => type.IsGenericTypeDefinition ? type.MakeGenericType(typeof(MeasureNumber)) : type;

    /// <summary>Finds the public constructor whose parameters are the struct's properties, by name.</summary>
    private static ConstructorInfo? PartsConstructor(Type type) =>
        type.IsGenericTypeDefinition ? null : type.GetConstructors().SingleOrDefault(c => c.GetParameters() is { Length: > 0 } parameters && parameters.All(p => Property(type, p.Name!) is { } property && property.PropertyType == p.ParameterType));

    private static PropertyInfo? Property(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
}

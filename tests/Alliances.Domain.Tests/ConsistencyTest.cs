using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Alliances.Domain.Tests;

/// <summary>Rules that hold over every public type of the library, checked by reflection.</summary>
public class ConsistencyTest
{
    private static readonly Type[] PublicTypes = typeof(Programme).Assembly.GetExportedTypes();

    /// <summary>
    /// Types meant to be set through object initializers, immutable once built: drafts (unvalidated input) and options.
    /// </summary>
    private static readonly Type[] InitOnlyInputs = [typeof(ProgrammeDraft), typeof(Domain.Progress.LedgerDraft), typeof(PortfolioDraft), typeof(Domain.Progress.ProgressOptions), typeof(Domain.Serialization.DocumentReadOptions)];

    /// <summary>Every public type but enums, interfaces, static classes and exceptions.</summary>
    /// <remarks>Exceptions inherit settable members (HelpLink, Source) from System.Exception; they are not model types.</remarks>
    private static readonly Type[] Models = [.. PublicTypes.Where(t => !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed) && !typeof(Exception).IsAssignableFrom(t))];

    public static TheoryData<Type> ModelTypes() => [.. Models];

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void PublicType_ExposesNoSetter(Type type)
    {
        var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Where(p => !(InitOnlyInputs.Contains(type) && IsInitOnly(p)))
            .Select(p => p.Name);

        settable.Should().BeEmpty($"{type.Name} is immutable");
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void PublicType_ExposesNoMutableCollection(Type type)
    {
        var mutable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(p => p.GetIndexParameters().Length == 0 && IsMutableCollection(p.PropertyType))
            .Select(p => $"{p.Name}: {p.PropertyType.Name}");

        mutable.Should().BeEmpty($"{type.Name} exposes only immutable collections");
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void PublicType_HasNoPublicField(Type type)
    {
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(f => !f.IsLiteral)
            .Select(f => f.Name);

        fields.Should().BeEmpty($"{type.Name} exposes properties, not fields");
    }

    /// <summary>The model types that implement <see cref="IEquatable{T}"/>: each case asserts, none returns early.</summary>
    public static TheoryData<Type> EquatableTypes() => [.. Models.Where(IsEquatable)];

    /// <summary>The model types with a static <c>Parse</c>: each case asserts, none returns early.</summary>
    public static TheoryData<Type> ParsingTypes() => [.. Models.Where(HasParse)];

    [Theory]
    [MemberData(nameof(EquatableTypes))]
    public void EquatableType_HasEqualityOperators(Type type)
    {
        type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static).Should().NotBeNull($"{type.Name} is equatable");
        type.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static).Should().NotBeNull($"{type.Name} is equatable");
    }

    [Fact]
    public void EquatableAndParsingTypes_AreFoundAtAll()
    {
        Models.Where(IsEquatable).Should().Contain([typeof(Domain.Percentage), typeof(Programme), typeof(Domain.Progress.Ledger)]);
        Models.Where(HasParse).Should().Contain([typeof(Domain.MeasureNumber), typeof(ProgrammeId), typeof(Domain.ImpreciseDate)]);
    }

    [Theory]
    [MemberData(nameof(ParsingTypes))]
    public void TypeWithAParse_IsParsableAndFormattable(Type type)
    {
        type.GetInterfaces().Should().Contain(
            [typeof(ISpanParsable<>).MakeGenericType(type), typeof(ISpanFormattable), typeof(IUtf8SpanFormattable)],
            $"{type.Name} has a text form that web apps bind and print");
    }

    [Fact]
    public void PublicClasses_AreSealedOrAbstract()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName);

        open.Should().BeEmpty();
    }

    [Fact]
    public void PublicTypes_LiveInTheHandfulOfNamespacesUsersThinkIn()
    {
        string[] handful =
        [
            "Alliances.Domain",
            "Alliances.Domain.Catalogue",
            "Alliances.Domain.Progress",
            "Alliances.Domain.Scheduling",
            "Alliances.Domain.Serialization",
            "Alliances.Domain.Validation",
        ];

        PublicTypes.Select(t => t.Namespace).Distinct().Should().BeEquivalentTo(handful);
    }

    private static bool IsEquatable(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>));

    private static bool HasParse(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Any(m => m.Name == "Parse");

    private static bool IsInitOnly(PropertyInfo property) =>
        property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsMutableCollection(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return false;
        }

        if (type.IsArray)
        {
            return true;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(ValueList<>) || definition == typeof(ImmutableArray<>))
            {
                return false;
            }
        }

        var interfaces = type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces();
        return interfaces.Any(i => i == typeof(IList)
            || (i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICollection<>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>))));
    }
}

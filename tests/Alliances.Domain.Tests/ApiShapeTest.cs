using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.RegularExpressions;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Testing;
using Alliances.Domain.Validation;
using NodaTime;
using static Alliances.Domain.Progress.LifecycleStatus;
using static Alliances.Domain.Tests.Support.LedgerFixtures;

namespace Alliances.Domain.Tests;

/// <summary>
/// One shape for the API, held by reflection over the whole library: every aggregate is built by <c>Create</c>,
/// <c>TryCreate</c> and <c>Validate</c> from its draft, and every lookup by measure or territory comes as a throwing
/// form and a <c>TryGet…</c> twin that agree.
/// </summary>
public sealed partial class ApiShapeTest
{
    private static readonly Type[] PublicTypes = typeof(Programme).Assembly.GetExportedTypes();

    /// <summary>
    /// Methods that take a measure number or a territory code without looking it up among an aggregate's own: each says
    /// why it needs no <c>TryGet…</c> twin.
    /// </summary>
    private static readonly HashSet<string> NotALookup =
    [
        // Options hold weights for any measure of any programme; a measure they do not list weighs 1. No key is unknown.
        "ProgressOptions.WeightOf(MeasureNumber)",
    ];

    private static readonly LocalDate AsOf = new(2021, 11, 7);

    private static readonly Portfolio ThreeTerritories =
        new PortfolioBuilder(Odd17.Programme).WithTerritories(FrenchDepartements.Take(3)).Weighted().WithSeed(3).Build();

    /// <summary>An instance of every type that looks up by measure or territory, with the keys it has and lacks.</summary>
    private static readonly Dictionary<Type, object> Instances = new()
    {
        [typeof(Programme)] = Odd17.Programme,
        [typeof(Ledger)] = ThreeTerritories.Ledgers[0],
        [typeof(Portfolio)] = ThreeTerritories,
        [typeof(ProgrammeSchedule)] = Odd17.Programme.Schedule(),
        [typeof(ScheduleSnapshot)] = Odd17.Programme.Schedule().StatusesAt(AsOf),
        [typeof(ProgrammeProgress)] = ThreeTerritories.Ledgers[0].RollupAt(AsOf),
        [typeof(PortfolioProgress)] = ThreeTerritories.RollupAt(AsOf),
        [typeof(ProgressView)] = ProgressView.Of(ThreeTerritories, AsOf),
    };

    private static readonly object[] KnownMeasures = [new MeasureNumber(1), new MeasureNumber(9), new MeasureNumber(21)];

    private static readonly object[] UnknownMeasures = [new MeasureNumber(22), new MeasureNumber(MeasureNumber.MaximumValue)];

    private static readonly object[] KnownTerritories = [.. ThreeTerritories.Ledgers.Select(l => (object)l.Territory!.Code)];

    private static readonly object[] UnknownTerritories = [new TerritoryCode("75"), default(TerritoryCode)];

    private static readonly Type[] AggregateTypes = [typeof(Programme), typeof(Ledger), typeof(Portfolio)];

    public static TheoryData<Type> Aggregates() => [.. AggregateTypes];

    /// <summary>Every lookup pair of the library, as <c>Type.Method</c>: each case asserts, none returns early.</summary>
    public static TheoryData<string> LookupPairs() => [.. Lookups().Select(Name)];

    [Fact]
    public void Aggregates_AreTheTypesWithADraft()
    {
        // An aggregate is what is built from a draft: a public type with a public ToDraft().
        var withADraft = PublicTypes.Where(t => t.GetMethod("ToDraft", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null);

        withADraft.Should().BeEquivalentTo(AggregateTypes);
    }

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void Aggregate_IsBuiltByCreateTryCreateAndValidate_OfOneShape(Type aggregate)
    {
        var draft = aggregate.GetMethod("ToDraft", Type.EmptyTypes)!.ReturnType;
        draft.Name.Should().Be(aggregate.Name + "Draft");

        var create = Single(aggregate, "Create");
        create.ReturnType.Should().Be(aggregate);
        Shape(create).Should().Equal($"{draft.Name} draft");

        var tryCreate = Single(aggregate, "TryCreate");
        tryCreate.ReturnType.Should().Be(typeof(bool));
        Shape(tryCreate).Should().Equal($"{draft.Name} draft", $"out {aggregate.Name} {Camel(aggregate.Name)}", "out ValidationResult result");
        tryCreate.GetParameters()[1].GetCustomAttribute<NotNullWhenAttribute>().Should().NotBeNull().And.Match<NotNullWhenAttribute>(a => a.ReturnValue);

        var validate = Single(aggregate, "Validate");
        validate.ReturnType.Should().Be(typeof(ValidationResult));
        Shape(validate).Should().Equal($"{draft.Name} draft");
    }

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void Draft_IsOnlyData_TheAggregateBuildsAndChecksIt(Type aggregate)
    {
        var draft = aggregate.GetMethod("ToDraft", Type.EmptyTypes)!.ReturnType;

        // A second way to build or check, such as draft.ToProgramme() or draft.Validate(), would be a method of the draft.
        var methods = draft.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name is not ("Equals" or "GetHashCode" or "ToString" or "<Clone>$"))
            .Select(m => m.Name);

        methods.Should().BeEmpty($"{draft.Name} is built and checked by {aggregate.Name}.Create, TryCreate and Validate only");
    }

    [Fact]
    public void Programme_CreateTryCreateAndValidate_GiveEveryViolation()
    {
        var invalid = Odd17.Draft with { Dimensions = [Odd17.Draft.Dimensions[0]], LaunchDate = new LocalDate(2020, 5, 6) };

        OneShape(Odd17.Draft, invalid, Programme.Create, Programme.TryCreate, Programme.Validate);
    }

    [Fact]
    public void Ledger_CreateTryCreateAndValidate_GiveEveryViolation()
    {
        var valid = new LedgerDraft { Programme = Odd17.Programme, Reports = [Report(1, "2020-06-01", InProgress, 10)] };
        var invalid = valid with { Reports = [Report(22, "2020-06-01", InProgress), Report(1, "2020-05-01", InProgress), Report(2, "2020-06-01", Completed), Report(2, "2020-07-01", InProgress)] };

        OneShape(valid, invalid, Ledger.Create, Ledger.TryCreate, Ledger.Validate);
    }

    [Fact]
    public void Portfolio_CreateTryCreateAndValidate_GiveEveryViolation()
    {
        var valid = ThreeTerritories.ToDraft();
        var invalid = valid with { Ledgers = [.. valid.Ledgers, valid.Ledgers[0], LedgerOf()], Weights = [.. valid.Weights, new TerritoryWeight(new TerritoryCode("75"), 2)] };

        OneShape(valid, invalid, Portfolio.Create, Portfolio.TryCreate, Portfolio.Validate);
    }

    [Fact]
    public void Lookups_AreFoundAtAll()
    {
        Lookups().Select(Name).Should().Contain(
        [
            "Programme.GetMeasure", "Ledger.ReportsOf", "Ledger.LatestReport", "Ledger.ProgressOf", "Portfolio.GetLedger",
            "Portfolio.WeightOf", "ProgrammeSchedule.StatusOf", "ScheduleSnapshot.StatusOf", "ProgrammeProgress.GetMeasure",
            "PortfolioProgress.GetTerritory", "PortfolioProgress.GetMeasure", "ProgressView.GetTerritory",
        ]);
    }

    [Fact]
    public void EveryLookupByMeasureOrTerritory_HasATryGetTwin()
    {
        var lookups = KeyedMethods().Where(m => !m.Name.StartsWith("TryGet", StringComparison.Ordinal)).ToList();

        var missing = lookups.Where(m => !NotALookup.Contains(Signature(m)) && TwinOf(m) is null).Select(Signature);
        missing.Should().BeEmpty("a lookup by measure or territory throws KeyNotFoundException for a key the aggregate lacks, and its TryGet… twin returns false instead");
        NotALookup.Should().BeSubsetOf(lookups.Select(Signature), "every exemption names a method that exists");
    }

    [Fact]
    public void EveryTryGetTwin_HasItsThrowingForm()
    {
        var orphans = KeyedMethods()
            .Where(m => m.Name.StartsWith("TryGet", StringComparison.Ordinal))
            .Where(m => !Lookups().Any(pair => pair.TryGet == m))
            .Select(Signature);

        orphans.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(LookupPairs))]
    public void LookupPair_AgreesOnEveryKey(string pair)
    {
        var (get, tryGet) = Lookups().Single(p => Name(p) == pair);
        var instance = Instances[get.DeclaringType!];
        var measures = get.GetParameters().Any(p => p.ParameterType == typeof(MeasureNumber));

        foreach (var key in measures ? KnownMeasures : KnownTerritories)
        {
            var (found, value) = TryGet(tryGet, instance, key);
            found.Should().BeTrue($"{pair} knows {key}");
            value.Should().Be(Get(get, instance, key), $"{pair} and its twin agree on {key}");
        }

        foreach (var key in measures ? UnknownMeasures : UnknownTerritories)
        {
            FluentActions.Invoking(() => Get(get, instance, key)).Should().Throw<KeyNotFoundException>($"{pair} lacks {key}")
                .Which.Message.Should().MatchRegex(UnknownKey());
            var (found, value) = TryGet(tryGet, instance, key);
            found.Should().BeFalse($"{pair} lacks {key}");
            value.Should().Be(Default(tryGet.GetParameters().Single(p => p.IsOut).ParameterType.GetElementType()!));
        }
    }

    /// <summary>Checks the three ways to build an aggregate against each other, on a valid draft and on one with several mistakes.</summary>
    private static void OneShape<TDraft, T>(TDraft valid, TDraft invalid, Func<TDraft, T> create, TryCreate<TDraft, T> tryCreate, Func<TDraft, ValidationResult> validate)
        where T : class
    {
        validate(valid).IsValid.Should().BeTrue();
        tryCreate(valid, out var built, out var result).Should().BeTrue();
        result.IsValid.Should().BeTrue();
        built.Should().Be(create(valid));

        var violations = validate(invalid).Violations;
        violations.Count.Should().BeGreaterThan(1, "the draft holds several mistakes, and every one is reported");
        FluentActions.Invoking(() => create(invalid)).Should().Throw<RuleViolationException>().Which.Violations.Should().Equal(violations);
        tryCreate(invalid, out built, out result).Should().BeFalse();
        built.Should().BeNull();
        result.Violations.Should().Equal(violations);
    }

    private delegate bool TryCreate<TDraft, T>(TDraft draft, [NotNullWhen(true)] out T? value, out ValidationResult result)
        where T : class;

    /// <summary>The public methods of the library that take a measure number or a territory code, but those of the keys' own types.</summary>
    private static IEnumerable<MethodInfo> KeyedMethods() =>
        PublicTypes
            .Where(t => t != typeof(MeasureNumber) && t != typeof(TerritoryCode))
            .Where(t => !typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(t)) // converters write values, they look nothing up
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.Name != "Deconstruct")
            .Where(m => m.GetParameters().Any(p => !p.IsOut && (p.ParameterType == typeof(MeasureNumber) || p.ParameterType == typeof(TerritoryCode))));

    /// <summary>Every lookup and its twin.</summary>
    private static IEnumerable<(MethodInfo Get, MethodInfo TryGet)> Lookups() =>
        KeyedMethods()
            .Where(m => !m.Name.StartsWith("TryGet", StringComparison.Ordinal))
            .Select(m => (Get: m, TryGet: TwinOf(m)))
            .Where(pair => pair.TryGet is not null)
            .Select(pair => (pair.Get, pair.TryGet!));

    /// <summary>
    /// Gets the <c>TryGet…</c> twin of a lookup: <c>TryGetX</c> for <c>X</c> or <c>GetX</c>, returning a <see cref="bool"/>,
    /// with the lookup's parameters in order and one <c>out</c> parameter of the lookup's result type.
    /// </summary>
    private static MethodInfo? TwinOf(MethodInfo lookup)
    {
        var name = "TryGet" + (lookup.Name.StartsWith("Get", StringComparison.Ordinal) ? lookup.Name[3..] : lookup.Name);
        return lookup.DeclaringType!.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name == name && m.ReturnType == typeof(bool))
            .SingleOrDefault(m =>
                m.GetParameters().Count(p => p.IsOut) == 1
                && m.GetParameters().Single(p => p.IsOut).ParameterType.GetElementType() == lookup.ReturnType
                && Shape(m, withOut: false).SequenceEqual(Shape(lookup)));
    }

    private static object? Get(MethodInfo get, object instance, object key)
    {
        try
        {
            return get.Invoke(instance, Arguments(get, key));
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private static (bool Found, object? Value) TryGet(MethodInfo tryGet, object instance, object key)
    {
        var arguments = Arguments(tryGet, key);
        var found = (bool)tryGet.Invoke(instance, arguments)!;
        return (found, arguments[Array.FindIndex(tryGet.GetParameters(), p => p.IsOut)]);
    }

    /// <summary>The key, and for the other parameters the as-of date (a year earlier for <c>from</c>) or <see langword="null"/>.</summary>
    private static object?[] Arguments(MethodInfo method, object key) =>
        [.. method.GetParameters().Select(p =>
            p.IsOut ? null
            : p.ParameterType == key.GetType() ? key
            : p.ParameterType == typeof(LocalDate) ? (p.Name == "from" ? AsOf.PlusYears(-1) : AsOf)
            : (object?)null)];

    private static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    private static MethodInfo Single(Type type, string name)
    {
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => m.Name == name).ToList();
        methods.Should().ContainSingle($"{type.Name} is built one way: one {name}");
        return methods[0];
    }

    private static IEnumerable<string> Shape(MethodInfo method, bool withOut = true) =>
        method.GetParameters()
            .Where(p => withOut || !p.IsOut)
            .Select(p => p.IsOut ? $"out {p.ParameterType.GetElementType()!.Name} {p.Name}" : $"{p.ParameterType.Name} {p.Name}");

    private static string Signature(MethodInfo method) =>
        $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";

    private static string Name((MethodInfo Get, MethodInfo TryGet) pair) => $"{pair.Get.DeclaringType!.Name}.{pair.Get.Name}";

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>The one wording of an unknown key: <c>Programme odd17-2020 has measures 1 to 21; there is no measure 22.</c></summary>
    [GeneratedRegex(@"^[A-Z].* has (measures 1 to \d+|\d+ territor(y|ies)); there is no (measure \d+|territory '[^']*')\.$")]
    private static partial Regex UnknownKey();
}

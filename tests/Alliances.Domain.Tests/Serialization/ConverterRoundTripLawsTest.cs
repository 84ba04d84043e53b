using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using Alliances.Domain.Testing;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using NodaTime;
using Xunit.Abstractions;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>
/// Every type of <see cref="AlliancesJsonContext"/> round-trips byte for byte, for generated values, through every way
/// an app meets it: the front doors (<see cref="ProgrammeJson"/>, <see cref="LedgerJson"/>) where the type has one,
/// <see cref="JsonSerializer"/> with reflection, <see cref="AlliancesJsonContext"/>, and an app's own source-generated
/// context whose records embed contract types. One law, one row per type; each row is its own test case.
/// </summary>
public partial class ConverterRoundTripLawsTest(ITestOutputHelper output)
{
    /// <summary>
    /// The seed every law replays, so that a run gives the same values every time and a failure can be replayed. FsCheck
    /// prints the falsifying value and the way that broke.
    /// </summary>
    private static readonly Replay Seed = new(new Rnd(0x5EED_2024UL, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None);

    /// <summary>
    /// The encoder of the front doors (JsonText.Encoder): French letters and typographic punctuation unescaped. Spelt
    /// here again on purpose: if the library's changes, the comparison with the front doors says so.
    /// </summary>
    private static readonly JavaScriptEncoder FrontDoorEncoder = JavaScriptEncoder.Create(
        UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.GeneralPunctuation);

    /// <summary>Reflection, as an app gets it with no configuration.</summary>
    private static readonly JsonSerializerOptions Reflection = new();

    /// <summary>Reflection with the front doors' encoder.</summary>
    private static readonly JsonSerializerOptions ReflectionWithFrontDoorEncoder = new() { Encoder = FrontDoorEncoder };

    /// <summary>Gets the name of every type of the contract, one test case each.</summary>
    public static TheoryData<string> ContractTypes
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in Laws.Keys)
            {
                data.Add(name);
            }

            return data;
        }
    }

    /// <summary>Gets the name of every enum of the contract.</summary>
    public static TheoryData<string> ContractEnums
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var law in Laws.Values.Where(l => l.Type.IsEnum))
            {
                data.Add(law.Name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ContractTypes))]
    public void ContractType_RoundTripsByteForByte_ThroughFrontDoorReflectionAndSourceGeneration(string type)
    {
        var law = Laws[type];

        law.Check(Replayed(law.Runs), Reflection);

        law.Checked.Should().Be(law.Runs, "every generated value goes through the law");
        output.WriteLine($"{type}: {law.Checked} values, each through {law.Ways}.");
    }

    [Fact]
    public void Table_HasARowForEveryTypeOfTheContext_AndEveryTypeThatNamesAConverter()
    {
        var inContext = typeof(AlliancesJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .ToHashSet();
        var namingAConverter = typeof(Programme).Assembly.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<JsonConverterAttribute>() is not null)
            .ToHashSet();

        // The views are written, never read: ProgressViewTest and ScheduleViewTest hold their laws.
        Type[] views = [typeof(ProgressView), typeof(Alliances.Domain.Scheduling.ScheduleView)];
        Laws.Values.Select(l => l.Type).Concat(views).Should().BeEquivalentTo(inContext);
        namingAConverter.Should().BeSubsetOf(inContext, "a type that names its converter is part of the contract");
    }

    [Fact]
    public void Law_FailsForAConverterThatRounds_AndHoldsForTheLibrarys()
    {
        var rounding = new JsonSerializerOptions { Converters = { new RoundingPercentageConverter() } };
        var law = Laws[nameof(Percentage)];

        var broken = () => law.Check(Replayed(100), rounding);

        broken.Should().Throw<Exception>()
            .WithMessage("*Falsifiable*")
            .WithMessage("*reflection: the value read is not the value written*");
        law.Check(Replayed(100), Reflection);
    }

    [Fact]
    public void Law_FailsForAConverterWhoseWritingDrifts()
    {
        var drifting = new JsonSerializerOptions { Converters = { new DriftingTextConverter() } };
        var law = Laws[nameof(LocalizedText)];

        var broken = () => law.Check(Replayed(100), drifting);

        broken.Should().Throw<Exception>()
            .WithMessage("*Falsifiable*")
            .WithMessage("*writing the value read: the bytes differ*");
    }

    [Fact]
    public void AppRecord_EmbeddingContractTypes_RoundTripsThroughItsOwnContext_AsThroughReflection()
    {
        var records =
            from programme in Values.Programmes
            from ledger in Values.LedgerDocuments
            from next in Values.ImpreciseDates
            from milestone in Values.Milestones.Select(m => (Milestone?)m).Or(Gen.Constant<Milestone?>(null))
            from share in AlliancesGenerators.Percentages.Select(p => (Percentage?)p).Or(Gen.Constant<Percentage?>(null))
            from reports in Gen.ArrayOf(Values.MeasureReports).Select(r => r.Take(5).ToArray())
            from labels in Gen.ArrayOf(Values.Texts).Select(t => t.Take(3).ToArray())
            from place in AlliancesGenerators.Territories
            select new FieldVisit("visite « terrain »", programme, ledger, next, milestone, share, reports, labels.Select((t, i) => (t, i)).ToDictionary(p => $"légende {p.i}", p => p.t), place);
        var checkedCount = 0;

        Check.One(Replayed(30), Prop.ForAll(records.ToArbitrary(), (FieldVisit visit) =>
        {
            var generated = RoundTrip(visit, v => JsonSerializer.SerializeToUtf8Bytes(v, LawsContext.Default.FieldVisit), b => JsonSerializer.Deserialize(b, LawsContext.Default.FieldVisit)!, FieldVisit.Same, "the app's context");
            var reflected = RoundTrip(visit, v => JsonSerializer.SerializeToUtf8Bytes(v, Reflection), b => JsonSerializer.Deserialize<FieldVisit>(b, Reflection)!, FieldVisit.Same, "reflection");
            SameBytes(reflected, generated, "the app's context and reflection");
            using var document = JsonDocument.Parse(generated);
            var root = document.RootElement;
            SameBytes(JsonSerializer.SerializeToUtf8Bytes(visit.Programme, AlliancesJsonContext.Default.Programme), Raw(root, nameof(FieldVisit.Programme)), "the embedded programme and the programme alone");
            SameBytes(JsonSerializer.SerializeToUtf8Bytes(visit.Ledger, AlliancesJsonContext.Default.LedgerDocument), Raw(root, nameof(FieldVisit.Ledger)), "the embedded ledger and the ledger alone");
            SameBytes(JsonSerializer.SerializeToUtf8Bytes(visit.Next, AlliancesJsonContext.Default.ImpreciseDate), Raw(root, nameof(FieldVisit.Next)), "the embedded date and the date alone");
            checkedCount++;
        }));

        checkedCount.Should().Be(30);
    }

    [Theory]
    [MemberData(nameof(ContractEnums))]
    public void ContractEnum_AsADictionaryKey_RoundTrips(string type)
    {
        var law = Laws[type];

        law.KeysRoundTrip();
    }

    [Fact]
    public void Text_WithALoneSurrogate_CannotBeMade_SoEveryTextHasAnExactUtf8Form()
    {
        // A lone surrogate has no UTF-8 form: a writer would put U+FFFD in its place and the text would not read back.
        Expect.Violation(() => new LocalizedText("\uD800"), Rules.TextWellFormed);
        Expect.Violation(() => new LocalizedText("Comité", "Committee \uDC00"), Rules.TextWellFormed);
        Expect.Violation(() => new Organisation("Ifop\uD83D"), Rules.TextWellFormed);

        var text = new LocalizedText("Alliances 🤝", "Alliances 🤝");
        var programme = Programme.Create(Odd17.Draft with { Name = text });
        RoundTrip(text, t => JsonSerializer.SerializeToUtf8Bytes(t, Reflection), b => JsonSerializer.Deserialize<LocalizedText>(b, Reflection)!, Equal, "reflection");
        RoundTrip(programme, p => ProgrammeJson.SerializeToUtf8Bytes(p, indented: false), b => ProgrammeJson.Deserialize(b), Equal, "the front door");
    }

    [Fact]
    public void Programme_WhosePollNestsAnswersAsDeepAsAllowed_RoundTripsThroughTheFrontDoor()
    {
        static PollAnswer Nest(int levels)
        {
            var answer = new PollAnswer(new LocalizedText("x"), Percentage.Full);
            for (var i = 0; i < levels; i++)
            {
                answer = new PollAnswer(new LocalizedText("x"), Percentage.Full, [answer]);
            }

            return answer;
        }

        var poll = new OpinionPoll([new Organisation("p")], new Organisation("c"), new LocalDate(2020, 1, 1), new LocalizedText("x"), new LocalizedText("q"), [Nest(20)]);
        var programme = Programme.Create(Odd17.Draft with { Poll = poll });

        RoundTrip(programme, p => ProgrammeJson.SerializeToUtf8Bytes(p, indented: false), b => ProgrammeJson.Deserialize(b), Equal, "the front door");
        Expect.Violation(() => Nest(21), Rules.PollNestingBounded);
    }

    /// <summary>
    /// The law: write, read, write again. Reading what was written succeeds, gives a value equal to the one written,
    /// and writing it again gives the same bytes. Returns the bytes. A failure to read that is not an
    /// <see cref="AlliancesJsonException"/> surfaces as itself.
    /// </summary>
    private static byte[] RoundTrip<T>(T value, Func<T, byte[]> write, Func<byte[], T> read, Func<T, T, bool> same, string way)
    {
        var first = write(value);
        T back;
        try
        {
            back = read(first);
        }
        catch (AlliancesJsonException e)
        {
            throw new RoundTripLawException($"{way}: what was written does not read back ({e.RuleCode} at {e.Path}): {e.Message}{Environment.NewLine}  JSON: {Shown(first)}", e);
        }

        if (!same(back, value))
        {
            throw new RoundTripLawException(
                $"{way}: the value read is not the value written.{Environment.NewLine}  written: {value}{Environment.NewLine}  read:    {back}{Environment.NewLine}  JSON:    {Shown(first)}");
        }

        SameBytes(first, write(back), $"{way}: writing the value read");
        return first;
    }

    /// <summary>Fails, showing where, when two writings differ by one byte or more.</summary>
    private static void SameBytes(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, string what)
    {
        if (expected.SequenceEqual(actual))
        {
            return;
        }

        var at = expected.CommonPrefixLength(actual);
        var from = Math.Max(0, at - 60);
        throw new RoundTripLawException(
            $"{what}: the bytes differ from byte {at} on.{Environment.NewLine}" +
            $"  expected: …{Encoding.UTF8.GetString(expected[from..Math.Min(expected.Length, at + 60)])}…{Environment.NewLine}" +
            $"  actual:   …{Encoding.UTF8.GetString(actual[from..Math.Min(actual.Length, at + 60)])}…");
    }

    private static string Shown(byte[] json) =>
        json.Length <= 600 ? Encoding.UTF8.GetString(json) : Encoding.UTF8.GetString(json, 0, 600) + $"… ({json.Length} bytes)";

    private static byte[] Raw(JsonElement root, string property) => Encoding.UTF8.GetBytes(root.GetProperty(property).GetRawText());

    private static Config Replayed(int runs) =>
        Config.QuickThrowOnFailure.WithMaxTest(runs).WithReplay(FSharpOption<Replay>.Some(Seed)).WithQuietOnSuccess(true);

    private static bool Equal<T>(T left, T right) => EqualityComparer<T>.Default.Equals(left, right);

    /// <summary>The law's rows, by type name.</summary>
    private static readonly Dictionary<string, ContractLaw> Laws = new ContractLaw[]
    {
        // Values
        Row(Values.MeasureNumbers, AlliancesJsonContext.Default.MeasureNumber),
        Row(AlliancesGenerators.Percentages, AlliancesJsonContext.Default.Percentage),
        Row(Values.ProgrammeIds, AlliancesJsonContext.Default.ProgrammeId),
        Row(AlliancesGenerators.TerritoryCodes, AlliancesJsonContext.Default.TerritoryCode),
        Row(Values.Texts, AlliancesJsonContext.Default.LocalizedText),
        Row(Values.EffectHorizons, AlliancesJsonContext.Default.EffectHorizon),
        Row(AlliancesGenerators.ApproximateCounts, AlliancesJsonContext.Default.ApproximateCount),
        Row(Values.IndicatorPoints, AlliancesJsonContext.Default.IndicatorPoint),
        Row(Values.TerritoryWeights, AlliancesJsonContext.Default.TerritoryWeight),
        Row(Values.ImpreciseDates, AlliancesJsonContext.Default.ImpreciseDate),
        Row(Values.ExactDays, AlliancesJsonContext.Default.ExactDay),
        Row(Values.DaySpans, AlliancesJsonContext.Default.DaySpan),
        Row(Values.PartsOfMonths, AlliancesJsonContext.Default.PartOfMonth),
        Row(Values.WholeMonths, AlliancesJsonContext.Default.WholeMonth),
        Row(Values.WholeYears, AlliancesJsonContext.Default.WholeYear),

        // Enums
        Row(Values.Any<DimensionKind>(), AlliancesJsonContext.Default.DimensionKind),
        Row(Values.Any<MilestoneKind>(), AlliancesJsonContext.Default.MilestoneKind),
        Row(Values.Any<MilestoneDateChangeKind>(), AlliancesJsonContext.Default.MilestoneDateChangeKind),
        Row(Values.Any<DatePrecision>(), AlliancesJsonContext.Default.DatePrecision),
        Row(Values.Any<MonthPart>(), AlliancesJsonContext.Default.MonthPart),
        Row(Values.Any<TerritoryLevel>(), AlliancesJsonContext.Default.TerritoryLevel),
        Row(Values.Any<IndicatorDirection>(), AlliancesJsonContext.Default.IndicatorDirection),
        Row(Values.Any<LifecycleStatus>(), AlliancesJsonContext.Default.LifecycleStatus),
        Row(Values.Any<Health>(), AlliancesJsonContext.Default.Health),
        Row(Values.Any<LedgerScope>(), AlliancesJsonContext.Default.LedgerScope),
        Row(Values.Any<CommitmentRole>(), AlliancesJsonContext.Default.CommitmentRole),
        Row(Values.Any<Alliances.Domain.Scheduling.ScheduleStatus>(), AlliancesJsonContext.Default.ScheduleStatus),
        Row(Values.Any<Alliances.Domain.Scheduling.MilestoneTiming>(), AlliancesJsonContext.Default.MilestoneTiming),
        Row(Values.Any<ProgressSource>(), AlliancesJsonContext.Default.ProgressSource),
        Row(Values.Any<ForecastOutcome>(), AlliancesJsonContext.Default.ForecastOutcome),
        Row(Values.Any<UnknownPolicy>(), AlliancesJsonContext.Default.UnknownPolicy),

        // Parts of a programme
        Row(Values.Dimensions, AlliancesJsonContext.Default.Dimension),
        Row(Values.Measures, AlliancesJsonContext.Default.Measure),
        Row(Values.Milestones, AlliancesJsonContext.Default.Milestone),
        Row(Values.DateChanges, AlliancesJsonContext.Default.MilestoneDateChange),
        Row(Values.Committees, AlliancesJsonContext.Default.FollowUpCommittee),
        Row(Values.Bodies, AlliancesJsonContext.Default.GovernanceBody),
        Row(Values.Missions(Values.LastDay), AlliancesJsonContext.Default.Mission),
        Row(Values.Persons, AlliancesJsonContext.Default.Person),
        Row(Values.Contributors, AlliancesJsonContext.Default.Contributors),
        Row(Values.MissionReports(Values.AnyDays), AlliancesJsonContext.Default.MissionReport),
        Row(Values.Sources, AlliancesJsonContext.Default.SourceDocument),
        Row(Values.Evaluations, AlliancesJsonContext.Default.PlannedEvaluation),
        Row(Values.Worlds, AlliancesJsonContext.Default.World),
        Row(Values.Audiences, AlliancesJsonContext.Default.Audience),
        Row(Values.Polls, AlliancesJsonContext.Default.OpinionPoll),
        Row(Values.Answers, AlliancesJsonContext.Default.PollAnswer),

        // Parts of a ledger
        Row(AlliancesGenerators.Territories, AlliancesJsonContext.Default.Territory),
        Row(Values.Indicators, AlliancesJsonContext.Default.Indicator),
        Row(Values.Observations, AlliancesJsonContext.Default.Observation),
        Row(Values.MeasureReports, AlliancesJsonContext.Default.MeasureReport),
        Row(Values.Plans, AlliancesJsonContext.Default.MeasurePlan),
        Row(Values.Actors, AlliancesJsonContext.Default.Actor),
        Row(Values.Actors.Where(a => a is OrganisationActor).Select(a => (OrganisationActor)a), AlliancesJsonContext.Default.OrganisationActor),
        Row(Values.Actors.Where(a => a is WorldActor).Select(a => (WorldActor)a), AlliancesJsonContext.Default.WorldActor),
        Row(Values.Actors.Where(a => a is TerritoryBodyActor).Select(a => (TerritoryBodyActor)a), AlliancesJsonContext.Default.TerritoryBodyActor),
        Row(Values.Commitments, AlliancesJsonContext.Default.Commitment),
        Row(Values.Withdrawals, AlliancesJsonContext.Default.Withdrawal),

        // Documents, with their front doors
        Row(Values.Programmes, AlliancesJsonContext.Default.Programme, FrontDoors.ForProgramme),
        Row(Values.Ledgers, AlliancesJsonContext.Default.Ledger, FrontDoors.ForLedger),
        Row(Values.Portfolios, AlliancesJsonContext.Default.Portfolio, FrontDoors.ForPortfolio, runs: 40),
        Row(Values.LedgerDocuments, AlliancesJsonContext.Default.LedgerDocument, FrontDoors.ForDocument, runs: 60, same: FrontDoors.SameDocument),
    }.ToDictionary(l => l.Name);

    private static ContractLaw<T> Row<T>(Gen<T> values, JsonTypeInfo<T> library, FrontDoor<T>? door = null, int runs = 100, Func<T, T, bool>? same = null)
        where T : notnull =>
        new(values, runs, library, (JsonTypeInfo<Envelope<T>>)LawsContext.Default.GetTypeInfo(typeof(Envelope<T>))!, door, same ?? Equal);

    /// <summary>The law over one type of the contract.</summary>
    private abstract class ContractLaw
    {
        public abstract string Name { get; }

        public abstract Type Type { get; }

        public abstract int Runs { get; }

        public abstract int Checked { get; }

        public abstract string Ways { get; }

        /// <summary>Checks the law for generated values, the reflection part with the options given.</summary>
        public abstract void Check(Config config, JsonSerializerOptions reflection);

        /// <summary>Checks that every value of an enum round-trips as a dictionary's key.</summary>
        public abstract void KeysRoundTrip();
    }

    /// <summary>
    /// The law over values of <typeparamref name="T"/>: (1) through the front door, compact and indented, from and to
    /// bytes, strings and streams alike; (2) through reflection, with no configuration and with the front doors'
    /// encoder, the latter giving the front door's compact bytes; (3) through <see cref="AlliancesJsonContext"/>, and
    /// inside an app's record through the app's own context and through reflection, giving the bytes of (2).
    /// </summary>
    private sealed class ContractLaw<T>(
        Gen<T> values,
        int runs,
        JsonTypeInfo<T> library,
        JsonTypeInfo<Envelope<T>> app,
        FrontDoor<T>? door,
        Func<T, T, bool> same) : ContractLaw
        where T : notnull
    {
        private int _checked;

        public override string Name => typeof(T).Name;

        public override Type Type => typeof(T);

        public override int Runs => runs;

        public override int Checked => _checked;

        public override string Ways => door is null
            ? "reflection (2 encoders), AlliancesJsonContext, an app's record (own context, reflection)"
            : "the front door (bytes, string, stream; compact, indented), reflection (2 encoders), AlliancesJsonContext, an app's record (own context, reflection)";

        public override void Check(Config config, JsonSerializerOptions reflection)
        {
            _checked = 0;
            FsCheck.Check.One(config, Prop.ForAll(values.ToArbitrary(), (T value) =>
            {
                Holds(value, reflection);
                _checked++;
            }));
        }

        public override void KeysRoundTrip()
        {
            var keys = Type.GetEnumValues().Cast<T>().Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i);

            RoundTrip(
                keys,
                k => JsonSerializer.SerializeToUtf8Bytes(k, Reflection),
                b => JsonSerializer.Deserialize<Dictionary<T, int>>(b, Reflection)!,
                (a, b) => a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var i) && i == p.Value),
                "reflection, as a dictionary's keys");
        }

        private void Holds(T value, JsonSerializerOptions reflection)
        {
            // (2) Reflection: with no configuration, and with the front doors' encoder.
            var reflected = RoundTrip(value, v => JsonSerializer.SerializeToUtf8Bytes(v, reflection), b => JsonSerializer.Deserialize<T>(b, reflection)!, same, "reflection");
            var encoded = RoundTrip(value, v => JsonSerializer.SerializeToUtf8Bytes(v, ReflectionWithFrontDoorEncoder), b => JsonSerializer.Deserialize<T>(b, ReflectionWithFrontDoorEncoder)!, same, "reflection with the front doors' encoder");

            // (1) The front door, whose compact document is what reflection writes with the same encoder.
            if (door is not null)
            {
                var compact = RoundTrip(value, v => door.ToBytes(v, false), door.FromBytes, same, "the front door, compact");
                SameBytes(compact, encoded, "the front door's compact document and reflection with the front doors' encoder");
                SameBytes(compact, Encoding.UTF8.GetBytes(door.ToText(value, false)), "the front door's compact text and its bytes");
                SameBytes(compact, door.ToStream(value, false), "the front door's compact stream and its bytes");
                same(door.FromText(Encoding.UTF8.GetString(compact)), value).Should().BeTrue("the front door reads its text");
                same(door.FromStream(compact), value).Should().BeTrue("the front door reads its stream");
                var indented = RoundTrip(value, v => door.ToBytes(v, true), door.FromBytes, same, "the front door, indented");
                SameBytes(indented, Encoding.UTF8.GetBytes(door.ToText(value, true)), "the front door's indented text and its bytes");
                SameBytes(indented, door.ToStream(value, true), "the front door's indented stream and its bytes");
            }

            // (3) Source generation: the library's context, and an app's record in the app's context, give (2)'s bytes.
            var generated = RoundTrip(value, v => JsonSerializer.SerializeToUtf8Bytes(v, library), b => JsonSerializer.Deserialize(b, library)!, same, "AlliancesJsonContext");
            SameBytes(reflected, generated, "AlliancesJsonContext and reflection");
            var inApp = RoundTrip(new Envelope<T>(value), e => JsonSerializer.SerializeToUtf8Bytes(e, app), b => JsonSerializer.Deserialize(b, app)!, (a, b) => same(a.Value, b.Value), "an app's record in the app's context");
            SameBytes([.. """{"Value":"""u8, .. reflected, .. "}"u8], inApp, "an app's record and the value alone");
            var inAppReflected = RoundTrip(new Envelope<T>(value), e => JsonSerializer.SerializeToUtf8Bytes(e, reflection), b => JsonSerializer.Deserialize<Envelope<T>>(b, reflection)!, (a, b) => same(a.Value, b.Value), "an app's record through reflection");
            SameBytes(inApp, inAppReflected, "an app's record through its context and through reflection");
        }
    }

    /// <summary>A front door's ways in and out: bytes, text and streams.</summary>
    private sealed record FrontDoor<T>(
        Func<T, bool, byte[]> ToBytes,
        Func<byte[], T> FromBytes,
        Func<T, bool, string> ToText,
        Func<string, T> FromText,
        Func<T, bool, byte[]> ToStream,
        Func<byte[], T> FromStream);

    /// <summary>The front doors of the documents.</summary>
    private static class FrontDoors
    {
        public static FrontDoor<Programme> ForProgramme { get; } = new(
            (p, indented) => ProgrammeJson.SerializeToUtf8Bytes(p, indented),
            b => ProgrammeJson.Deserialize(b),
            (p, indented) => ProgrammeJson.Serialize(p, indented),
            t => ProgrammeJson.Deserialize(t),
            (p, indented) => Written(s => ProgrammeJson.SerializeAsync(s, p, indented)),
            b => Read(b, s => ProgrammeJson.DeserializeAsync(s)));

        public static FrontDoor<LedgerDocument> ForDocument { get; } = new(
            (d, indented) => LedgerJson.SerializeToUtf8Bytes(d, indented),
            b => LedgerJson.Deserialize(b),
            (d, indented) => LedgerJson.Serialize(d, indented),
            t => LedgerJson.Deserialize(t),
            (d, indented) => Written(s => LedgerJson.SerializeAsync(s, d, indented)),
            b => Read(b, s => LedgerJson.DeserializeAsync(s)));

        public static FrontDoor<Ledger> ForLedger { get; } = new(
            (l, indented) => LedgerJson.SerializeToUtf8Bytes(LedgerDocument.Of(l), indented),
            b => LedgerJson.Deserialize(b).Ledger!,
            (l, indented) => LedgerJson.Serialize(l, indented),
            t => LedgerJson.Deserialize(t).Ledger!,
            (l, indented) => Written(s => LedgerJson.SerializeAsync(s, LedgerDocument.Of(l), indented)),
            b => Read(b, s => LedgerJson.DeserializeAsync(s)).Ledger!);

        public static FrontDoor<Portfolio> ForPortfolio { get; } = new(
            (p, indented) => LedgerJson.SerializeToUtf8Bytes(LedgerDocument.Of(p), indented),
            b => LedgerJson.Deserialize(b).Portfolio!,
            (p, indented) => LedgerJson.Serialize(p, indented),
            t => LedgerJson.Deserialize(t).Portfolio!,
            (p, indented) => Written(s => LedgerJson.SerializeAsync(s, LedgerDocument.Of(p), indented)),
            b => Read(b, s => LedgerJson.DeserializeAsync(s)).Portfolio!);

        /// <summary>A ledger document has no equality of its own: the same scope and an equal ledger or portfolio.</summary>
        public static bool SameDocument(LedgerDocument left, LedgerDocument right) =>
            left.Scope == right.Scope && Equals(left.Ledger, right.Ledger) && Equals(left.Portfolio, right.Portfolio);

        // A memory stream completes at once: waiting on it blocks nothing.
        private static byte[] Written(Func<Stream, Task> write)
        {
            using var stream = new MemoryStream();
            write(stream).GetAwaiter().GetResult();
            return stream.ToArray();
        }

        private static TValue Read<TValue>(byte[] bytes, Func<Stream, ValueTask<TValue>> read)
        {
            using var stream = new MemoryStream(bytes);
            return read(stream).AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>An app's record that holds one contract value.</summary>
    /// <typeparam name="T">The contract type.</typeparam>
    /// <param name="Value">The value.</param>
    internal sealed record Envelope<T>(T Value);

    /// <summary>
    /// An app's record that embeds several contract types, nullable, in an array and as a dictionary's values. (As a
    /// dictionary's keys, enums of the contract do not read back: see <see cref="ContractEnum_AsADictionaryKey_RoundTrips"/>.)
    /// </summary>
    internal sealed record FieldVisit(
        string Note,
        Programme Programme,
        LedgerDocument Ledger,
        ImpreciseDate Next,
        Milestone? Milestone,
        Percentage? Share,
        MeasureReport[] Reports,
        Dictionary<string, LocalizedText> Legend,
        Territory Place)
    {
        public static bool Same(FieldVisit left, FieldVisit right) =>
            left.Note == right.Note
            && left.Programme == right.Programme
            && FrontDoors.SameDocument(left.Ledger, right.Ledger)
            && left.Next == right.Next
            && left.Milestone == right.Milestone
            && left.Share == right.Share
            && left.Reports.SequenceEqual(right.Reports)
            && left.Legend.Count == right.Legend.Count && left.Legend.All(p => right.Legend.TryGetValue(p.Key, out var t) && t == p.Value)
            && left.Place == right.Place;
    }

    /// <summary>An app's own source-generated context: every contract type inside an app's record, and a richer record.</summary>
    [JsonSerializable(typeof(FieldVisit))]
    [JsonSerializable(typeof(Envelope<MeasureNumber>))]
    [JsonSerializable(typeof(Envelope<Percentage>))]
    [JsonSerializable(typeof(Envelope<ProgrammeId>))]
    [JsonSerializable(typeof(Envelope<TerritoryCode>))]
    [JsonSerializable(typeof(Envelope<LocalizedText>))]
    [JsonSerializable(typeof(Envelope<EffectHorizon>))]
    [JsonSerializable(typeof(Envelope<ApproximateCount>))]
    [JsonSerializable(typeof(Envelope<IndicatorPoint>))]
    [JsonSerializable(typeof(Envelope<TerritoryWeight>))]
    [JsonSerializable(typeof(Envelope<ImpreciseDate>))]
    [JsonSerializable(typeof(Envelope<ExactDay>))]
    [JsonSerializable(typeof(Envelope<DaySpan>))]
    [JsonSerializable(typeof(Envelope<PartOfMonth>))]
    [JsonSerializable(typeof(Envelope<WholeMonth>))]
    [JsonSerializable(typeof(Envelope<WholeYear>))]
    [JsonSerializable(typeof(Envelope<DimensionKind>))]
    [JsonSerializable(typeof(Envelope<MilestoneKind>))]
    [JsonSerializable(typeof(Envelope<MilestoneDateChangeKind>))]
    [JsonSerializable(typeof(Envelope<DatePrecision>))]
    [JsonSerializable(typeof(Envelope<MonthPart>))]
    [JsonSerializable(typeof(Envelope<TerritoryLevel>))]
    [JsonSerializable(typeof(Envelope<IndicatorDirection>))]
    [JsonSerializable(typeof(Envelope<LifecycleStatus>))]
    [JsonSerializable(typeof(Envelope<Health>))]
    [JsonSerializable(typeof(Envelope<LedgerScope>))]
    [JsonSerializable(typeof(Envelope<Alliances.Domain.Scheduling.ScheduleStatus>))]
    [JsonSerializable(typeof(Envelope<Alliances.Domain.Scheduling.MilestoneTiming>))]
    [JsonSerializable(typeof(Envelope<ProgressSource>))]
    [JsonSerializable(typeof(Envelope<ForecastOutcome>))]
    [JsonSerializable(typeof(Envelope<UnknownPolicy>))]
    [JsonSerializable(typeof(Envelope<Dimension>))]
    [JsonSerializable(typeof(Envelope<Measure>))]
    [JsonSerializable(typeof(Envelope<Milestone>))]
    [JsonSerializable(typeof(Envelope<MilestoneDateChange>))]
    [JsonSerializable(typeof(Envelope<FollowUpCommittee>))]
    [JsonSerializable(typeof(Envelope<GovernanceBody>))]
    [JsonSerializable(typeof(Envelope<Mission>))]
    [JsonSerializable(typeof(Envelope<Person>))]
    [JsonSerializable(typeof(Envelope<Contributors>))]
    [JsonSerializable(typeof(Envelope<MissionReport>))]
    [JsonSerializable(typeof(Envelope<SourceDocument>))]
    [JsonSerializable(typeof(Envelope<PlannedEvaluation>))]
    [JsonSerializable(typeof(Envelope<World>))]
    [JsonSerializable(typeof(Envelope<Audience>))]
    [JsonSerializable(typeof(Envelope<OpinionPoll>))]
    [JsonSerializable(typeof(Envelope<PollAnswer>))]
    [JsonSerializable(typeof(Envelope<Territory>))]
    [JsonSerializable(typeof(Envelope<Indicator>))]
    [JsonSerializable(typeof(Envelope<Observation>))]
    [JsonSerializable(typeof(Envelope<MeasureReport>))]
    [JsonSerializable(typeof(Envelope<MeasurePlan>))]
    [JsonSerializable(typeof(Envelope<CommitmentRole>))]
    [JsonSerializable(typeof(Envelope<Actor>))]
    [JsonSerializable(typeof(Envelope<OrganisationActor>))]
    [JsonSerializable(typeof(Envelope<WorldActor>))]
    [JsonSerializable(typeof(Envelope<TerritoryBodyActor>))]
    [JsonSerializable(typeof(Envelope<Commitment>))]
    [JsonSerializable(typeof(Envelope<Withdrawal>))]
    [JsonSerializable(typeof(Envelope<Programme>))]
    [JsonSerializable(typeof(Envelope<Ledger>))]
    [JsonSerializable(typeof(Envelope<Portfolio>))]
    [JsonSerializable(typeof(Envelope<LedgerDocument>))]
    internal sealed partial class LawsContext : JsonSerializerContext;

    /// <summary>A broken converter: it writes a percentage rounded to whole points.</summary>
    private sealed class RoundingPercentageConverter : JsonConverter<Percentage>
    {
        public override Percentage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetDouble());

        public override void Write(Utf8JsonWriter writer, Percentage value, JsonSerializerOptions options) => writer.WriteNumberValue(Math.Round(value.Points));
    }

    /// <summary>
    /// A broken converter whose values survive: it reads what it writes, but every other writing puts the English side
    /// first. Only the bytes show it.
    /// </summary>
    private sealed class DriftingTextConverter : JsonConverter<LocalizedText>
    {
        private int _writes;

        public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize(ref reader, AlliancesJsonContext.Default.LocalizedText)!;

        public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (_writes++ % 2 == 1 && value.English is { } first)
            {
                writer.WriteString("en", first);
            }

            writer.WriteString("fr", value.French);
            if (_writes % 2 == 1 && value.English is { } last)
            {
                writer.WriteString("en", last);
            }

            writer.WriteEndObject();
        }
    }

    /// <summary>A failure of the law, with the way that broke, the value and its JSON.</summary>
    private sealed class RoundTripLawException(string message, Exception? inner = null) : Exception(message, inner);

    /// <summary>Generators of every contract type, over the whole range each type accepts.</summary>
    private static class Values
    {
        public static readonly LocalDate FirstDay = new(1, 1, 1);

        public static readonly LocalDate LastDay = new(9999, 12, 31);

        private static readonly int DayCount = Period.DaysBetween(FirstDay, LastDay);

        private static readonly LedgerDraft Canonical = new() { Programme = Odd17.Programme };

        /// <summary>Gets days of years 1 to 9999: mostly this century, often anywhere, sometimes the edges and leap days.</summary>
        public static Gen<LocalDate> AnyDays => Gen.Frequency(
            (5, AlliancesGenerators.Days),
            (3, Gen.Choose(0, DayCount).Select(FirstDay.PlusDays)),
            (1, Gen.Elements(FirstDay, LastDay, new LocalDate(2024, 2, 29), new LocalDate(2000, 2, 29), new LocalDate(1900, 2, 28), new LocalDate(9999, 1, 1))));

        public static Gen<string> Strings => AlliancesGenerators.NonBlankStrings;

        public static Gen<LocalizedText> Texts => Gen.Frequency(
            (1, AlliancesGenerators.Texts),
            (3, from french in Strings from english in Strings.Select(s => (string?)s).Or(Gen.Constant<string?>(null)) select new LocalizedText(french, english)));

        public static Gen<T> Any<T>()
            where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

        public static Gen<MeasureNumber> MeasureNumbers => AlliancesGenerators.MeasureNumbers;

        public static Gen<ProgrammeId> ProgrammeIds => AlliancesGenerators.Identifiers.Select(id => new ProgrammeId(id));

        public static Gen<EffectHorizon> EffectHorizons => Gen.Frequency(
            (4, AlliancesGenerators.EffectHorizons),
            (1, from minimum in Gen.Choose(0, int.MaxValue) from maximum in Gen.Choose(minimum, int.MaxValue) select new EffectHorizon(minimum, maximum)),
            (1, Gen.Elements(new EffectHorizon(0, 0), new EffectHorizon(0, int.MaxValue), new EffectHorizon(int.MaxValue, int.MaxValue))));

        /// <summary>Gets indicator values (rule IND010): whole, decimal, of any magnitude and sign up to ±10¹², subnormal, and the edges.</summary>
        public static Gen<double> IndicatorValues => Gen.Frequency(
            (2, Gen.Choose(-100_000, 100_000).Select(n => (double)n)),
            (2, Gen.Choose(-100_000, 100_000).Select(n => n / 7.0)),
            (3, AnyLongs.Select(BitConverter.Int64BitsToDouble).Where(v => double.IsFinite(v) && Math.Abs(v) <= 1e12)),
            (1, Gen.Elements(0.0, -0.0, double.Epsilon, -double.Epsilon, 1e12, -1e12, 0.1, 1e-300, 5e-324, 1.0 / 3)));

        /// <summary>Gets weights (rules WGT001, WGT010): everyday ones, any from 10⁻⁶ to 10⁹, and the edges.</summary>
        public static Gen<double> PositiveWeights => Gen.Frequency(
            (3, Gen.Choose(1, 300).Select(n => n / 10.0)),
            (2, AnyLongs.Select(BitConverter.Int64BitsToDouble).Where(w => w is >= 1e-6 and <= 1e9)),
            (1, Gen.Elements(1e-6, 1e9, 1.0)));

        public static Gen<IndicatorPoint> IndicatorPoints =>
            from value in IndicatorValues
            from day in AnyDays
            select new IndicatorPoint(value, day);

        public static Gen<TerritoryWeight> TerritoryWeights =>
            from code in AlliancesGenerators.TerritoryCodes
            from weight in PositiveWeights
            select new TerritoryWeight(code, weight);

        public static Gen<ExactDay> ExactDays =>
            from day in AnyDays
            from tbc in Gen.Elements(true, false)
            select ImpreciseDate.On(day, tbc);

        public static Gen<DaySpan> DaySpans =>
            from first in AnyDays.Where(d => d < LastDay)
            from length in Gen.Frequency((3, Gen.Choose(1, 40)), (1, Gen.Choose(1, DayCount)))
            from tbc in Gen.Elements(true, false)
            select ImpreciseDate.Between(first, first.PlusDays(Math.Min(length, Period.DaysBetween(first, LastDay))), tbc);

        public static Gen<PartOfMonth> PartsOfMonths =>
            from day in AnyDays
            from part in Any<MonthPart>()
            from tbc in Gen.Elements(true, false)
            select ImpreciseDate.InPartOf(day.ToYearMonth(), part, tbc);

        public static Gen<WholeMonth> WholeMonths =>
            from day in AnyDays
            from tbc in Gen.Elements(true, false)
            select ImpreciseDate.InMonth(day.ToYearMonth(), tbc);

        public static Gen<WholeYear> WholeYears =>
            from year in Gen.Frequency((3, AnyDays.Select(d => d.Year)), (1, Gen.Elements(1, 9999)))
            from tbc in Gen.Elements(true, false)
            select ImpreciseDate.InYear(year, tbc);

        public static Gen<ImpreciseDate> ImpreciseDates => Gen.OneOf(
            ExactDays.Select(d => (ImpreciseDate)d),
            DaySpans.Select(d => (ImpreciseDate)d),
            PartsOfMonths.Select(d => (ImpreciseDate)d),
            WholeMonths.Select(d => (ImpreciseDate)d),
            WholeYears.Select(d => (ImpreciseDate)d),
            AlliancesGenerators.ImpreciseDates);

        public static Gen<Dimension> Dimensions =>
            from kind in Any<DimensionKind>()
            from name in Texts
            from purpose in Texts
            from horizon in EffectHorizons
            select new Dimension(kind, name, purpose, horizon);

        public static Gen<Measure> Measures =>
            from number in MeasureNumbers
            from title in Texts
            from kind in Any<DimensionKind>()
            from body in Bodies.Select(b => (GovernanceBody?)b).Or(Gen.Constant<GovernanceBody?>(null))
            select new Measure(number, title, kind, body);

        /// <summary>Gets milestones with histories, titled and placed with awkward text too.</summary>
        public static Gen<Milestone> Milestones =>
            from milestone in AlliancesGenerators.Milestones
            from title in Texts
            from place in Strings.Select(s => (string?)s).Or(Gen.Constant<string?>(milestone.Place))
            from serves in Gen.Elements(0, 0, 1, 2)
            from measure in Gen.Choose(1, 3)
            select new Milestone(
                milestone.Sequence, title, milestone.Kind, milestone.Date, place, milestone.HostEvent, milestone.TimeZoneId, milestone.History,
                serves == 1 ? [new MeasureNumber(measure)] : default, servesEveryMeasure: serves == 2);

        public static Gen<MilestoneDateChange> DateChanges =>
            from previous in ImpreciseDates
            from kind in Any<MilestoneDateChangeKind>()
            from reason in Strings.Select(s => (string?)s).Or(Gen.Constant<string?>(null))
            select new MilestoneDateChange(previous, kind, kind == MilestoneDateChangeKind.Rescheduled ? reason ?? "Report" : reason);

        public static Gen<GovernanceBody> Bodies =>
            from name in Texts
            from role in Texts.Select(t => (LocalizedText?)t).Or(Gen.Constant<LocalizedText?>(null))
            select new GovernanceBody(name, role);

        public static Gen<FollowUpCommittee> Committees =>
            from name in Texts
            from purpose in Texts
            from bodies in Gen.NonEmptyListOf(Bodies)
            select new FollowUpCommittee(name, purpose, ValueList.CreateRange(bodies.Take(6)));

        public static Gen<Person> Persons =>
            from name in Strings
            from role in Texts
            select new Person(name, role);

        public static Gen<Contributors> Contributors =>
            from organisations in AlliancesGenerators.ApproximateCounts
            from people in AlliancesGenerators.ApproximateCounts
            select new Contributors(organisations, people);

        public static Gen<MissionReport> MissionReports(Gen<LocalDate> delivered) =>
            from title in Texts
            from day in delivered
            from to in Persons
            select new MissionReport(title, day, to);

        /// <summary>Gets missions whose report is delivered by a given day, commissioned up to ten years before.</summary>
        public static Gen<Mission> Missions(LocalDate latest) =>
            from report in MissionReports(AnyDays.Where(d => d <= latest))
            from monthsBefore in Gen.Choose(0, 120)
            from title in Texts
            from subject in Texts
            from commissioner in Persons
            from led in Gen.NonEmptyListOf(Persons)
            from contributors in Contributors
            select new Mission(title, subject, commissioner, MonthsBefore(report.Delivered, monthsBefore), ValueList.CreateRange(led.Take(4)), contributors, report);

        public static Gen<SourceDocument> Sources =>
            from title in Texts
            from publisher in Strings
            from published in AnyDays
            select new SourceDocument(title, new Organisation(publisher), published);

        public static Gen<PlannedEvaluation> Evaluations =>
            from when in ImpreciseDates
            from purpose in Texts
            from years in Gen.Choose(0, 30)
            from months in Gen.Choose(0, 40)
            from weeks in Gen.Choose(0, 10)
            from days in Gen.Choose(0, 400)
            where years + months + weeks + days > 0
            select new PlannedEvaluation(when, purpose, new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days }.Build());

        public static Gen<World> Worlds =>
            from id in AlliancesGenerators.Identifiers
            from name in Texts
            select new World(id, name);

        public static Gen<Audience> Audiences =>
            from id in AlliancesGenerators.Identifiers
            from name in Texts
            select new Audience(id, name);

        /// <summary>Gets poll answers of any share, with answers nested two levels deep whose shares add up to at most theirs.</summary>
        public static Gen<PollAnswer> Answers => AlliancesGenerators.Percentages.SelectMany(share => AnswerOf(share.Points, depth: 2));

        /// <summary>Gets polls whose top-level shares add up to 100, as hundredths or as any doubles.</summary>
        public static Gen<OpinionPoll> Polls =>
            from pollsters in Gen.NonEmptyListOf(Strings)
            from commissioner in Strings
            from conducted in AnyDays
            from population in Texts
            from question in Texts
            from shares in Gen.OneOf(Split(100, whole: true), Split(100, whole: false))
            from answers in Gen.CollectToArray(shares.Select(s => AnswerOf(s, depth: 1)))
            select new OpinionPoll(
                ValueList.CreateRange(pollsters.Take(3).Select(p => new Organisation(p))), new Organisation(commissioner), conducted, population, question, ValueList.CreateRange(answers));

        public static Gen<Indicator> Indicators =>
            from id in AlliancesGenerators.Identifiers
            from measure in MeasureNumbers
            from name in Texts
            from unit in Strings
            from direction in Any<IndicatorDirection>()
            from days in Gen.ArrayOf(AnyDays, 5).Select(d => d.Distinct().Order().ToArray()).Where(d => d.Length >= 2)
            from values in Gen.ArrayOf(IndicatorValues, days.Length)
            from weight in PositiveWeights
            select new Indicator(
                id, measure, name, unit, direction, new IndicatorPoint(values[0], days[0]), new IndicatorPoint(values[^1], days[^1]),
                ValueList.CreateRange(days[1..^1].Select((d, i) => new IndicatorPoint(values[i + 1], d))), weight);

        public static Gen<Observation> Observations =>
            from indicator in AlliancesGenerators.Identifiers
            from day in AnyDays
            from value in IndicatorValues
            select new Observation(indicator, day, value);

        public static Gen<MeasureReport> MeasureReports =>
            from measure in MeasureNumbers
            from day in AnyDays
            from status in Any<LifecycleStatus>()
            from report in ReportOn(measure, day, status)
            select report;

        public static Gen<MeasurePlan> Plans =>
            from measure in MeasureNumbers
            from start in AnyDays.Where(d => d < LastDay)
            from length in Gen.Choose(1, 3000)
            select new MeasurePlan(measure, start, start.PlusDays(Math.Min(length, Period.DaysBetween(start, LastDay))));

        public static Gen<Actor> Actors => Gen.OneOf(
            Strings.Select(name => (Actor)new OrganisationActor(new Organisation(name))),
            Worlds.Select(world => (Actor)new WorldActor(world)),
            from territory in AlliancesGenerators.Territories
            from body in Bodies
            select (Actor)new TerritoryBodyActor(territory, body));

        public static Gen<Withdrawal> Withdrawals =>
            from day in AnyDays
            from reason in Texts
            select new Withdrawal(day, reason);

        public static Gen<Commitment> Commitments =>
            from actor in Actors
            from measure in MeasureNumbers
            from role in Any<CommitmentRole>()
            from first in AnyDays.Where(d => d < LastDay)
            from days in Gen.Choose(0, 3000)
            from withdrawnAfter in Gen.Choose(0, 3000)
            from parts in Gen.Choose(0, 3)
            from reason in Texts
            let until = (parts & 1) != 0 ? first.PlusDays(Math.Min(days, Period.DaysBetween(first, LastDay))) : (LocalDate?)null
            let withdrawn = first.PlusDays(Math.Min(withdrawnAfter, Period.DaysBetween(first, until ?? LastDay)))
            select new Commitment(actor, measure, role, first, until, (parts & 2) != 0 ? new Withdrawal(withdrawn, reason) : null);

        /// <summary>Gets valid programmes whose every part is generated, and whose texts are awkward.</summary>
        public static Gen<Programme> Programmes =>
            (from programme in AlliancesGenerators.Programmes
             from id in ProgrammeIds
             from name in Texts
             from source in Sources.Select(s => (SourceDocument?)s).Or(Gen.Constant<SourceDocument?>(programme.Source))
             from mission in Missions(programme.LaunchDate)
             from titles in Gen.ArrayOf(Texts, programme.Measures.Count)
             from governance in Committees
             from milestones in Gen.ListOf(Milestones).Select(l => l.Take(6).Select((m, i) => m.WithSequence(i + 1)))
             from worlds in Gen.ListOf(Worlds).Select(l => l.DistinctBy(w => w.Id).Take(4))
             from audiences in Gen.ListOf(Audiences).Select(l => l.DistinctBy(a => a.Id).Take(4))
             from poll in Polls.Select(p => (OpinionPoll?)p).Or(Gen.Constant<OpinionPoll?>(null))
             from answerable in Gen.Elements(0, 0, 1, 2)
             from bodyPicks in Gen.ArrayOf(Gen.Choose(-1, 5), programme.Measures.Count)
             select Programme.TryCreate(
                 programme.ToDraft() with
                 {
                     Id = id,
                     Name = name,
                     Source = source,
                     Mission = mission,
                     Measures = ValueList.CreateRange(programme.Measures.Select((m, i) => new Measure(m.Number, titles[i], m.Dimension, AnswerableBody(answerable, bodyPicks[i], governance)))),
                     RequiresAnswerableBodies = answerable == 2,
                     Governance = governance,
                     Milestones = ValueList.CreateRange(milestones),
                     Worlds = ValueList.CreateRange(worlds),
                     Audiences = ValueList.CreateRange(audiences),
                     Poll = poll,
                 },
                 out var built,
                 out _) ? built : null)
            .Where(p => p is not null)
            .Select(p => p!);

        /// <summary>No body (0), a body or none (1), or a body for every measure (2), among the committee's.</summary>
        private static GovernanceBody? AnswerableBody(int answerable, int pick, FollowUpCommittee committee) =>
            answerable == 0 || (answerable == 1 && pick < 0) ? null : committee.Bodies[Math.Abs(pick) % committee.Bodies.Count];

        /// <summary>Gets ledgers of the canonical programme: the testing package's, and ones with every part, launched any time.</summary>
        public static Gen<Ledger> Ledgers => Gen.Frequency(
            (1, AlliancesGenerators.Ledgers),
            (3, AlliancesGenerators.Territories.Select(t => (Territory?)t).Or(Gen.Constant<Territory?>(null)).SelectMany(RichLedger)));

        public static Gen<Portfolio> Portfolios => Gen.Frequency(
            (1, AlliancesGenerators.Portfolios),
            (3, from territories in Gen.NonEmptyListOf(AlliancesGenerators.Territories).Select(l => l.DistinctBy(t => t.Code).Take(3).ToArray())
                from ledgers in Gen.CollectToArray(territories.Select(t => RichLedger(t)))
                from weighted in Gen.SubListOf(territories)
                from weights in Gen.ArrayOf(PositiveWeights, weighted.Count)
                select Portfolio.Create(new PortfolioDraft { Ledgers = [.. ledgers], Weights = [.. weighted.Select((t, i) => new TerritoryWeight(t.Code, weights[i]))] })));

        public static Gen<LedgerDocument> LedgerDocuments => Gen.OneOf(
            Ledgers.Select(LedgerDocument.Of),
            Portfolios.Select(LedgerDocument.Of));

        private static Gen<long> AnyLongs =>
            from high in Gen.Choose(int.MinValue, int.MaxValue)
            from low in Gen.Choose(int.MinValue, int.MaxValue)
            select ((long)high << 32) | (uint)low;

        private static Gen<MeasureReport> ReportOn(MeasureNumber measure, LocalDate day, LifecycleStatus status) =>
            from progress in Gen.Frequency(
                (2, Gen.Constant<Percentage?>(null)),
                (3, Gen.Choose(0, 10_000).Select(h => (Percentage?)new Percentage(h / 100.0))))
            from health in Any<Health>()
            from comment in Strings.Select(s => (string?)s).Or(Gen.Constant<string?>(null))
            from next in Gen.Choose(1, 400)
            from effects in Gen.Choose(0, 400)
            from parts in Gen.Choose(0, 3)
            select new MeasureReport(
                measure,
                day,
                status,
                progress,
                health,
                comment,
                (parts & 1) != 0 && Period.DaysBetween(day, LastDay) >= next ? day.PlusDays(next) : null,
                (parts & 2) != 0 && Period.DaysBetween(FirstDay, day) >= effects ? day.PlusDays(-effects) : null);

        /// <summary>Gets a ledger of the canonical programme with reports that follow the lifecycle, indicators, observations and plans.</summary>
        private static Gen<Ledger> RichLedger(Territory? territory) =>
            from launch in Gen.Frequency((2, Gen.Constant(Odd17.LaunchDate)), (2, AlliancesGenerators.Days), (1, AnyDays.Where(d => d.Year <= 9900)))
            from reports in Gen.CollectToArray(Enumerable.Range(1, Odd17.Programme.Measures.Count).Select(m => ReportsOn(new MeasureNumber(m), launch)))
            from indicators in Gen.ListOf(Indicators).Select(l => l.DistinctBy(i => i.Id).Take(3).Select(i => Within(i, Odd17.Programme.Measures.Count)).ToArray())
            from observations in Gen.CollectToArray(indicators.Select(i => ObservationsOf(i.Id, launch)))
            from planned in Gen.SubListOf(Enumerable.Range(1, Odd17.Programme.Measures.Count).ToArray()).Select(l => l.Take(4).ToArray())
            from spans in Gen.ArrayOf(Plans, planned.Length)
            from committed in Gen.SubListOf(Enumerable.Range(1, Odd17.Programme.Measures.Count).ToArray()).Select(l => l.Take(4).ToArray())
            from commitments in Gen.CollectToArray(committed.Select(m => CommitmentTo(new MeasureNumber(m), launch)))
            from allowsCoLeads in Gen.Elements(false, false, true)
            from own in Gen.ListOf(OwnMilestone(launch)).Select(l => l.Take(2).Select((m, i) => m.WithSequence(Odd17.Programme.Milestones.Count + 1 + i)).ToArray())
            select Ledger.Create(Canonical with
            {
                Milestones = ValueList.CreateRange(own),
                Commitments = ValueList.CreateRange(commitments),
                AllowsCoLeads = allowsCoLeads,
                Territory = territory,
                LaunchDate = launch == Odd17.LaunchDate ? null : launch,
                Reports = ValueList.CreateRange(reports.SelectMany(r => r)),
                Indicators = ValueList.CreateRange(indicators),
                Observations = ValueList.CreateRange(observations.SelectMany(o => o)),
                Plans = ValueList.CreateRange(planned.Select((m, i) => new MeasurePlan(new MeasureNumber(m), spans[i].Start, spans[i].End))),
            });

        /// <summary>Gets a milestone a ledger launched on a day can add to the base: within its first 900 days, numbered later.</summary>
        private static Gen<Milestone> OwnMilestone(LocalDate launch) =>
            from milestone in Milestones
            from day in Gen.Choose(0, 900)
            select new Milestone(
                1, milestone.Title, milestone.Kind, ImpreciseDate.On(launch.PlusDays(day)), milestone.Place, milestone.HostEvent, milestone.TimeZoneId,
                serves: milestone.Serves, servesEveryMeasure: milestone.ServesEveryMeasure);

        /// <summary>Gets a commitment to a measure that a ledger launched on a day holds: within its first 18 months, by an actor the programme knows.</summary>
        private static Gen<Commitment> CommitmentTo(MeasureNumber measure, LocalDate launch) =>
            from actor in Gen.OneOf(
                Strings.Select(name => (Actor)new OrganisationActor(new Organisation(name))),
                Gen.Elements(Odd17.Programme.Worlds.ToArray()).Select(world => (Actor)new WorldActor(world)),
                from territory in AlliancesGenerators.Territories
                from body in Bodies
                select (Actor)new TerritoryBodyActor(territory, body))
            from role in Any<CommitmentRole>()
            from start in Gen.Choose(0, 270)
            from length in Gen.Choose(0, 270)
            from parts in Gen.Choose(0, 3)
            from reason in Texts
            let first = launch.PlusDays(start)
            let until = (parts & 1) != 0 ? first.PlusDays(length) : (LocalDate?)null
            select new Commitment(actor, measure, role, first, until, (parts & 2) != 0 ? new Withdrawal(first.PlusDays(length / 2), reason) : null);

        /// <summary>Gets up to three reports on a measure, on increasing days from launch, that follow the lifecycle.</summary>
        private static Gen<MeasureReport[]> ReportsOn(MeasureNumber measure, LocalDate launch) =>
            from gaps in Gen.ArrayOf(Gen.Choose(0, 400)).Select(g => g.Take(3).ToArray())
            from picks in Gen.ArrayOf(Gen.Choose(0, 100), gaps.Length)
            from reports in Gen.CollectToArray(Walk(measure, launch, gaps, picks).Select(step => ReportOn(measure, step.Day, step.Status)))
            select reports;

        private static IEnumerable<(LocalDate Day, LifecycleStatus Status)> Walk(MeasureNumber measure, LocalDate launch, int[] gaps, int[] picks)
        {
            var day = launch;
            var status = Lifecycle.Initial;
            for (var i = 0; i < gaps.Length; i++)
            {
                day = day.PlusDays(gaps[i] + (i == 0 ? 0 : 1));
                var allowed = Enum.GetValues<LifecycleStatus>().Where(s => Lifecycle.CanMove(status, s)).ToArray();
                status = allowed[(picks[i] + measure.Value) % allowed.Length];
                yield return (day, status);
            }
        }

        private static Gen<Observation[]> ObservationsOf(string indicator, LocalDate launch) =>
            from offsets in Gen.ArrayOf(Gen.Choose(0, 2000)).Select(o => o.Distinct().Take(4).ToArray())
            from values in Gen.ArrayOf(IndicatorValues, offsets.Length)
            select offsets.Select((offset, i) => new Observation(indicator, launch.PlusDays(offset), values[i])).ToArray();

        /// <summary>Moves an indicator onto a measure the canonical programme has.</summary>
        private static Indicator Within(Indicator indicator, int measures) => new(
            indicator.Id, new MeasureNumber(((indicator.Measure.Value - 1) % measures) + 1), indicator.Name, indicator.Unit, indicator.Direction,
            indicator.Baseline, indicator.Target, indicator.IntermediateTargets, indicator.Weight);

        /// <summary>Gets an answer of a share, with up to three answers nested under it, down to a depth.</summary>
        private static Gen<PollAnswer> AnswerOf(double share, int depth) =>
            from label in Texts
            from nestedShares in depth == 0
                ? Gen.Constant(Array.Empty<double>())
                : Gen.Choose(0, 100).SelectMany(percent => Split(share * percent / 100, whole: false)).Select(s => s.Take(3).ToArray())
                    .Or(Gen.Constant(Array.Empty<double>()))
            from nested in Gen.CollectToArray(nestedShares.Select(s => AnswerOf(s, depth - 1)))
            select new PollAnswer(label, new Percentage(share), ValueList.CreateRange(nested));

        /// <summary>Splits a total into one to five shares: whole hundredths of the total, or any cuts of it.</summary>
        private static Gen<double[]> Split(double total, bool whole) =>
            from count in Gen.Choose(1, 5)
            from cuts in whole
                ? Gen.ArrayOf(Gen.Choose(0, 10_000), count - 1).Select(c => c.Select(h => h / 10_000.0).ToArray())
                : Gen.ArrayOf(Gen.Choose(0, int.MaxValue), count - 1).Select(c => c.Select(n => n / (double)int.MaxValue).ToArray())
            select Shares(total, whole, [0, .. cuts.Order(), 1]);

        private static double[] Shares(double total, bool whole, double[] cuts)
        {
            var shares = new double[cuts.Length - 1];
            for (var i = 0; i < shares.Length; i++)
            {
                shares[i] = whole
                    ? Math.Round((cuts[i + 1] - cuts[i]) * total * 100) / 100
                    : Math.Min(100, (cuts[i + 1] - cuts[i]) * total);
            }

            return shares;
        }

        private static YearMonth MonthsBefore(LocalDate day, int months)
        {
            var month = day.ToYearMonth();
            return month.Year * 12 + month.Month - 1 - months >= 12 ? month.PlusMonths(-months) : month;
        }
    }
}

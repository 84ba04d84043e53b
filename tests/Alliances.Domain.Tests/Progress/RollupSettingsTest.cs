using System.Text.Json;
using System.Text.Json.Nodes;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using Alliances.Domain.Testing;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Alliances.Domain.Tests.Progress;

/// <summary>
/// The rollup settings a ledger document carries (weights, unknown policy, tolerance): kept in the model, applied
/// wherever the ledger is rolled up unless a caller says otherwise, written and read, and shown in the views.
/// </summary>
public class RollupSettingsTest
{
    private static readonly LocalDate AsOf = new(2021, 11, 7);

    private static readonly ProgressOptions Settings = new()
    {
        Policy = UnknownPolicy.Strict,
        Tolerance = new Percentage(5),
        MeasureWeights = [new MeasureWeight(new MeasureNumber(9), 3), new MeasureWeight(new MeasureNumber(1), 0.5)],
        DimensionWeights = [new DimensionWeight(DimensionKind.Political, 2)],
    };

    private static Ledger Bouches => LedgerJson.Deserialize(Files.Docs("examples", "odd17.ledger-13.json")).Ledger!;

    private static Portfolio ExamplePortfolio => LedgerJson.Deserialize(Files.Docs("examples", "odd17.portfolio.json")).Portfolio!;

    private static Ledger WithSettings(Ledger ledger, ProgressOptions settings) => Ledger.Create(ledger.ToDraft() with { RollupSettings = settings });

    [Fact]
    public void ALedgersSettings_AreWhatItIsRolledUpWith_UnlessTheCallerGivesOthers()
    {
        var plain = Bouches;
        var set = WithSettings(plain, Settings);

        plain.RollupSettings.Should().Be(ProgressOptions.Default);
        set.RollupSettings.Should().Be(Settings);
        set.RollupAt(AsOf).Should().Be(plain.RollupAt(AsOf, Settings));
        set.RollupAt(AsOf).Progress.Should().NotBe(plain.RollupAt(AsOf).Progress, "the weights change the programme's mean");
        set.RollupAt(AsOf, ProgressOptions.Default).Should().Be(plain.RollupAt(AsOf));
        set.ProgressOf(new MeasureNumber(9), AsOf).Should().Be(plain.ProgressOf(new MeasureNumber(9), AsOf, Settings));
        set.Should().NotBe(plain, "equality compares the settings");
        set.ToDraft().RollupSettings.Should().Be(Settings);
    }

    [Fact]
    public void APortfoliosSettings_AreThoseOfEveryLedger_AndItsNationalFiguresUseThem()
    {
        var example = ExamplePortfolio;
        var set = Portfolio.Create(example.ToDraft() with { Ledgers = [.. example.Ledgers.Select(l => WithSettings(l, Settings))] });

        set.RollupSettings.Should().Be(Settings);
        set.RollupAt(AsOf).Should().Be(example.RollupAt(AsOf, Settings));
        ProgressView.Of(set, AsOf).RollupSettings.Should().Be(Settings);
        ProgressView.Of(set, AsOf).National.Should().Be(example.RollupAt(AsOf, Settings));
    }

    [Fact]
    public void APortfolioWhoseLedgersDiffer_BreaksPOR002()
    {
        var example = ExamplePortfolio;
        var draft = example.ToDraft() with { Ledgers = [WithSettings(example.Ledgers[0], Settings), .. example.Ledgers.Skip(1)] };

        var result = Portfolio.Validate(draft);

        result.Violations.Should().HaveCount(3).And.OnlyContain(v => v.Code == "POR002");
        result.Violations.Select(v => v.Path).Should().Equal("$.territories[1].rollupSettings", "$.territories[2].rollupSettings", "$.territories[3].rollupSettings");
    }

    [Theory]
    [InlineData(22, 3, "$.rollupSettings.measureWeights[1].measure")]
    [InlineData(9, 9, "$.rollupSettings.measureWeights[1].measure")]
    public void WeightsOfMeasuresTheProgrammeLacksOrTwice_BreakLED011(int first, int second, string path)
    {
        var draft = Bouches.ToDraft() with
        {
            RollupSettings = new ProgressOptions { MeasureWeights = [new MeasureWeight(new MeasureNumber(second == 3 ? 3 : first), 2), new MeasureWeight(new MeasureNumber(second == 3 ? first : second), 2)] },
        };

        var violation = Ledger.Validate(draft).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be("LED011");
        violation.Path.Should().Be(path);
    }

    [Fact]
    public void LED011_SaysWhyAWeightCannotBe()
    {
        static string Message(ProgressOptions settings, Programme? programme = null) =>
            Ledger.Validate(new LedgerDraft { Programme = programme ?? Odd17.Programme, RollupSettings = settings }).Violations.Should().ContainSingle().Subject.Message;
        var twoDimensions = Programme.Create(Odd17.Draft with
        {
            Dimensions = [.. Odd17.Programme.Dimensions.Take(2)],
            Measures = [.. Odd17.Programme.Measures.Where(m => m.Dimension != DimensionKind.Political)],
            Milestones = [.. Odd17.Programme.Milestones.Select(m => m.ServesEveryMeasure ? m : m.Serving())],
        });

        Message(new ProgressOptions { MeasureWeights = [new MeasureWeight(new MeasureNumber(22), 2)] })
            .Should().Be("The rollup settings weigh measures of the programme, each once; measure 22 cannot be weighed: programme odd17-2020 has measures 1 to 21.");
        Message(new ProgressOptions { MeasureWeights = [new MeasureWeight(new MeasureNumber(4), 2), new MeasureWeight(new MeasureNumber(4), 3)] })
            .Should().EndWith("measure 4 cannot be weighed: it is weighed twice.");
        Message(new ProgressOptions { DimensionWeights = [new DimensionWeight(DimensionKind.Strategic, 2), new DimensionWeight(DimensionKind.Strategic, 3)] })
            .Should().Be("The rollup settings weigh dimensions of the programme, each once; the strategic dimension cannot be weighed: it is weighed twice.");
        Message(new ProgressOptions { DimensionWeights = [new DimensionWeight(DimensionKind.Political, 2)] }, twoDimensions)
            .Should().EndWith("the political dimension cannot be weighed: programme odd17-2020 has no such dimension.");
    }

    [Fact]
    public void ADimensionWeighedTwice_BreaksLED011_AndMissingSettingsAreAMissingPart()
    {
        var twice = Bouches.ToDraft() with { RollupSettings = new ProgressOptions { DimensionWeights = [new DimensionWeight(DimensionKind.Strategic, 2), new DimensionWeight(DimensionKind.Strategic, 3)] } };
        var missing = Bouches.ToDraft() with { RollupSettings = null! };

        Ledger.Validate(twice).Violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "LED011" && v.Path == "$.rollupSettings.dimensionWeights[1].dimension");
        Ledger.Validate(missing).Violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "LED008" && v.Path == "$.rollupSettings");
    }

    [Fact]
    public void ALedgerDocument_CarriesOnlyTheSettingsThatDifferFromTheDefaults_AndReadsThemBack()
    {
        var set = WithSettings(Bouches, new ProgressOptions { Tolerance = new Percentage(5), DimensionWeights = [new DimensionWeight(DimensionKind.Political, 2)] });

        var json = LedgerJson.Serialize(set);
        var written = JsonNode.Parse(json)!;

        written["rollupSettings"]!.ToJsonString().Should().Be("""{"tolerance":5,"dimensionWeights":[{"dimension":"political","weight":2}]}""");
        written["schemaVersion"]!.GetValue<int>().Should().Be(2);
        LedgerJson.Deserialize(json).Ledger.Should().Be(set);
        JsonNode.Parse(LedgerJson.Serialize(Bouches))!.AsObject().ContainsKey("rollupSettings").Should().BeFalse("the defaults are not written");
        PublishedSchemas.FirstError(PublishedSchemas.Ledger, json).Should().BeNull();
    }

    [Fact]
    public void APortfolioDocument_CarriesItsSettingsOnce_AtTheTop_ForEveryTerritory()
    {
        var example = ExamplePortfolio;
        var set = Portfolio.Create(example.ToDraft() with { Ledgers = [.. example.Ledgers.Select(l => WithSettings(l, Settings))] });

        var json = LedgerJson.Serialize(LedgerDocument.Of(set));
        var written = JsonNode.Parse(json)!;

        written["rollupSettings"]!["unknownPolicy"]!.GetValue<string>().Should().Be("strict");
        written["territories"]!.AsArray().Should().OnlyContain(t => !t!.AsObject().ContainsKey("rollupSettings"));
        LedgerJson.Deserialize(json).Portfolio.Should().Be(set);
        PublishedSchemas.FirstError(PublishedSchemas.Ledger, json).Should().BeNull();
    }

    [Fact]
    public void SettingsInsideAPortfoliosTerritory_AreNotPartOfTheContract()
    {
        var document = JsonNode.Parse(Files.Docs("examples", "odd17.portfolio.json"))!;
        document["territories"]![1]!["rollupSettings"] = new JsonObject { ["tolerance"] = 5 };

        var thrown = FluentActions.Invoking(() => LedgerJson.Deserialize(document.ToJsonString())).Should().Throw<AlliancesJsonException>().Which;

        thrown.RuleCode.Should().Be("JSN001");
        thrown.Path.Should().Be("$.territories[1].rollupSettings");
        PublishedSchemas.FirstError(PublishedSchemas.Ledger, document.ToJsonString()).Should().NotBeNull();
    }

    [Fact]
    public void APortfoliosSettingsThatBreakLED011_AreReportedOnce_AtTheirOwnPath()
    {
        var document = JsonNode.Parse(Files.Docs("examples", "odd17.portfolio.json"))!;
        document["schemaVersion"] = 2;
        document["rollupSettings"] = new JsonObject { ["measureWeights"] = new JsonArray(new JsonObject { ["measure"] = 30, ["weight"] = 2 }) };

        var result = LedgerJson.Validate(document.ToJsonString());

        result.Violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "LED011" && v.Path == "$.rollupSettings.measureWeights[0].measure");
    }

    [Fact]
    public void SettingsInAVersion1Document_AreRefused()
    {
        var document = JsonNode.Parse(LedgerJson.Serialize(LedgerFixtures.LedgerOf(LedgerFixtures.Report(1, "2020-06-01", LifecycleStatus.InProgress, 10))))!;
        document["schemaVersion"] = 1;
        document["rollupSettings"] = new JsonObject { ["tolerance"] = 5 };

        FluentActions.Invoking(() => LedgerJson.Deserialize(document.ToJsonString())).Should().Throw<AlliancesJsonException>()
            .Which.RuleCode.Should().Be("JSN002");
    }

    [Theory]
    [InlineData("""{"tolerance":101}""", "PCT001")]
    [InlineData("""{"unknownPolicy":"Strict"}""", "JSN001")]
    [InlineData("""{"measureWeights":[{"measure":3,"weight":0}]}""", "WGT001")]
    [InlineData("""{"dimensionWeights":[{"dimension":"political"}]}""", "JSN001")]
    public void BadSettings_AreRefusedWithTheirRule(string settings, string code)
    {
        var document = JsonNode.Parse(Files.Docs("examples", "odd17.ledger-13.json"))!;
        document["rollupSettings"] = JsonNode.Parse(settings);

        FluentActions.Invoking(() => LedgerJson.Deserialize(document.ToJsonString())).Should().Throw<AlliancesJsonException>()
            .Which.RuleCode.Should().Be(code);
        PublishedSchemas.FirstError(PublishedSchemas.Ledger, document.ToJsonString()).Should().NotBeNull("the schema refuses it too");
    }

    [Fact]
    public void TheProgressView_ShowsTheLedgersSettings_AndItsFiguresFollowThem()
    {
        var set = WithSettings(Bouches, Settings);

        var view = ProgressView.Of(set, AsOf);
        var json = JsonNode.Parse(JsonSerializer.Serialize(view))!;

        view.RollupSettings.Should().Be(Settings);
        view.Ledgers[0].Figures.Should().Be(set.RollupAt(AsOf));
        json["rollupSettings"]!.ToJsonString().Should().Be("""{"unknownPolicy":"strict","tolerance":5,"measureWeights":[{"measure":9,"weight":3},{"measure":1,"weight":0.5}],"dimensionWeights":[{"dimension":"political","weight":2}]}""");
    }

    [Property(MaxTest = 60)]
    public Property AnySettings_OnAnyLedger_RoundTripThroughTheDocument_AndAreAppliedByDefault() =>
        Prop.ForAll(AlliancesGenerators.Ledgers.ToArbitrary(), SettingsGen.ToArbitrary(), (ledger, settings) =>
        {
            var set = WithSettings(ledger, settings);
            var back = LedgerJson.Deserialize(LedgerJson.Serialize(set)).Ledger!;
            return (back.Equals(set) && back.RollupAt(AsOf).Equals(ledger.RollupAt(AsOf, settings))).Label(LedgerJson.Serialize(set)[..200]);
        });

    private static Gen<ProgressOptions> SettingsGen =>
        from strict in Gen.Elements(false, true)
        from tolerance in Gen.Choose(0, 10000)
        from measures in Gen.SubListOf(Enumerable.Range(1, 21).ToArray())
        from measureWeights in Gen.ArrayOf(Gen.Choose(1, 400), measures.Count)
        from dimensions in Gen.SubListOf(Enum.GetValues<DimensionKind>())
        from dimensionWeights in Gen.ArrayOf(Gen.Choose(1, 400), dimensions.Count)
        select new ProgressOptions
        {
            Policy = strict ? UnknownPolicy.Strict : UnknownPolicy.Available,
            Tolerance = new Percentage(tolerance / 100.0),
            MeasureWeights = [.. measures.Select((m, i) => new MeasureWeight(new MeasureNumber(m), measureWeights[i] / 8.0))],
            DimensionWeights = [.. dimensions.Select((d, i) => new DimensionWeight(d, dimensionWeights[i] / 8.0))],
        };
}

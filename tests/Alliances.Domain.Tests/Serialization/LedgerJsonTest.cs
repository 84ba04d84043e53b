using System.Text;
using System.Text.Json;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using Alliances.Domain.Tests.Support;
using NodaTime;
using static Alliances.Domain.Progress.LifecycleStatus;
using static Alliances.Domain.Tests.Support.LedgerFixtures;

namespace Alliances.Domain.Tests.Serialization;

public class LedgerJsonTest
{
    private static readonly string PortfolioJson = Files.Docs("examples", "odd17.portfolio.json");

    [Fact]
    public void ExamplePortfolio_ReadsAndWritesBackIdentically()
    {
        var document = LedgerJson.Deserialize(PortfolioJson);

        document.Scope.Should().Be(LedgerScope.Portfolio);
        document.Portfolio!.Ledgers.Select(l => l.Territory!.Code.Value).Should().Equal("13", "59", "69", "2A");
        document.Ledgers.Should().HaveCount(4);
        document.Ledger.Should().BeNull();
        (LedgerJson.Serialize(document) + "\n").Should().Be(PortfolioJson);
    }

    [Fact]
    public void ExampleLedger_ReadsAndWritesBackIdentically()
    {
        var json = Files.Docs("examples", "odd17.ledger-13.json");

        var document = LedgerJson.Deserialize(json);

        document.Scope.Should().Be(LedgerScope.Territorial);
        document.Ledger!.Territory!.Name.Should().Be("Bouches-du-Rhône");
        (LedgerJson.Serialize(document) + "\n").Should().Be(json);
        document.Ledger.Should().Be(LedgerJson.Deserialize(PortfolioJson).Portfolio!.Ledgers[0]);
    }

    [Fact]
    public void ExampleLedger_SaysWhoDoesWhat()
    {
        var ledger = LedgerJson.Deserialize(Files.Docs("examples", "odd17.ledger-13.json")).Ledger!;

        ledger.Commitments.Should().HaveCount(7);
        ledger.LeadsOf(new MeasureNumber(9), new LocalDate(2021, 1, 14)).Select(a => a.ToString())
            .Should().Equal("Coopérative Provence Données (exemple fictif)");
        ledger.LeadsOf(new MeasureNumber(9), new LocalDate(2021, 1, 15)).Select(a => a.ToString())
            .Should().Equal("Association Calanques Solidaires (exemple fictif)");
        ledger.Commitments[3].Withdrawal!.Reason.English.Should().Be("Merged into another organisation (invented example).");
        ledger.Commitments[0].Actor.Should().Be(Actor.For(ledger.Territory!, new GovernanceBody(new LocalizedText("Comité opérationnel", "Operational committee"))));
    }

    [Fact]
    public void ExampleLedgers_AddTheirTerritorysOwnMilestones_ApartFromTheBase()
    {
        var bouchesDuRhone = LedgerJson.Deserialize(Files.Docs("examples", "odd17.ledger-13.json")).Ledger!;
        var nord = LedgerJson.Deserialize(Files.Docs("examples", "odd17.portfolio.json")).Portfolio!.Ledgers.Single(l => l.Territory!.Code.Value == "59");

        bouchesDuRhone.Milestones.Select(m => m.Sequence).Should().Equal(8, 9);
        bouchesDuRhone.Milestones[0].Date.Should().Be(new PartOfMonth(new YearMonth(2020, 10), MonthPart.Mid, isToBeConfirmed: true));
        bouchesDuRhone.Milestones[1].History.Should().ContainSingle().Which.Kind.Should().Be(MilestoneDateChangeKind.Confirmed);
        bouchesDuRhone.MilestonesOf(new MeasureNumber(9)).Select(m => m.Sequence).Should().Equal(2, 8, 9);
        bouchesDuRhone.Programme.Milestones.Should().HaveCount(7);
        nord.Milestones.Should().ContainSingle().Which.Title.English.Should().Be("Nord alliances gathering (invented example)");
    }

    [Fact]
    public void SchemaVersion_IsTheEarliestThatHoldsTheDocument()
    {
        var example = LedgerJson.Deserialize(Files.Docs("examples", "odd17.ledger-13.json")).Ledger!;
        var withoutCommitments = Ledger.Create(example.ToDraft() with { Commitments = default, Milestones = default });
        var coLeadsAllowedOnly = Ledger.Create(example.ToDraft() with { Commitments = default, Milestones = default, AllowsCoLeads = true });
        var milestonesOnly = Ledger.Create(example.ToDraft() with { Commitments = default });

        LedgerJson.Serialize(example, indented: false).Should().StartWith("{\"kind\":\"ledger\",\"schemaVersion\":2,");
        LedgerJson.Serialize(withoutCommitments, indented: false).Should().StartWith("{\"kind\":\"ledger\",\"schemaVersion\":1,");
        LedgerJson.Serialize(coLeadsAllowedOnly, indented: false).Should().StartWith("{\"kind\":\"ledger\",\"schemaVersion\":2,")
            .And.Contain("\"allowsCoLeads\":true");
        LedgerJson.Deserialize(LedgerJson.Serialize(coLeadsAllowedOnly)).Ledger!.AllowsCoLeads.Should().BeTrue();
        LedgerJson.Serialize(milestonesOnly, indented: false).Should().StartWith("{\"kind\":\"ledger\",\"schemaVersion\":2,")
            .And.Contain("\"milestones\":[{\"sequence\":8,");
        FluentActions.Invoking(() => LedgerJson.Deserialize(LedgerJson.Serialize(milestonesOnly).Replace("\"schemaVersion\": 2", "\"schemaVersion\": 1", StringComparison.Ordinal)))
            .Should().Throw<AlliancesJsonException>().Which.RuleCode.Should().Be("JSN002", "a version 1 document has no milestones of its own");
        LedgerJson.Serialize(Portfolio.Create(new PortfolioDraft { Ledgers = [withoutCommitments] }), indented: false).Should().Contain("\"schemaVersion\":1,");
        LedgerJson.Serialize(Portfolio.Create(new PortfolioDraft { Ledgers = [withoutCommitments, Ledger.Create(example.ToDraft() with { Territory = new Territory(new TerritoryCode("59"), "Nord", TerritoryLevel.Departement) })] }), indented: false)
            .Should().Contain("\"schemaVersion\":2,");
        ProgrammeJson.Serialize(Odd17.Programme, indented: false).Should().StartWith("{\"kind\":\"programme\",\"schemaVersion\":2,", "its who-does-what meeting serves every measure");
        ProgrammeJson.Serialize(ProgrammeJson.Deserialize(Files.Fixture("v1", "odd17.programme.json")), indented: false).Should().StartWith("{\"kind\":\"programme\",\"schemaVersion\":1,");
    }

    [Fact]
    public void V1Fixture_StillReads() =>
        LedgerJson.Deserialize(Files.Fixture("v1", "odd17.ledger-13.json")).Ledger!.ReportCount.Should().BeGreaterThan(300);

    [Fact]
    public void EscapedNamesAndValues_ReadAsTheirText()
    {
        var ledger = LedgerOf(Report(1, "2020-06-01", InProgress, 12.5), Report(1, "2020-09-01", EffectsObserved, effects: "2020-08-15"));
        var json = LedgerJson.Serialize(ledger, indented: false)
            .Replace("\"date\"", "\"\\u0064ate\"", StringComparison.Ordinal)
            .Replace("\"firstEffectsObserved\"", "\"\\u0066irstEffects\\u004Fbserved\"", StringComparison.Ordinal)
            .Replace("\"inProgress\"", "\"in\\u0050rogress\"", StringComparison.Ordinal);

        json.Should().Contain("\\u0064ate").And.Contain("\\u004Fbserved").And.Contain("in\\u0050rogress");
        LedgerJson.Deserialize(json).Ledger.Should().Be(ledger);
    }

    [Theory]
    [InlineData("\\u006Deasures")]
    [InlineData("measures")]
    [InlineData("\\u0064\\u0061\\u0074\\u0065\\u0064\\u0061\\u0074\\u0065\\u0064\\u0061\\u0074\\u0065\\u0064\\u0061\\u0074\\u0065\\u0064\\u0061\\u0074\\u0065\\u0064\\u0061\\u0074\\u0065")]
    public void AReportPropertyNotInTheContract_IsRefusedWithItsPath(string name)
    {
        var json = LedgerJson.Serialize(LedgerOf(Report(1, "2020-06-01", InProgress, 12.5)), indented: false)
            .Replace("\"measure\"", $"\"{name}\"", StringComparison.Ordinal);

        var thrown = FluentActions.Invoking(() => LedgerJson.Deserialize(json)).Should().Throw<JsonException>().Which;

        thrown.Path.Should().Be("$.reports[0]." + System.Text.RegularExpressions.Regex.Unescape(name));
        thrown.Message.Should().StartWith("JSN001:").And.Contain("is not part of a report in the contract");
    }

    [Fact]
    public void NationalLedger_RoundTrips()
    {
        var ledger = LedgerOf(Report(1, "2020-06-01", InProgress, 12.5, comment: "Lancement « national »"), Report(1, "2020-09-01", EffectsObserved, effects: "2020-08-15"));

        var json = LedgerJson.Serialize(ledger, indented: false);

        json.Should().StartWith("""{"kind":"ledger","schemaVersion":1,"scope":"national","programme":"odd17-2020","reports":[""");
        json.Should().Contain("""{"measure":1,"date":"2020-06-01","status":"inProgress","progress":12.5,"comment":"Lancement « national »"}""");
        json.Should().Contain("""{"measure":1,"date":"2020-09-01","status":"effectsObserved","firstEffectsObserved":"2020-08-15"}""");
        LedgerJson.Deserialize(json).Ledger.Should().Be(ledger);
    }

    [Fact]
    public async Task Streams_RoundTripAsync()
    {
        var document = LedgerJson.Deserialize(PortfolioJson);
        using var stream = new MemoryStream();

        await LedgerJson.SerializeAsync(stream, document);
        stream.Position = 0;

        (await LedgerJson.DeserializeAsync(stream)).Portfolio.Should().Be(document.Portfolio);
    }

    [Fact]
    public void Bytes_RoundTrip()
    {
        var document = LedgerJson.Deserialize(Encoding.UTF8.GetBytes(PortfolioJson));

        LedgerJson.SerializeToUtf8Bytes(document, indented: true).Should().Equal(Encoding.UTF8.GetBytes(PortfolioJson.TrimEnd('\n')));
    }

    [Fact]
    public void ALedgerOfAnotherProgramme_ReadsWhenTheReaderIsGivenIt()
    {
        var followUp = Programme.Create(Drafts.FollowUp);
        var ledger = Ledger.ForTerritory(followUp, new Territory(new TerritoryCode("75"), "Paris", TerritoryLevel.Departement)).Add(Report(12, "2020-06-01", InProgress));
        var json = LedgerJson.Serialize(ledger);

        LedgerJson.Deserialize(json, [Odd17.Programme, followUp]).Ledger.Should().Be(ledger);
        FluentActions.Invoking(() => LedgerJson.Deserialize(json)).Should().Throw<JsonException>().Which.Message.Should().StartWith("JSN003:");
    }

    [Fact]
    public void EachRead_KnowsTheProgrammesItIsGiven_NotThoseOfTheReadBefore()
    {
        var followUp = Programme.Create(Drafts.FollowUp);
        var ledger = Ledger.ForTerritory(followUp, new Territory(new TerritoryCode("75"), "Paris", TerritoryLevel.Departement)).Add(Report(12, "2020-06-01", InProgress));
        var json = LedgerJson.Serialize(ledger);
        var canonical = LedgerJson.Serialize(Ledger.ForTerritory(Odd17.Programme, new Territory(new TerritoryCode("75"), "Paris", TerritoryLevel.Departement)));

        LedgerJson.Deserialize(json, [followUp]).Ledger.Should().Be(ledger);
        LedgerJson.Validate(canonical, [followUp]).Codes.Should().Equal("JSN003");
        LedgerJson.Validate(canonical, [followUp, Odd17.Programme]).IsValid.Should().BeTrue();
        LedgerJson.Validate(json, [Odd17.Programme]).Codes.Should().Equal("JSN003");
        LedgerJson.Validate(json, [followUp, Odd17.Programme]).IsValid.Should().BeTrue();
        LedgerJson.Validate(json, [Odd17.Programme, followUp]).IsValid.Should().BeTrue();
        LedgerJson.Validate(json).Codes.Should().Equal("JSN003");
        LedgerJson.Validate(canonical).IsValid.Should().BeTrue();
    }

    [Fact]
    public void AnUnknownProgramme_IsFoundWhereTheDocumentNamesIt()
    {
        var json = LedgerJson.Serialize(Ledger.ForTerritory(Programme.Create(Drafts.FollowUp), new Territory(new TerritoryCode("75"), "Paris", TerritoryLevel.Departement)));

        var exception = FluentActions.Invoking(() => LedgerJson.Deserialize(json)).Should().Throw<AlliancesJsonException>().Which;

        exception.Path.Should().Be("$.programme");
        exception.LineNumber.Should().Be(json.Split('\n').TakeWhile(line => !line.Contains("\"programme\"", StringComparison.Ordinal)).Count());
    }

    [Fact]
    public void Portfolio_BrokenInOneTerritory_GivesThePathWithinTheDocument()
    {
        var json = PortfolioJson.Replace("\"code\": \"59\"", "\"code\": \"13\"", StringComparison.Ordinal);

        var exception = FluentActions.Invoking(() => LedgerJson.Deserialize(json)).Should().Throw<JsonException>().Which;

        exception.Message.Should().StartWith("POR001:");
        exception.Path.Should().Be("$.territories[1].territory.code");
    }

    [Theory]
    [InlineData("\"code\": \"59\"", "\"code\": \"5 9\"", "$.territories[1].territory.code")]
    [InlineData("\"territory\": \"59\"", "\"territory\": \"Nord\u00e9\"", "$.weights[1].territory")]
    [InlineData("\"territory\": \"13\"", "\"territory\": \"\"", "$.weights[0].territory")]
    public void Portfolio_ACodeThatIsNoCode_BreaksTER001AtTheCode(string code, string broken, string path)
    {
        var json = PortfolioJson.Replace(code, broken, StringComparison.Ordinal);

        var exception = FluentActions.Invoking(() => LedgerJson.Deserialize(json)).Should().Throw<JsonException>().Which;

        exception.Message.Should().StartWith("TER001:");
        exception.Path.Should().Be(path);
        LedgerJson.Validate(json).Violations.Should().ContainSingle().Which.Should().Match<Domain.Validation.RuleViolation>(v => v.Code == "TER001" && v.Path == path);
    }

    [Fact]
    public void Validate_APortfolio_PrefixesThePathsOfEachTerritory()
    {
        var index = PortfolioJson.IndexOf("\"code\": \"59\"", StringComparison.Ordinal);
        var statusAt = PortfolioJson.IndexOf("\"status\": \"inProgress\"", index, StringComparison.Ordinal);
        var json = PortfolioJson[..statusAt] + "\"status\": \"completed\"" + PortfolioJson[(statusAt + "\"status\": \"inProgress\"".Length)..];

        var violations = LedgerJson.Validate(json).Violations;

        violations.Should().NotBeEmpty().And.OnlyContain(v => v.Code == "LIF001" && v.Path.StartsWith("$.territories[1].reports[", StringComparison.Ordinal));
    }
}

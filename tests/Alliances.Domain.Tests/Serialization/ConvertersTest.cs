using System.Text.Json;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using Alliances.Domain.Tests.Docs;
using NodaTime;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>The converters, as an app meets them: its own records, reflection, no set-up.</summary>
public class ConvertersTest
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly JsonSerializerOptions Contract = new() { Encoder = AlliancesJson.Encoder };

    private sealed record Holder(DimensionKind Kind, Percentage Progress);

    private sealed record Meeting(LocalDate Day, YearMonth Month, Period Every);

    private sealed record Visit(TerritoryCode Where, TerritoryWeight Population);

    [Fact]
    public void Programme_ThroughJsonSerializer_IsTheFrontDoorsDocument() =>
        JsonSerializer.Serialize(Odd17.Programme, Contract).Should().Be(ProgrammeJson.Serialize(Odd17.Programme, indented: false));

    [Fact]
    public void Programme_ThroughJsonSerializer_ReadsBack() =>
        JsonSerializer.Deserialize<Programme>(ProgrammeJson.Serialize(Odd17.Programme)).Should().Be(Odd17.Programme);

    [Theory]
    [InlineData("""{"kind":"Strategic","progress":10}""", "$.kind")]
    [InlineData("""{"kind":1,"progress":10}""", "$.kind")]
    [InlineData("""{"kind":"strategic","progress":null}""", "$.progress")]
    [InlineData("""{"kind":"strategic","progress":"10"}""", "$.progress")]
    public void Values_NotInTheContractsForm_AreRefusedAtTheirPath(string json, string path)
    {
        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<Holder>(json, Web)).Should().Throw<AlliancesJsonException>().Which;

        thrown.RuleCode.Should().Be("JSN001");
        thrown.Path.Should().Be(path);
        thrown.LineNumber.Should().Be(0);
    }

    [Fact]
    public void Percentage_OutOfRange_IsItsRule() =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Holder>("""{"kind":"strategic","progress":100.5}""", Web))
            .Should().Throw<AlliancesJsonException>().Which.Should().Match<AlliancesJsonException>(e => e.RuleCode == "PCT001" && e.Path == "$.progress");

    [Fact]
    public void AValueEmbeddedDeeper_GivesItsOwnPathAndThePathInsideIt()
    {
        var json = JsonSerializer.Serialize(EmbeddingExamples.Card, Web).Replace("\"number\":9", "\"number\":0", StringComparison.Ordinal);

        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<MeasureCard>(json, Web)).Should().Throw<AlliancesJsonException>().Which;

        thrown.RuleCode.Should().Be("MEA001");
        thrown.Path.Should().Be("$.measure", "System.Text.Json locates the value the converter read");
        thrown.Violations.Should().ContainSingle().Which.Path.Should().Be("$.measure.number");
        thrown.Message.Should().StartWith("MEA001: ").And.Contain("Path: $.measure.number | LineNumber: 0");
    }

    [Fact]
    public void AProgrammeAtTheRoot_GivesThePathOfThePartAtFault()
    {
        var json = ProgrammeJson.Serialize(Odd17.Programme).Replace("\"number\": 5,", "\"number\": 4,", StringComparison.Ordinal);

        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<Programme>(json)).Should().Throw<AlliancesJsonException>().Which;

        thrown.RuleCode.Should().Be("PRG004");
        thrown.Path.Should().Be("$.measures[4].number");
        thrown.Violations.Select(v => v.Path).Should().Equal("$.measures[4].number", "$.measures");
    }

    [Fact]
    public void AProgrammeEmbedded_GivesThePathsWithinTheDocument()
    {
        var json = "{\"programme\":" + ProgrammeJson.Serialize(Odd17.Programme, indented: false).Replace("\"number\":5,", "\"number\":4,", StringComparison.Ordinal) + "}";

        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<Dictionary<string, Programme>>(json)).Should().Throw<AlliancesJsonException>().Which;

        thrown.Path.Should().Be("$.programme");
        thrown.Violations.Select(v => v.Path).Should().Equal("$.programme.measures[4].number", "$.programme.measures");
    }

    [Fact]
    public void ACaseOfImpreciseDate_ReadsOnlyItsPrecision()
    {
        JsonSerializer.Deserialize<ExactDay>("""{"precision":"day","day":"2020-05-07","toBeConfirmed":false}""").Should().Be(new ExactDay(new LocalDate(2020, 5, 7)));

        FluentActions.Invoking(() => JsonSerializer.Deserialize<ExactDay>("""{"precision":"month","month":"2020-05","toBeConfirmed":false}"""))
            .Should().Throw<AlliancesJsonException>().Which.Message.Should().Contain("ExactDay");
    }

    [Fact]
    public void EnumKeys_AreTheContractsNames()
    {
        var json = JsonSerializer.Serialize(new Dictionary<DimensionKind, int> { [DimensionKind.Political] = 7 });

        json.Should().Be("""{"political":7}""");
        JsonSerializer.Deserialize<Dictionary<DimensionKind, int>>(json).Should().ContainKey(DimensionKind.Political);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Dictionary<DimensionKind, int>>("""{"Political":7}""")).Should().Throw<AlliancesJsonException>();
    }

    [Theory]
    [InlineData(999_999, "\"P999999D\"")]
    [InlineData(7, "\"P7D\"")]
    public void Period_IsWrittenInItsCanonicalForm_BeyondWhatNodaTimeNormalizes(int days, string json)
    {
        var options = new JsonSerializerOptions().AddDateFormats();

        JsonSerializer.Serialize(Period.FromDays(days), options).Should().Be(json);
        JsonSerializer.Deserialize<Period>(json, options).Should().Be(Period.FromDays(days));
    }

    [Theory]
    [InlineData("\"P1W\"")]
    [InlineData("\"P0Y18M\"")]
    [InlineData("\"PT0S\"")]
    [InlineData("\"PT60M\"")]
    public void Period_NotInItsCanonicalForm_IsRefused(string json) =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Period>(json, new JsonSerializerOptions().AddDateFormats())).Should().Throw<AlliancesJsonException>();

    [Fact]
    public void TerritoryCode_IsThePlainString()
    {
        var visit = new Visit(new TerritoryCode("2A"), new TerritoryWeight(new TerritoryCode("971"), 384_239));

        var json = JsonSerializer.Serialize(visit, Web);

        json.Should().Be("""{"where":"2A","population":{"territory":"971","weight":384239}}""");
        JsonSerializer.Deserialize<Visit>(json, Web).Should().Be(visit);
        JsonSerializer.Serialize(new TerritoryCode("FR-IDF"), AlliancesJsonContext.Default.TerritoryCode).Should().Be("\"FR-IDF\"");
    }

    [Theory]
    [InlineData("""{"where":"2 A","population":{"territory":"971","weight":1}}""", "$.where")]
    [InlineData("""{"where":"","population":{"territory":"971","weight":1}}""", "$.where")]
    [InlineData("""{"where":"2A","population":{"territory":"Guadeloupe, 971","weight":1}}""", "$.population")]
    public void TerritoryCode_NotACode_IsTER001AtItsPath(string json, string path)
    {
        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<Visit>(json, Web)).Should().Throw<AlliancesJsonException>().Which;

        thrown.RuleCode.Should().Be("TER001");
        thrown.Path.Should().Be(path);
    }

    [Fact]
    public void TerritoryCode_NotAString_IsRefused()
    {
        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<Visit>("""{"where":20,"population":{"territory":"971","weight":1}}""", Web))
            .Should().Throw<AlliancesJsonException>().Which;

        thrown.RuleCode.Should().Be("JSN001");
        thrown.Path.Should().Be("$.where");
    }

    [Fact]
    public void TerritoryCodeKeys_AreTheCodes()
    {
        var populations = new Dictionary<TerritoryCode, int> { [new TerritoryCode("2A")] = 158_507, [new TerritoryCode("971")] = 384_239 };

        var json = JsonSerializer.Serialize(populations);

        json.Should().Be("""{"2A":158507,"971":384239}""");
        JsonSerializer.Deserialize<Dictionary<TerritoryCode, int>>(json).Should().Equal(populations);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Dictionary<TerritoryCode, int>>("""{"2 A":1}"""))
            .Should().Throw<AlliancesJsonException>().Which.RuleCode.Should().Be("TER001");
    }

    [Fact]
    public void DefaultTerritoryCode_IsNeverWritten()
    {
        FluentActions.Invoking(() => JsonSerializer.Serialize(default(TerritoryCode))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => JsonSerializer.Serialize(default(TerritoryWeight))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => JsonSerializer.Serialize(new Dictionary<TerritoryCode, int> { [default] = 1 })).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void DateFormats_AreTheContractsAndStrict()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddDateFormats();
        var meeting = new Meeting(new LocalDate(2020, 6, 4), new YearMonth(2019, 10), Period.FromYears(3));

        var json = JsonSerializer.Serialize(meeting, options);

        json.Should().Be("""{"day":"2020-06-04","month":"2019-10","every":"P3Y"}""");
        JsonSerializer.Deserialize<Meeting>(json, options).Should().Be(meeting);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Meeting>(json.Replace("2020-06-04", "2021-02-30", StringComparison.Ordinal), options))
            .Should().Throw<AlliancesJsonException>().Which.Path.Should().Be("$.day");
    }

    [Fact]
    public void ALedger_IsNotAPortfolio()
    {
        var portfolio = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "examples", "odd17.portfolio.json"));

        JsonSerializer.Deserialize<Portfolio>(portfolio)!.Ledgers.Should().HaveCount(4);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Ledger>(portfolio)).Should().Throw<AlliancesJsonException>()
            .Which.Should().Match<AlliancesJsonException>(e => e.RuleCode == "JSN001" && e.Path == "$" && e.LineNumber != null && e.Violations[0].Path == "$.scope",
                "a value refused once read is located by System.Text.Json at the value, here the document's root, and the part at fault is in the violations");
    }

    [Fact]
    public void ALedgerOrAPortfolioReadAsTheOther_SaysWhatWasExpectedAndWhatCame()
    {
        var portfolio = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "examples", "odd17.portfolio.json"));
        var ledger = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "examples", "odd17.ledger-13.json"));

        FluentActions.Invoking(() => JsonSerializer.Deserialize<Ledger>(portfolio)).Should().Throw<AlliancesJsonException>()
            .Which.Violations[0].Message.Should().Be("A ledger document of one ledger is expected here; got one of scope 'portfolio'.");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Portfolio>(ledger)).Should().Throw<AlliancesJsonException>()
            .Which.Violations[0].Message.Should().Be("A ledger document of a portfolio is expected here; got one of scope 'territorial'.");
    }

    [Fact]
    public void TheLibrarysContext_GivesTheContract() =>
        JsonSerializer.Serialize(new Percentage(33.33), AlliancesJsonContext.Default.Percentage).Should().Be("33.33");
}

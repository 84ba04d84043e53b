using System.Text.Json;
using System.Text.Json.Nodes;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;
using Alliances.Domain.Tests.Support;
using Json.Schema;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>The published JSON Schemas accept what the library writes and refuse what its readers refuse.</summary>
public class SchemaTest
{
    private static readonly JsonSchema ProgrammeSchema = PublishedSchemas.Programme;
    private static readonly JsonSchema LedgerSchema = PublishedSchemas.Ledger;
    private static readonly string Programme = ProgrammeJson.Serialize(Odd17.Programme, indented: false);
    private static readonly string Ledger = Files.Docs("examples", "odd17.ledger-13.json");

    private static bool Valid(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    [Fact]
    public void CanonicalProgramme_IsValid() => Valid(ProgrammeSchema, Files.Docs("catalogue", "odd17.programme.json")).Should().BeTrue();

    [Theory]
    [InlineData("odd17.portfolio.json")]
    [InlineData("odd17.ledger-13.json")]
    public void ExampleLedgers_AreValid(string file) => Valid(LedgerSchema, Files.Docs("examples", file)).Should().BeTrue();

    [Fact]
    public void NationalLedger_IsValid() =>
        Valid(LedgerSchema, LedgerJson.Serialize(LedgerFixtures.LedgerOf(LedgerFixtures.Report(1, "2020-06-01", Domain.Progress.LifecycleStatus.InProgress, 33.33)))).Should().BeTrue();

    public static TheoryData<string, string> InvalidProgrammes => new()
    {
        { "unknown property", Programme.Replace("\"id\":", "\"colour\":\"red\",\"id\":") },
        { "missing launch date", Programme.Replace("\"launchDate\":\"2020-05-07\",", "") },
        { "null launch date", Programme.Replace("\"launchDate\":\"2020-05-07\"", "\"launchDate\":null") },
        { "date in another format", Programme.Replace("\"launchDate\":\"2020-05-07\"", "\"launchDate\":\"07/05/2020\"") },
        { "month 13", Programme.Replace("\"launchDate\":\"2020-05-07\"", "\"launchDate\":\"2020-13-07\"") },
        { "wrong type", Programme.Replace("\"number\":9,", "\"number\":\"9\",") },
        { "measure 0", Programme.Replace("\"number\":9,", "\"number\":0,") },
        { "unknown enum value", Programme.Replace("\"dimension\":\"strategic\"", "\"dimension\":\"Strategic\"") },
        { "horizon in years", Programme.Replace("\"minimum\":\"P3M\"", "\"minimum\":\"P1Y\"") },
        { "field of another precision", Programme.Replace("\"precision\":\"year\",\"year\":2022", "\"precision\":\"year\",\"year\":2022,\"day\":\"2022-01-01\"") },
        { "blank French", Programme.Replace("\"fr\":\"Comité de suivi\"", "\"fr\":\" \"") },
        { "identifier with capitals", Programme.Replace("\"id\":\"odd17-2020\"", "\"id\":\"ODD17\"") },
        { "share above 100", Programme.Replace("\"share\":81,", "\"share\":181,") },
        { "newer version", Programme.Replace("\"schemaVersion\":2", "\"schemaVersion\":3") },
        { "wrong kind", Programme.Replace("\"kind\":\"programme\"", "\"kind\":\"ledger\"") },
    };

    [Theory]
    [MemberData(nameof(InvalidProgrammes))]
    public void InvalidProgramme_IsRefusedByTheSchemaAndTheReader(string what, string json)
    {
        Valid(ProgrammeSchema, json).Should().BeFalse(what);
        FluentActions.Invoking(() => ProgrammeJson.Deserialize(json)).Should().Throw<JsonException>(what);
    }

    public static TheoryData<string, string> InvalidLedgers => new()
    {
        { "unknown scope", Ledger.Replace("\"scope\": \"territorial\"", "\"scope\": \"regional\"") },
        { "national with a territory", Ledger.Replace("\"scope\": \"territorial\"", "\"scope\": \"national\"") },
        { "unknown status", Ledger.Replace("\"status\": \"inProgress\"", "\"status\": \"started\"") },
        { "report without date", Ledger.Replace("\"date\": \"2020-06-0", "\"day\": \"2020-06-0") },
        { "progress above 100", FirstProgress("104") },
        { "bad territory code", Ledger.Replace("\"code\": \"13\"", "\"code\": \"13 \"") },
        { "unknown report property", Ledger.Replace("\"status\": \"inProgress\"", "\"status\": \"inProgress\", \"owner\": \"x\"") },
        { "indicator weight 0", Ledger.Replace("\"weight\": 2", "\"weight\": 0") },
        { "portfolio without territories", Ledger.Replace("\"scope\": \"territorial\"", "\"scope\": \"portfolio\"") },
    };

    private static string FirstProgress(string value)
    {
        var match = System.Text.RegularExpressions.Regex.Match(Ledger, "\"progress\": [0-9.]+", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return Ledger[..match.Index] + $"\"progress\": {value}" + Ledger[(match.Index + match.Length)..];
    }

    [Fact]
    public void ThreeDecimals_AreALibraryRule_TheSchemaStatesInItsDescriptionAlone()
    {
        // A validator's multipleOf divides in floating point (ajv refuses 33.33 as a multiple of 0.01), so the schema
        // leaves exact decimals to the library (REP003) and says so.
        var json = FirstProgress("4.125");
        var progress = JsonNode.Parse(Files.Docs("schema", "ledger.schema.json"))!["$defs"]!["report"]!["properties"]!["progress"]!;

        Valid(LedgerSchema, json).Should().BeTrue();
        Valid(LedgerSchema, FirstProgress("33.33")).Should().BeTrue();
        FluentActions.Invoking(() => LedgerJson.Deserialize(json)).Should().Throw<AlliancesJsonException>().Which.RuleCode.Should().Be("REP003");
        progress["multipleOf"].Should().BeNull();
        progress["description"]!.GetValue<string>().Should().Contain("at most two decimals").And.Contain("REP003");
    }

    [Theory]
    [MemberData(nameof(InvalidLedgers))]
    public void InvalidLedger_IsRefusedByTheSchemaAndTheReader(string what, string json)
    {
        json.Should().NotBe(Ledger, $"the case '{what}' changes the document");
        Valid(LedgerSchema, json).Should().BeFalse(what);
        FluentActions.Invoking(() => LedgerJson.Deserialize(json)).Should().Throw<JsonException>(what);
    }

    public static TheoryData<string, string, string[]> Enums => new()
    {
        { "programme.schema.json", "/$defs/milestone/properties/kind/enum", JsonNames.MilestoneKinds.Select(x => x.Name).ToArray() },
        { "programme.schema.json", "/$defs/dimensionKind/enum", JsonNames.DimensionKinds.Select(x => x.Name).ToArray() },
        { "programme.schema.json", "/$defs/dateChange/oneOf/*/properties/kind/const", JsonNames.DateChangeKinds.Select(x => x.Name).ToArray() },
        { "ledger.schema.json", "/oneOf/*/$ref/properties/scope/const", JsonNames.Scopes.Select(x => x.Name).ToArray() },
        { "ledger.schema.json", "/$defs/report/properties/status/enum", JsonNames.Statuses.Select(x => x.Name).ToArray() },
        { "ledger.schema.json", "/$defs/report/properties/health/enum", JsonNames.Healths.Select(x => x.Name).ToArray() },
        { "ledger.schema.json", "/$defs/indicator/properties/direction/enum", JsonNames.Directions.Select(x => x.Name).ToArray() },
        { "ledger.schema.json", "/$defs/territory/properties/level/enum", JsonNames.Levels.Select(x => x.Name).ToArray() },
        { "progress-view.schema.json", "/$defs/scheduleStatus/enum", JsonNames.ScheduleStatuses.Select(x => x.Name).ToArray() },
        { "progress-view.schema.json", "/$defs/scheduleCounts/required", JsonNames.ScheduleStatuses.Select(x => x.Name).ToArray() },
        { "progress-view.schema.json", "/$defs/measureProgress/properties/source/enum", JsonNames.Sources.Select(x => x.Name).ToArray() },
        { "progress-view.schema.json", "/$defs/measureProgress/properties/status/enum", JsonNames.Statuses.Select(x => x.Name).ToArray() },
        { "progress-view.schema.json", "/$defs/measureProgress/properties/health/enum", JsonNames.Healths.Select(x => x.Name).ToArray() },
        { "progress-view.schema.json", "/$defs/forecast/properties/outcome/enum", JsonNames.Outcomes.Select(x => x.Name).ToArray() },
        { "progress-view.schema.json", "/$defs/appliedRollupSettings/properties/unknownPolicy/enum", JsonNames.Policies.Select(x => x.Name).ToArray() },
        { "progress-view.schema.json", "/properties/scope/enum", JsonNames.Scopes.Select(x => x.Name).ToArray() },
        { "ledger.schema.json", "/$defs/rollupSettings/properties/unknownPolicy/enum", JsonNames.Policies.Select(x => x.Name).ToArray() },
        { "ledger.schema.json", "/$defs/rollupSettings/properties/dimensionWeights/items/properties/dimension/enum", JsonNames.DimensionKinds.Select(x => x.Name).ToArray() },
        { "schedule-view.schema.json", "/$defs/scheduleStatus/enum", JsonNames.ScheduleStatuses.Select(x => x.Name).ToArray() },
        { "schedule-view.schema.json", "/$defs/milestoneTiming/properties/timing/enum", JsonNames.Timings.Select(x => x.Name).ToArray() },
        { "schedule-view.schema.json", "/$defs/milestoneTiming/properties/kind/enum", JsonNames.MilestoneKinds.Select(x => x.Name).ToArray() },
    };

    [Theory]
    [MemberData(nameof(Enums))]
    public void SchemaEnums_ListExactlyTheValuesTheCodeWrites(string file, string pointer, string[] names)
    {
        // A pointer segment "*" stands for every branch of a oneOf, and "$ref" follows a reference within the schema.
        var root = JsonNode.Parse(Files.Docs("schema", file))!;
        IEnumerable<JsonNode> nodes = [root];
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            nodes = segment switch
            {
                "*" => nodes.SelectMany(n => n.AsArray().Select(b => b!)),
                "$ref" => nodes.Select(n => n["$ref"]!.GetValue<string>()["#/".Length..].Split('/').Aggregate(root, (at, s) => at[s]!)),
                _ => nodes.Select(n => n[segment]!),
            };
        }

        nodes.SelectMany(n => n is JsonArray array ? array.Select(v => v!.GetValue<string>()) : [n.GetValue<string>()]).Should().Equal(names);
    }

    [Fact]
    public void ProgrammeSchema_ListsEveryTopLevelPropertyTheWriterEmits()
    {
        // The canonical programme with every optional part the writer can add: answerable bodies, required.
        var everyPart = Domain.Programme.Create(Odd17.Draft with
        {
            RequiresAnswerableBodies = true,
            Measures = [.. Odd17.Programme.Measures.Select(m => m.WithAnswerableBody(Odd17.Programme.Governance.Bodies[1]))],
        });
        var properties = JsonNode.Parse(Files.Docs("schema", "programme.schema.json"))!["properties"]!.AsObject().Select(p => p.Key);
        using var written = JsonDocument.Parse(ProgrammeJson.Serialize(everyPart, indented: false));

        properties.Should().BeEquivalentTo(written.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("progress-view.schema.json", "day")]
    [InlineData("progress-view.schema.json", "month")]
    [InlineData("progress-view.schema.json", "text")]
    [InlineData("progress-view.schema.json", "slug")]
    [InlineData("progress-view.schema.json", "measure")]
    [InlineData("progress-view.schema.json", "localizedText")]
    [InlineData("progress-view.schema.json", "territory")]
    [InlineData("progress-view.schema.json", "actor")]
    [InlineData("progress-view.schema.json", "impreciseDate")]
    [InlineData("schedule-view.schema.json", "day")]
    [InlineData("schedule-view.schema.json", "localizedText")]
    [InlineData("schedule-view.schema.json", "territory")]
    [InlineData("schedule-view.schema.json", "impreciseDate")]
    public void ViewSchemas_DefineWhatTheyShareWithTheLedgerSchema_AsItDoes(string file, string definition)
    {
        var view = JsonNode.Parse(Files.Docs("schema", file))!["$defs"]![definition];
        var ledger = JsonNode.Parse(Files.Docs("schema", "ledger.schema.json"))!["$defs"]![definition];

        JsonNode.DeepEquals(view, ledger).Should().BeTrue($"$defs/{definition} is the same in {file} and ledger.schema.json");
    }

    [Theory]
    [InlineData("day")]
    [InlineData("month")]
    [InlineData("text")]
    [InlineData("localizedText")]
    [InlineData("impreciseDate")]
    [InlineData("milestone")]
    [InlineData("dateChange")]
    public void LedgerSchema_DefinesWhatItSharesWithTheProgrammeSchema_AsTheProgrammeSchemaDoes(string definition)
    {
        // Each schema stands alone, so that tools take it without resolving another file; the copies stay the same.
        var programme = JsonNode.Parse(Files.Docs("schema", "programme.schema.json"))!["$defs"]![definition];
        var ledger = JsonNode.Parse(Files.Docs("schema", "ledger.schema.json"))!["$defs"]![definition];

        JsonNode.DeepEquals(ledger, programme).Should().BeTrue($"$defs/{definition} is the same in both schemas");
    }
}

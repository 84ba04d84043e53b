using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests.Serialization;

public class ProgrammeJsonTest
{
    private static readonly string Json = ProgrammeJson.Serialize(Odd17.Programme);

    private static JsonElement Root => JsonDocument.Parse(Json).RootElement;

    [Fact]
    public void CatalogueFile_IsExactlyWhatTheLibraryWrites() =>
        Files.Docs("catalogue", "odd17.programme.json").Should().Be(Json + "\n", "docs/catalogue/odd17.programme.json is the library's own output; regenerate it with `alliances catalogue --json`");

    [Fact]
    public void Deserialize_GivesBackTheCanonicalProgramme() => ProgrammeJson.Deserialize(Json).Should().Be(Odd17.Programme);

    [Fact]
    public void WriteReadWrite_IsByteIdentical()
    {
        var bytes = ProgrammeJson.SerializeToUtf8Bytes(Odd17.Programme);

        ProgrammeJson.SerializeToUtf8Bytes(ProgrammeJson.Deserialize(bytes)).Should().Equal(bytes);
        ProgrammeJson.Serialize(ProgrammeJson.Deserialize(ProgrammeJson.Serialize(Odd17.Programme, indented: false)), indented: false)
            .Should().Be(ProgrammeJson.Serialize(Odd17.Programme, indented: false));
    }

    [Fact]
    public async Task Streams_RoundTripAsync()
    {
        using var stream = new MemoryStream();
        await ProgrammeJson.SerializeAsync(stream, Odd17.Programme);
        stream.Position = 0;

        (await ProgrammeJson.DeserializeAsync(stream)).Should().Be(Odd17.Programme);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(Json);
    }

    [Fact]
    public void Deserialize_SkipsAByteOrderMark() =>
        ProgrammeJson.Deserialize([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Json)]).Should().Be(Odd17.Programme);

    [Fact]
    public void V1Fixture_StillReads() =>
        ProgrammeJson.Deserialize(Files.Fixture("v1", "odd17.programme.json")).Should()
            .Be(Programme.Create(Odd17.Draft with { Milestones = [.. Odd17.Programme.Milestones.Select(m => m.Serving())] }), "version 1 had no milestone serving measures");

    [Fact]
    public void Milestones_AndTheMeasuresTheyServe_AnswerEachOther()
    {
        var programme = Odd17.Programme;
        var whoDoesWhat = programme.Milestones[1];

        whoDoesWhat.ServesEveryMeasure.Should().BeTrue();
        programme.MeasuresOf(whoDoesWhat).Should().HaveCount(21).And.BeInAscendingOrder();
        programme.MeasuresOf(programme.Milestones[0]).Should().BeEmpty();
        programme.MilestonesOf(new MeasureNumber(9)).Should().Equal(whoDoesWhat);
        var visit = programme.Milestones[3].Serving(new MeasureNumber(9), new MeasureNumber(7));
        var withVisit = Programme.Create(Odd17.Draft with { Milestones = [.. programme.Milestones.Select(m => m.Sequence == 4 ? visit : m)] });
        withVisit.MilestonesOf(new MeasureNumber(9)).Select(m => m.Sequence).Should().Equal(2, 4);
        withVisit.MeasuresOf(visit).Select(m => m.Value).Should().Equal(7, 9);
        withVisit.TryGetMilestonesOf(new MeasureNumber(22), out var none).Should().BeFalse();
        none.Should().BeEmpty();
        FluentActions.Invoking(() => withVisit.MilestonesOf(new MeasureNumber(22))).Should().Throw<KeyNotFoundException>();
        ProgrammeJson.Deserialize(ProgrammeJson.Serialize(withVisit)).Should().Be(withVisit);
    }

    [Fact]
    public void Serialize_WritesKindAndVersionFirst()
    {
        Root.EnumerateObject().Select(p => p.Name).Take(3).Should().Equal("kind", "schemaVersion", "id");
        Root.GetProperty("kind").GetString().Should().Be("programme");
        Root.GetProperty("schemaVersion").GetInt32().Should().Be(2, "the canonical who-does-what meeting serves every measure, which version 2 added");
    }

    [Fact]
    public void Serialize_Compact_WritesTheExactDateObjects()
    {
        var compact = ProgrammeJson.Serialize(Odd17.Programme, indented: false);

        compact.Should().Contain("""{"precision":"day","day":"2020-05-07","toBeConfirmed":false}""");
        compact.Should().Contain("""{"precision":"partOfMonth","month":"2020-06","part":"early","toBeConfirmed":true}""");
        compact.Should().Contain("""{"precision":"daySpan","first":"2020-09-03","last":"2020-09-04","toBeConfirmed":false}""");
        compact.Should().Contain("""{"precision":"year","year":2022,"toBeConfirmed":false}""");
        compact.Should().Contain("""{"minimum":"P18M","maximum":"P36M"}""");
        compact.Should().Contain(""""commissioned":"2019-10"""");
        compact.Should().Contain(""""looksBackOver":"P3Y"""");
        compact.Should().NotContain("\n");
    }

    [Fact]
    public void Serialize_HoldsEveryMeasureWithItsDimension()
    {
        var measures = Root.GetProperty("measures").EnumerateArray().ToList();

        measures.Should().HaveCount(21);
        measures[8].GetProperty("number").GetInt32().Should().Be(9);
        measures[8].GetProperty("title").GetProperty("fr").GetString().Should().Be("Accompagner les alliances stratégiques");
        measures[8].GetProperty("dimension").GetString().Should().Be("strategic");
    }

    [Fact]
    public void Serialize_LeavesFrenchReadableButEscapesHtmlCharacters()
    {
        Json.Should().Contain("réussir l’ODD 17…");
        Json.Should().Contain("«");
        Json.Should().NotContain("\\u00E9").And.NotContain("\\u2019").And.NotContain("\\u00AB");
        Json.Should().Contain("R\\u0026D", "an ampersand is escaped for HTML safety");
        Json.Should().NotContain("&").And.NotContain("<").And.NotContain(">");
    }

    [Fact]
    public void Serialize_IsSmallerThanWithTheDefaultEncoder()
    {
        using var reparsed = JsonDocument.Parse(Json);
        var withDefault = JsonSerializer.Serialize(reparsed.RootElement, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.Default });

        Encoding.UTF8.GetByteCount(Json).Should().BeLessThan(Encoding.UTF8.GetByteCount(withDefault));
    }

    [Fact]
    public void SerializeToUtf8Bytes_MatchesTheString() =>
        Encoding.UTF8.GetString(ProgrammeJson.SerializeToUtf8Bytes(Odd17.Programme)).Should().Be(Json);

    [Fact]
    public void Deserialize_ABrokenProgrammeRule_GivesThePathTheCodeAndTheDomainException()
    {
        var json = Json.Replace("\"number\": 5,", "\"number\": 4,", StringComparison.Ordinal);

        var exception = FluentActions.Invoking(() => ProgrammeJson.Deserialize(json)).Should().Throw<AlliancesJsonException>().Which;

        exception.Path.Should().Be("$.measures[4].number");
        exception.Message.Should().StartWith("PRG004:");
        exception.RuleCode.Should().Be("PRG004");
        exception.Violations.Select(v => (v.Code, v.Path)).Should().Equal(("PRG004", "$.measures[4].number"), ("PRG005", "$.measures"));
        exception.LineNumber.Should().Be(json.TrimEnd().Count(c => c == '\n'), "a rule across parts is found once every part is read, where the document ends");
        exception.InnerException.Should().BeOfType<RuleViolationException>()
            .Which.Violations.Select(v => v.Code).Should().Equal("PRG004", "PRG005");
    }

    [Fact]
    public void Validate_ReportsEveryViolationWithoutThrowing()
    {
        var json = Json.Replace("\"number\": 5,", "\"number\": 4,", StringComparison.Ordinal);

        ProgrammeJson.Validate(json).Violations.Select(v => (v.Code, v.Path)).Should().Equal(("PRG004", "$.measures[4].number"), ("PRG005", "$.measures"));
        ProgrammeJson.Validate(Json).IsValid.Should().BeTrue();
        ProgrammeJson.Validate("{").Codes.Should().Equal("JSN001");
    }

    [Fact]
    public void Deserialize_AProgrammeOfAnotherShape_RoundTrips()
    {
        var followUp = Programme.Create(Drafts.FollowUp with { Poll = null, Source = null, Evaluation = null, Milestones = [] });

        ProgrammeJson.Deserialize(ProgrammeJson.Serialize(followUp)).Should().Be(followUp);
    }

    private static long Line(string json, string text, int occurrence)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = json.IndexOf(text, index + 1, StringComparison.Ordinal);
        }

        return json[..index].Count(c => c == '\n');
    }
}

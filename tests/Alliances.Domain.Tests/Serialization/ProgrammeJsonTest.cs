using System.Text;
using System.Text.Json;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;

namespace Alliances.Domain.Tests.Serialization;

public class ProgrammeJsonTest
{
    private static readonly string Json = ProgrammeJson.Serialize(Odd17.Programme);

    private static JsonElement Root => JsonDocument.Parse(Json).RootElement;

    [Fact]
    public void Serialize_WritesKindAndVersionFirst()
    {
        var names = Root.EnumerateObject().Select(p => p.Name).ToList();

        names.Take(3).Should().Equal("kind", "schemaVersion", "id");
        Root.GetProperty("kind").GetString().Should().Be("programme");
        Root.GetProperty("schemaVersion").GetInt32().Should().Be(1);
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
    public void Serialize_Compact_WritesTheExactDateObjects()
    {
        var compact = ProgrammeJson.Serialize(Odd17.Programme, indented: false);

        compact.Should().Contain("""{"precision":"day","day":"2020-05-07","toBeConfirmed":false}""");
        compact.Should().Contain("""{"precision":"partOfMonth","month":"2020-06","part":"early","toBeConfirmed":true}""");
        compact.Should().Contain("""{"precision":"daySpan","first":"2020-09-03","last":"2020-09-04","toBeConfirmed":false}""");
        compact.Should().Contain("""{"precision":"year","year":2022,"toBeConfirmed":false}""");
        compact.Should().Contain("""{"minimum":"P18M","maximum":"P36M"}""");
        compact.Should().NotContain("\n");
    }

    [Fact]
    public void Serialize_LeavesFrenchReadableButEscapesHtmlCharacters()
    {
        Json.Should().Contain("réussir l’ODD 17…");
        Json.Should().Contain("«");
        Json.Should().NotContain("\\u00E9").And.NotContain("\\u2019");
        Json.Should().Contain("R\\u0026D", "an ampersand is escaped for HTML safety");
        Json.Should().NotContain("&");
    }

    [Fact]
    public void SerializeToUtf8Bytes_MatchesTheString() =>
        Encoding.UTF8.GetString(ProgrammeJson.SerializeToUtf8Bytes(Odd17.Programme)).Should().Be(Json);
}

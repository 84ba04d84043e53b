using System.Globalization;
using System.Text.Json;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;
using Alliances.Domain.Tests.Support;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>Every kind of bad input is a <see cref="JsonException"/> with a code, the path, the line and the position.</summary>
public class StrictReadingTest
{
    private static readonly string Programme = ProgrammeJson.Serialize(Odd17.Programme, indented: false);
    private static readonly string Ledger = Files.Docs("examples", "odd17.ledger-13.json");

    /// <summary>A broken programme document, the code expected, and the path expected.</summary>
    public static TheoryData<string, string, string, string> BrokenProgrammes => new()
    {
        { "unknown property", Programme.Replace("\"id\":", "\"colour\":\"red\",\"id\":"), "JSN001", "$.colour" },
        { "unknown nested property", Programme.Replace("\"day\":\"2020-05-07\"", "\"day\":\"2020-05-07\",\"hour\":3"), "JSN001", "$.milestones[0].date.hour" },
        { "duplicate property", Programme.Replace("\"id\":\"odd17-2020\",", "\"id\":\"odd17-2020\",\"id\":\"odd17-2020\","), "JSN001", "$.id" },
        { "missing required property", Programme.Replace("\"launchDate\":\"2020-05-07\",", ""), "JSN001", "$" },
        { "null where required", Programme.Replace("\"launchDate\":\"2020-05-07\"", "\"launchDate\":null"), "JSN001", "$.launchDate" },
        { "null localized text", Programme.Replace("\"name\":{\"fr\":\"Programme des", "\"name\":null,\"x\":{\"fr\":\"Programme des"), "JSN001", "$.name" },
        { "wrong type", Programme.Replace("\"number\":9,", "\"number\":\"9\","), "JSN001", "$.measures[8].number" },
        { "comment", Programme.Replace("{\"kind\"", "{/* note */\"kind\""), "JSN001", "$" },
        { "trailing comma", Programme.Replace("\"political\"}]", "\"political\"},]"), "JSN001", "$.measures[21]" },
        { "number out of range", Programme.Replace("\"number\":9,", "\"number\":99999999999,"), "JSN001", "$.measures[8].number" },
        { "negative number", Programme.Replace("\"year\":2022", "\"year\":-2022"), "DAT002", "$.evaluation.when" },
        { "impossible date", Programme.Replace("\"launchDate\":\"2020-05-07\"", "\"launchDate\":\"2020-02-30\""), "JSN001", "$.launchDate" },
        { "date in another format", Programme.Replace("\"launchDate\":\"2020-05-07\"", "\"launchDate\":\"07/05/2020\""), "JSN001", "$.launchDate" },
        { "unknown enum value", Programme.Replace("\"dimension\":\"strategic\"", "\"dimension\":\"Strategic\""), "JSN001", "$.measures[7].dimension" },
        { "field of another precision", Programme.Replace("\"precision\":\"year\",\"year\":2022", "\"precision\":\"year\",\"year\":2022,\"day\":\"2022-01-01\""), "JSN001", "$.evaluation.when" },
        { "value breaking a rule", Programme.Replace("\"minimum\":\"P3M\",\"maximum\":\"P9M\"", "\"minimum\":\"P9M\",\"maximum\":\"P3M\""), "HOR002", "$.dimensions[0].horizon" },
        { "horizon in years", Programme.Replace("\"minimum\":\"P3M\"", "\"minimum\":\"P1Y\""), "JSN001", "$.dimensions[0].horizon.minimum" },
        { "horizon in days", Programme.Replace("\"minimum\":\"P3M\"", "\"minimum\":\"P3M2D\""), "JSN001", "$.dimensions[0].horizon.minimum" },
        { "horizon without a number", Programme.Replace("\"minimum\":\"P3M\"", "\"minimum\":\"PM\""), "JSN001", "$.dimensions[0].horizon.minimum" },
        { "horizon of a negative number", Programme.Replace("\"minimum\":\"P3M\"", "\"minimum\":\"P-3M\""), "HOR001", "$.dimensions[0].horizon" },
        { "month out of range", Programme.Replace("\"commissioned\":\"2019-10\"", "\"commissioned\":\"2019-13\""), "JSN001", "$.mission.commissioned" },
        { "month in another format", Programme.Replace("\"commissioned\":\"2019-10\"", "\"commissioned\":\"10/2019\""), "JSN001", "$.mission.commissioned" },
        { "month with a sign", Programme.Replace("\"commissioned\":\"2019-10\"", "\"commissioned\":\"2019-+1\""), "JSN001", "$.mission.commissioned" },
        { "day with a sign", Programme.Replace("\"launchDate\":\"2020-05-07\"", "\"launchDate\":\"+202-05-07\""), "JSN001", "$.launchDate" },
        { "horizon with a sign", Programme.Replace("\"minimum\":\"P3M\"", "\"minimum\":\"P+3M\""), "JSN001", "$.dimensions[0].horizon.minimum" },
        { "version with a leading zero", Programme.Replace("\"schemaVersion\":2", "\"schemaVersion\":02"), "JSN001", "$.schemaVersion" },
        { "number followed by a letter", Programme.Replace("\"number\":9,", "\"number\":9x,"), "JSN001", "$.measures[8].number" },
        { "escaped unknown property name", Programme.Replace("\"launchDate\":", "\"launch\\u0045ate\":"), "JSN001", "$.launchEate" },
        { "unknown escape", Programme.Replace("\"fr\":\"Comité de suivi\"", "\"fr\":\"Comit\\q\""), "JSN001", "$.governance.name.fr" },
        { "lone surrogate", Programme.Replace("\"fr\":\"Comité de suivi\"", "\"fr\":\"Comit\\ud800\""), "JSN001", "$.governance.name.fr" },
        { "version beyond any number", Programme.Replace("\"schemaVersion\":2", "\"schemaVersion\":1e400"), "JSN002", "$.schemaVersion" },
        { "null optional text", Programme.Replace("\"place\":\"Marseille\"", "\"place\":null"), "JSN001", "$.milestones[3].place" },
        { "null optional object", Programme.Replace("\"poll\":{", "\"poll\":null,\"x\":{"), "JSN001", "$.poll" },
        { "null year", Programme.Replace("\"year\":2022", "\"year\":null"), "JSN001", "$.evaluation.when.year" },
        { "null element", Programme.Replace("\"worlds\":[", "\"worlds\":[null,"), "JSN001", "$.worlds[0]" },
        { "blank text", Programme.Replace("\"fr\":\"Comité de suivi\"", "\"fr\":\" \""), "TXT001", "$.governance.name" },
        { "programme rule", Programme.Replace("\"sequence\":7,", "\"sequence\":6,"), "PRG008", "$.milestones[6].sequence" },
        { "poll not adding up", Programme.Replace("\"share\":81,", "\"share\":80,"), "POL002", "$.poll" },
        { "wrong kind", Programme.Replace("\"kind\":\"programme\"", "\"kind\":\"ledger\""), "JSN002", "$.kind" },
        { "newer version", Programme.Replace("\"schemaVersion\":2", "\"schemaVersion\":3"), "JSN002", "$.schemaVersion" },
        { "answerable body in version 1", Programme.Replace("\"schemaVersion\":2", "\"schemaVersion\":1").Replace(",\"servesEveryMeasure\":true", "").Replace("\"dimension\":\"operational\"}", "\"dimension\":\"operational\",\"answerableBody\":{\"name\":{\"fr\":\"Comité opérationnel\",\"en\":\"Operational committee\"}}}"), "JSN002", "$" },
        { "milestone serving every measure in version 1", Programme.Replace("\"schemaVersion\":2", "\"schemaVersion\":1"), "JSN002", "$" },
        { "milestone serving a measure the programme lacks", Programme.Replace(",\"servesEveryMeasure\":true", ",\"serves\":[1,22]"), "PRG015", "$.milestones[1].serves[1]" },
        { "milestone serving every measure and some", Programme.Replace(",\"servesEveryMeasure\":true", ",\"servesEveryMeasure\":true,\"serves\":[9]"), "MIL004", "$.milestones[1]" },
        { "answerable body outside the committee", Programme.Replace("\"dimension\":\"strategic\"}", "\"dimension\":\"strategic\",\"answerableBody\":{\"name\":{\"fr\":\"Comité des fêtes\"}}}"), "PRG013", "$.measures[7].answerableBody" },
        { "newer version with new properties", Programme.Replace("\"schemaVersion\":2,", "\"schemaVersion\":3,\"extra\":1,"), "JSN002", "$.schemaVersion" },
        { "two documents", Programme + "{}", "JSN001", "$" },
        { "malformed bytes after the document", Programme + " ]", "JSN001", "$" },
        { "not an object", "[]", "JSN001", "$" },
        { "empty", "", "JSN001", "$" },
        { "truncated", Programme[..(Programme.IndexOf("\"number\":1,", StringComparison.Ordinal) + "\"number\":1,".Length)], "JSN001", "$.measures[0]" },
        { "too deep", new string('[', 70) + new string(']', 70), "JSN001", "$" },
    };

    [Fact]
    public void EscapedNamesAndTexts_ReadAsTheirPlainForms()
    {
        var escaped = Programme
            .Replace("\"launchDate\":", "\"launch\\u0044ate\":", StringComparison.Ordinal)
            .Replace("\"fr\":\"Comité de suivi\"", "\"\\u0066r\":\"Comit\\u00E9 de\\u0020suivi\"", StringComparison.Ordinal);

        // Each replacement took: had the document changed, a replacement would do nothing and only plain forms be read.
        escaped.Should().Contain("\"launch\\u0044ate\":").And.Contain("\"\\u0066r\":\"Comit\\u00E9 de\\u0020suivi\"");
        ProgrammeJson.Deserialize(escaped).Should().Be(Odd17.Programme);
    }

    [Theory]
    [MemberData(nameof(BrokenProgrammes))]
    public void Programme_BadInput_IsAJsonExceptionWithCodePathLineAndPosition(string what, string json, string code, string path)
    {
        var exception = FluentActions.Invoking(() => ProgrammeJson.Deserialize(json)).Should().Throw<AlliancesJsonException>(what).Which;

        exception.RuleCode.Should().Be(code, what);
        exception.Message.Should().StartWith(code + ":", what);
        exception.Path.Should().Be(path, what);
        ExpectLocation(exception, json, what);
        ProgrammeJson.Validate(json).Codes.Should().Contain(code, what);
    }

    [Theory]
    [InlineData("\"minimum\":\"P3M\"", "\"minimum\":\"P\\u0033M\"")]
    [InlineData("\"commissioned\":\"2019-10\"", "\"commissioned\":\"2019\\u002D10\"")]
    [InlineData("\"month\":\"2020-08\"", "\"month\":\"\\u0032020-08\"")]
    public void MonthsAndPeriods_WrittenAnotherValidWay_ReadAsTheCanonicalForm(string canonical, string other)
    {
        Programme.Should().Contain(canonical);

        ProgrammeJson.Deserialize(Programme.Replace(canonical, other)).Should().Be(Odd17.Programme);
    }

    [Theory]
    [InlineData("\"maximum\":\"P18M\"", "\"maximum\":\"P018M\"", "$.dimensions[2].horizon.maximum")]
    [InlineData("\"maximum\":\"P18M\"", "\"maximum\":\"P1Y6M\"", "$.dimensions[2].horizon.maximum")]
    [InlineData("\"minimum\":\"P3M\"", "\"minimum\":\"P3M0D\"", "$.dimensions[0].horizon.minimum")]
    [InlineData("\"looksBackOver\":\"P3Y\"", "\"looksBackOver\":\"P3YT0S\"", "$.evaluation.looksBackOver")]
    [InlineData("\"looksBackOver\":\"P3Y\"", "\"looksBackOver\":\"P0Y36M\"", "$.evaluation.looksBackOver")]
    [InlineData("\"looksBackOver\":\"P3Y\"", "\"looksBackOver\":\"P156W\"", "$.evaluation.looksBackOver")]
    public void Periods_NotInTheirCanonicalForm_AreRefused(string canonical, string other, string path)
    {
        Programme.Should().Contain(canonical);

        var exception = FluentActions.Invoking(() => ProgrammeJson.Deserialize(Programme.Replace(canonical, other))).Should().Throw<AlliancesJsonException>().Which;

        exception.RuleCode.Should().Be("JSN001");
        exception.Path.Should().Be(path);
    }

    [Fact]
    public void Kind_NotValidUtf8_IsAShapeErrorAtItsPath()
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(Programme);
        utf8[utf8.AsSpan().IndexOf("\"programme\""u8) + 4] = 0xFF;

        var exception = FluentActions.Invoking(() => ProgrammeJson.Deserialize(utf8)).Should().Throw<JsonException>().Which;

        exception.Message.Should().StartWith("JSN001:");
        exception.Path.Should().Be("$.kind");
    }

    [Fact]
    public void UnknownProperty_IsNamed_WithoutTheLibrarysInternalTypes()
    {
        var exception = FluentActions.Invoking(() => ProgrammeJson.Deserialize(Programme.Replace("\"id\":", "\"colour\":\"red\",\"id\":")))
            .Should().Throw<AlliancesJsonException>().Which;

        exception.Message.Should().StartWith("JSN001: The property 'colour' is not part of the contract here.");
        exception.Path.Should().Be("$.colour");
        exception.LineNumber.Should().Be(0);
    }

    [Fact]
    public void Depth_WithinTheLimit_Reads() =>
        ProgrammeJson.Deserialize(NestAnswers(20)).Poll!.Answers[0].Nested.Should().ContainSingle();

    [Fact]
    public void AnswersNestedBeyondTwentyLevels_AreRefusedByPOL010_WellWithinTheDepthLimit()
    {
        var exception = FluentActions.Invoking(() => ProgrammeJson.Deserialize(NestAnswers(21))).Should().Throw<AlliancesJsonException>().Which;

        exception.RuleCode.Should().Be("POL010");
        exception.Path.Should().Be("$.poll.answers[0]");
    }

    [Fact]
    public void Depth_Beyond64_IsRejected()
    {
        var exception = FluentActions.Invoking(() => ProgrammeJson.Deserialize(NestAnswers(40))).Should().Throw<JsonException>().Which;

        exception.Message.Should().StartWith("JSN001:").And.Contain("depth");
        exception.Path.Should().StartWith("$.poll.answers[0].nested[0].nested[0]");
        exception.Should().BeOfType<AlliancesJsonException>().Which.Violations[0].MessageIn(Language.French)
            .Should().Be("Le document s’imbrique au-delà de la profondeur permise (64 niveaux).");
    }

    /// <summary>Replaces the answers nested under "utile" with a chain of that many answers, one inside the other.</summary>
    private static string NestAnswers(int levels)
    {
        var chain = "{\"label\":{\"fr\":\"x\"},\"share\":0}";
        for (var i = 1; i < levels; i++)
        {
            chain = "{\"label\":{\"fr\":\"x\"},\"share\":0,\"nested\":[" + chain + "]}";
        }

        var start = Programme.IndexOf("\"nested\":[", StringComparison.Ordinal) + "\"nested\":[".Length;
        var end = Programme.IndexOf(']', start);
        return Programme[..start] + chain + Programme[end..];
    }

    /// <summary>A broken ledger document, the code expected, and the path expected.</summary>
    public static TheoryData<string, string, string, string> BrokenLedgers => new()
    {
        { "report on an unknown measure", InReports(Ledger, "\"measure\": 1,", "\"measure\": 22,"), "LED001", "$.reports[0].measure" },
        { "measure 0", InReports(Ledger, "\"measure\": 1,", "\"measure\": 0,"), "MEA001", "$.reports[0].measure" },
        { "commitment on an unknown measure", ReplaceFirst(Ledger, "\"measure\": 1,", "\"measure\": 22,"), "LED001", "$.commitments[0].measure" },
        { "second lead on a day", ReplaceFirst(Ledger, "\"role\": \"contributor\"", "\"role\": \"lead\""), "COM004", "$.commitments[5]" },
        { "withdrawal before its commitment", ReplaceFirst(Ledger, "\"date\": \"2021-01-15\"", "\"date\": \"2020-06-01\""), "COM002", "$.commitments[3]" },
        { "commitment ending before it starts", ReplaceFirst(Ledger, "\"until\": \"2021-06-09\"", "\"until\": \"2020-06-09\""), "COM001", "$.commitments[1]" },
        { "commitment before launch", ReplaceFirst(Ledger, "\"from\": \"2020-06-10\"", "\"from\": \"2020-05-06\""), "COM003", "$.commitments[0].from" },
        { "commitment of an unknown world", ReplaceFirst(Ledger, "\"id\": \"companies\"", "\"id\": \"foundations\""), "COM006", "$.commitments[5].actor" },
        { "commitment twice", ReplaceFirst(Ledger, "Calanques Solidaires (exemple fictif)\"\n      },\n      \"measure\": 3,\n      \"role\": \"lead\",\n      \"from\": \"2020-06-10\",\n      \"until\": \"2021-06-09\"", "Méditerranée Entreprendre (exemple fictif)\"\n      },\n      \"measure\": 3,\n      \"role\": \"funder\",\n      \"from\": \"2020-09-01\"").Replace("Association Méditerranée", "Fondation Méditerranée"), "COM005", "$.commitments[2]" },
        { "unknown actor kind", ReplaceFirst(Ledger, "\"kind\": \"organisation\"", "\"kind\": \"company\""), "JSN001", "$.commitments[1].actor" },
        { "organisation actor with a world", ReplaceFirst(Ledger, "\"kind\": \"world\"", "\"kind\": \"organisation\""), "JSN001", "$.commitments[5].actor" },
        { "unknown role", ReplaceFirst(Ledger, "\"role\": \"funder\"", "\"role\": \"sponsor\""), "JSN001", "$.commitments[2].role" },
        { "commitments in version 1", Ledger.Replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"), "JSN002", "$" },
        { "own milestone numbered in the base", ReplaceFirst(Ledger, "\"sequence\": 8,", "\"sequence\": 7,"), "LED009", "$.milestones[0].sequence" },
        { "own milestone before launch", ReplaceFirst(Ledger, "\"month\": \"2020-10\",", "\"month\": \"2020-04\","), "LED010", "$.milestones[0].date" },
        { "own milestone serving measure 22", ReplaceFirst(Ledger, "\"serves\": [\n        3,\n        9\n      ]", "\"serves\": [\n        3,\n        22\n      ]"), "PRG015", "$.milestones[0].serves[1]" },
        { "own milestone of sequence 0", ReplaceFirst(Ledger, "\"sequence\": 8,", "\"sequence\": 0,"), "MIL001", "$.milestones[0]" },
        { "own milestone serving every measure and some", ReplaceFirst(Ledger, "\"servesEveryMeasure\": true", "\"servesEveryMeasure\": true, \"serves\": [1]"), "MIL004", "$.milestones[1]" },
        { "progress above 100", FirstProgress(Ledger, "100.5"), "PCT001", "$.reports[0].progress" },
        { "progress with three decimals", FirstProgress(Ledger, "10.125"), "REP003", "$.reports[0]" },
        { "report before launch", InReports(Ledger, "\"date\": \"2020-", "\"date\": \"2019-"), "LED003", "$.reports[0].date" },
        { "illegal move", ReplaceFirst(Ledger, "\"status\": \"inProgress\"", "\"status\": \"completed\""), "LIF001", "$.reports[0].status" },
        { "indicator without target", RemoveTarget(Ledger), "IND001", "$.indicators[0]" },
        { "weight 0", ReplaceFirst(Ledger, "\"weight\": 1", "\"weight\": 0"), "WGT001", "$.indicators[1]" },
        { "unknown programme", Ledger.Replace("\"programme\": \"odd17-2020\"", "\"programme\": \"odd18-2020\""), "JSN003", "$.programme" },
        { "national with a territory", Ledger.Replace("\"scope\": \"territorial\"", "\"scope\": \"national\""), "JSN001", "$" },
        { "missing reports", RemoveReports(Ledger), "JSN001", "$" },
        { "observation of an unknown indicator", ReplaceFirst(Ledger, "\"indicator\": \"alliances-13\"", "\"indicator\": \"unknown\""), "LED005", "$.observations[7].indicator" },
        { "unknown scope", Ledger.Replace("\"scope\": \"territorial\"", "\"scope\": \"regional\""), "JSN001", "$.scope" },
        { "null progress", FirstProgress(Ledger, "null"), "JSN001", "$.reports[0].progress" },
        { "report property twice", InReports(Ledger, "\"date\": \"2020-06-10\",", "\"date\": \"2020-06-10\", \"date\": \"2020-06-10\","), "JSN001", "$.reports[0].date" },
        { "report without status", InReports(Ledger, "\"status\": \"inProgress\",", ""), "JSN001", "$.reports[0]" },
        { "report as an array", InReports(Ledger, "\"reports\": [", "\"reports\": [[], "), "JSN001", "$.reports[0]" },
        { "null report", InReports(Ledger, "\"reports\": [", "\"reports\": [null, "), "JSN001", "$.reports[0]" },
        { "report date as an object", InReports(Ledger, "\"date\": \"2020-06-10\"", "\"date\": {}"), "JSN001", "$.reports[0].date" },
        { "report status of another case", InReports(Ledger, "\"status\": \"inProgress\"", "\"status\": \"InProgress\""), "JSN001", "$.reports[0].status" },
        { "null health", ReplaceFirst(Ledger, "\"health\": \"onTrack\"", "\"health\": null"), "JSN001", "$.reports[0].health" },
        { "null next update", ReplaceFirst(Ledger, "\"nextUpdateDue\": \"2020-07-10\"", "\"nextUpdateDue\": null"), "JSN001", "$.reports[0].nextUpdateDue" },
        { "wrong kind", Ledger.Replace("\"kind\": \"ledger\"", "\"kind\": \"programme\""), "JSN002", "$.kind" },
    };

    [Theory]
    [MemberData(nameof(BrokenLedgers))]
    public void Ledger_BadInput_IsAJsonExceptionWithCodePathLineAndPosition(string what, string json, string code, string path)
    {
        var exception = FluentActions.Invoking(() => LedgerJson.Deserialize(json)).Should().Throw<AlliancesJsonException>(what).Which;

        exception.RuleCode.Should().Be(code, what);
        exception.Message.Should().StartWith(code + ":", what);
        exception.Path.Should().Be(path, what);
        ExpectLocation(exception, json, what);
        LedgerJson.Validate(json).Codes.Should().Contain(code, what);
    }

    /// <summary>
    /// Every failure has a line and a position: where reading stopped, and for a rule across parts, found once every part
    /// is read, the line where the document ends, with the path of the part at fault.
    /// </summary>
    private static void ExpectLocation(AlliancesJsonException exception, string json, string what)
    {
        exception.LineNumber.Should().NotBeNull(what);
        exception.BytePositionInLine.Should().NotBeNull(what);
        exception.Message.Should().EndWith(
            string.Create(CultureInfo.InvariantCulture, $" Path: {exception.Path} | LineNumber: {exception.LineNumber} | BytePositionInLine: {exception.BytePositionInLine}."), what);
        if (FoundOnceRead.Contains(exception.RuleCode))
        {
            var end = json.TrimEnd().Length - 1;
            exception.LineNumber.Should().Be(json[..end].Count(c => c == '\n'), what + ", found where the document ends");
        }
    }

    /// <summary>The codes of the failures of these tests found once the document is read.</summary>
    private static readonly HashSet<string> FoundOnceRead = ["PRG008", "LED001", "LED003", "LED005", "LIF001"];

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        return text[..index] + replace + text[(index + find.Length)..];
    }

    private static string RemoveTarget(string ledger)
    {
        var start = ledger.IndexOf("\"target\": {", StringComparison.Ordinal);
        var end = ledger.IndexOf('}', start) + 1;
        end = ledger.IndexOf(',', end) + 1;
        return ledger[..start] + ledger[end..].TrimStart();
    }

    private static string FirstProgress(string ledger, string value)
    {
        var match = System.Text.RegularExpressions.Regex.Match(ledger, "\"progress\": [0-9.]+", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return ledger[..match.Index] + $"\"progress\": {value}" + ledger[(match.Index + match.Length)..];
    }

    private static string InReports(string ledger, string find, string replace)
    {
        var reports = ledger.IndexOf("\"reports\": [", StringComparison.Ordinal);
        return ledger[..reports] + ReplaceFirst(ledger[reports..], find, replace);
    }

    private static string RemoveReports(string ledger)
    {
        var start = ledger.IndexOf("\"reports\": [", StringComparison.Ordinal);
        var end = ledger.IndexOf("\"observations\"", StringComparison.Ordinal);
        return ledger[..start] + ledger[end..];
    }
}

/// <summary>The messages docs/json.md shows are the library's own.</summary>
public class DocumentedMessagesTest
{
    [Fact]
    public void AValueBreakingARule_ReadsAsTheDocsShow()
    {
        var ledger = Files.Docs("examples", "odd17.ledger-13.json");
        var reports = ledger.IndexOf("\"reports\"", StringComparison.Ordinal);
        var first = ledger.IndexOf("\"measure\": 1,", reports, StringComparison.Ordinal);
        var json = ledger[..first] + "\"measure\": 0," + ledger[(first + "\"measure\": 1,".Length)..];

        var thrown = FluentActions.Invoking(() => LedgerJson.Deserialize(json)).Should().Throw<AlliancesJsonException>().Which;

        Files.Docs("json.md").Should().Contain(thrown.Message);
    }

    [Fact]
    public void ARuleAcrossParts_ReadsAsTheDocsShow()
    {
        var json = ProgrammeJson.Serialize(Odd17.Programme).Replace("\"number\": 5,", "\"number\": 4,", StringComparison.Ordinal);

        var thrown = FluentActions.Invoking(() => ProgrammeJson.Deserialize(json)).Should().Throw<AlliancesJsonException>().Which;

        Files.Docs("json.md").Should().Contain(thrown.Message);
    }
}

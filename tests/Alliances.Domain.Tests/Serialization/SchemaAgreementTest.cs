using System.Text.Json;
using Alliances.Domain.Serialization;
using Alliances.Domain.Tests.Support;
using Json.Schema;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>
/// The library and the published schema (as JsonSchema.Net reads it) give the same verdict at the boundaries where they
/// used to part: canonical periods, ECMA-262 white space, days that exist, whole numbers; and where they part by design:
/// two decimals exactly, which the library alone checks.
/// <see cref="SchemaDifferentialTest"/> adds ajv and thousands of mutants.
/// </summary>
public class SchemaAgreementTest
{
    private static readonly string Programme = Files.Docs("catalogue", "odd17.programme.json");
    private static readonly string Ledger = Files.Docs("examples", "odd17.ledger-13.json");

    public static TheoryData<string, string, bool> Programmes
    {
        get
        {
            var data = new TheoryData<string, string, bool>();
            foreach (var (period, valid) in new[]
            {
                ("P2Y", true), ("P18M", true), ("P1Y6M", true), ("P1Y6M3D", true), ("P7D", true), ("P999999Y", true), ("P106752D", true), ("P999999D", true),
                ("P0Y18M", false), ("P3M0D", false), ("P3YT0S", false), ("P1W", false), ("P03Y", false), ("P0D", false), ("P1000000Y", false), ("P1000000D", false),
                ("P2147483648Y", false), ("P3Y\n", false),
            })
            {
                data.Add("looksBackOver " + period, Programme.Replace("\"looksBackOver\": \"P3Y\"", $"\"looksBackOver\": {JsonSerializer.Serialize(period)}"), valid);
            }

            foreach (var (months, valid) in new[] { ("P0M", true), ("P0D", false), ("P00M", false), ("P03M", false), ("P0Y3M", false), ("P3M0D", false), ("P2147483648M", false) })
            {
                data.Add("horizon minimum " + months, Programme.Replace("\"minimum\": \"P3M\"", $"\"minimum\": \"{months}\""), valid);
            }

            foreach (var (text, valid) in new[]
            {
                ("\uFEFF", false), ("\u0085", true), ("\u200B", true), ("\u180E", true), ("\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF", false),
                ("\u3000x", true),
            })
            {
                data.Add($"French text U+{(int)text[0]:X4}…", Programme.Replace("\"fr\": \"Comité de suivi\"", $"\"fr\": {JsonSerializer.Serialize(text)}"), valid);
            }

            foreach (var (day, valid) in new[] { ("2020-02-29", true), ("2000-02-29", true), ("2021-02-29", false), ("2100-02-29", false), ("2020-04-31", false), ("0000-01-01", false), ("0001-01-01", true) })
            {
                data.Add("published " + day, Programme.Replace("\"published\": \"2020-05-07\"", $"\"published\": \"{day}\""), valid);
            }

            return data;
        }
    }

    public static TheoryData<string, string, bool> Ledgers
    {
        get
        {
            var data = new TheoryData<string, string, bool>();
            foreach (var (measure, valid) in new[] { ("1.0", true), ("1e0", true), ("1.5", false), ("5e-324", false) })
            {
                data.Add("measure " + measure, ReplaceFirst(Ledger, "\"measure\": 1,", $"\"measure\": {measure},"), valid);
            }

            data.Add("observation value 1e400", ReplaceFirst(Ledger, "\"value\": 31", "\"value\": 1e400"), false);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Programmes))]
    [MemberData(nameof(Ledgers))]
    public void Document_LibraryAndSchema_GiveTheSameVerdict(string what, string json, bool valid)
    {
        var programme = json.Contains("\"kind\": \"programme\"", StringComparison.Ordinal);
        json.Should().NotBe(programme ? Programme : Ledger, what);
        (programme ? ProgrammeJson.Validate(json) : LedgerJson.Validate(json)).IsValid.Should().Be(valid, what);
        Schema(programme ? PublishedSchemas.Programme : PublishedSchemas.Ledger, json).Should().Be(valid, what);
    }

    public static TheoryData<string, bool> Progress => new()
    {
        { "33.33", true }, { "14.29", true }, { "0.07", true }, { "33.330", true }, { "1e1", true },
        { "8.000000001", false }, { "5e-324", false }, { "12.345", false }, { "8.0000000000000001", false },
    };

    [Theory]
    [MemberData(nameof(Progress))]
    public void DeclaredProgress_TheLibraryJudgesTheDecimals_TheSchemaLeavesThemToIt(string progress, bool valid)
    {
        // Two decimals exactly (REP003) is the library's alone: a schema's multipleOf would be computed in floating point.
        var json = ReplaceFirst(Ledger, "\"progress\": 8,", $"\"progress\": {progress},");

        json.Should().NotBe(Ledger);
        var library = LedgerJson.Validate(json);
        library.IsValid.Should().Be(valid);
        if (!valid)
        {
            library.Violations[0].Code.Should().Be("REP003");
        }

        Schema(PublishedSchemas.Ledger, json).Should().BeTrue("the schema states the two decimals in its description only");
    }

    private static bool Schema(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}

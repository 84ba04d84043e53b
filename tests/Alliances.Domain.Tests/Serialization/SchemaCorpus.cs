using System.Text.Json;
using System.Text.Json.Nodes;
using Alliances.Domain.Tests.Support;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>
/// Documents to hold the library and the published schemas to: the published ones, and mutants of them whose values
/// are moved to where the library and a schema could part (non-canonical periods, numbers of more than two decimals and
/// at the ends of their range, texts of invisible characters only, days that do not exist, a trailing line feed).
/// </summary>
internal static class SchemaCorpus
{
    /// <summary>A document of the corpus: which schema it is checked against, how it was made, and its text.</summary>
    internal sealed record Document(string Schema, string What, string Json);

    private static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "2", "9.0", "1e1", "1E2", "21", "22", "100", "100.0", "100.01", "99.99", "101", "33.33", "33.330",
        "14.29", "0.07", "0.1", "0.01", "0.001", "12.5", "12.345", "8.000000001", "5e-324", "4.9e-324", "1e-7", "2147483647",
        "2147483648", "-2147483648", "-2147483649", "9999", "10000", "1.7976931348623157e308", "1e308", "-1e308",
        "1e400", "-1e400", "2022", "0.5", "-0.01", "999", "1000", "999.0", "0.000001", "1e-6", "0.0000009", "1e9", "1000000000.5",
        "1e12", "1000000000001", "-1e12", "-1000000000000.5",
    ];

    private static readonly string[] Texts =
    [
        "\uFEFF", "\uFEFF\uFEFF", " ", "\t", "\u000B", "\u0085", "\u0085\u0085", "\u00A0", "\u1680", "\u180E", "\u2000", "\u200A",
        "\u200B", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000", "\u3000\uFEFF\u00A0", " x ", "a", "", "x\n", "\n", "\u0000",
        "\U0001F600",
    ];

    private static readonly string[] Periods =
    [
        "P0Y18M", "P3M0D", "P3YT0S", "P1W", "P7D", "P0M", "P0D", "PT0S", "P03M", "P3M", "P18M", "P1Y", "P3Y", "P1Y6M", "P1Y6M3D",
        "P1Y0M", "P2147483647M", "P2147483648M", "P2147483647Y", "P106751D", "P106752D", "P1Y2W", "p3m", "P", "P3M ", "P-3M",
        "P-1Y", "P1.5Y", "P1,5Y", "PT24H", "P1DT0H", "P01Y", "P10M", "P3M\n", "P999999D", "P1000000D", "P999999Y", "P1000000Y",
        "P999999Y999999M999999D", "P142857W",
    ];

    private static readonly string[] Days =
    [
        "2020-02-29", "2021-02-29", "2100-02-29", "2000-02-29", "1900-02-29", "2400-02-29", "2020-04-31", "2020-04-30", "2020-13-01",
        "2020-00-10", "0000-01-01", "0001-01-01", "9999-12-31", "0000-02-29", "0004-02-29", "2020-1-01", "2020-06-01T00:00",
        "20200601", "2020-06-01\n", "2020-06-31", "2019-09-31", "2020-12-31", "2020-07-31", "2021-01-31",
    ];

    private static readonly string[] Months = ["2020-06", "2020-13", "0000-06", "0001-01", "9999-12", "2020-6", "2020-06\n", "2020-00"];

    private static readonly string[] Names =
    [
        "odd17-2020", "odd17-2020\n", "ODD17", "a", "a-", "-a", "a--b", "13", "2A", "13\n", "FR-IDF", "75 ", "Île", new('a', 16),
        new('a', 17), new('a', 64), new('a', 65), "Europe/Paris", "europe/paris", "onTrack", "Strategic",
    ];

    /// <summary>Builds the corpus: the published documents as they are, then mutants of each, from a fixed seed.</summary>
    internal static List<Document> Build(int mutantsPerSeed)
    {
        var corpus = new List<Document>
        {
            new("programme", "docs/catalogue/odd17.programme.json", Files.Docs("catalogue", "odd17.programme.json")),
            new("ledger", "docs/examples/odd17.ledger-13.json", Files.Docs("examples", "odd17.ledger-13.json")),
            new("ledger", "docs/examples/odd17.portfolio.json", Files.Docs("examples", "odd17.portfolio.json")),
            new("programme", "Fixtures/v1/odd17.programme.json", Files.Fixture("v1", "odd17.programme.json")),
            new("ledger", "Fixtures/v1/odd17.ledger-13.json", Files.Fixture("v1", "odd17.ledger-13.json")),
        };

        var seeds = new (string Schema, string What, JsonNode Node)[]
        {
            ("programme", "programme", JsonNode.Parse(Files.Docs("catalogue", "odd17.programme.json"))!),
            ("ledger", "ledger-13", Shorten(JsonNode.Parse(Files.Docs("examples", "odd17.ledger-13.json"))!, 2)),
            ("ledger", "portfolio", ShortenPortfolio(JsonNode.Parse(Files.Docs("examples", "odd17.portfolio.json"))!)),
        };

        var random = new Random(2020);
        foreach (var (schema, what, seed) in seeds)
        {
            corpus.Add(new(schema, what + " shortened", seed.ToJsonString()));
            var leaves = Leaves(seed, "$").ToList();

            // Every token of its kind in place of a value, at every place of the contract (the first two values there).
            var places = leaves.GroupBy(l => System.Text.RegularExpressions.Regex.Replace(l.Path, @"\[[0-9]+\]", "[]")).SelectMany(g => g.Take(2));
            foreach (var (path, value) in places)
            {
                foreach (var token in Kin(value))
                {
                    corpus.Add(Mutant(schema, what, seed, [(path, token)]));
                }
            }

            // Then any token anywhere, one or two at a time.
            for (var i = 0; i < mutantsPerSeed; i++)
            {
                var changes = new List<(string, JsonNode)>();
                for (var n = random.Next(1, 3); n > 0; n--)
                {
                    var (path, value) = leaves[random.Next(leaves.Count)];
                    var pool = (random.Next(4) == 0 ? All() : Kin(value)).ToList();
                    changes.Add((path, pool[random.Next(pool.Count)]));
                }

                corpus.Add(Mutant(schema, what, seed, changes));
            }
        }

        return corpus;
    }

    private static List<JsonNode> All() =>
        [.. Numbers.Select(Number), .. Texts.Concat(Periods).Concat(Days).Concat(Months).Concat(Names).Select(String)];

    /// <summary>The tokens that stand in for a value: numbers for a number, strings of its own form for a string.</summary>
    private static IEnumerable<JsonNode> Kin(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.Number => Numbers.Select(Number),
        JsonValueKind.String => value.GetValue<string>() switch
        {
            ['P', >= '0' and <= '9', ..] => Periods.Select(String),
            [>= '0' and <= '9', _, _, _, '-', _, _, '-', _, _] => Days.Select(String),
            [>= '0' and <= '9', _, _, _, '-', _, _] => Months.Select(String),
            var s when s.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/') => Names.Select(String),
            _ => Texts.Select(String),
        },
        _ => [],
    };

    private static JsonNode Number(string token) => JsonNode.Parse(token)!;

    private static JsonNode String(string token) => JsonValue.Create(token);

    private static Document Mutant(string schema, string what, JsonNode seed, IEnumerable<(string Path, JsonNode Token)> changes)
    {
        var mutant = seed.DeepClone();
        var said = new List<string>();
        foreach (var (path, token) in changes)
        {
            var target = Find(mutant, path);
            var copy = token.DeepClone();
            switch (target.Parent)
            {
                case JsonObject parent: parent[target.GetPropertyName()] = copy; break;
                case JsonArray parent: parent[target.GetElementIndex()] = copy; break;
            }

            said.Add($"{path} = {copy.ToJsonString()}");
        }

        return new(schema, $"{what}: {string.Join(", ", said)}", mutant.ToJsonString());
    }

    private static JsonNode Find(JsonNode root, string path)
    {
        var node = root;
        foreach (var step in path[1..].Split(['.', '['], StringSplitOptions.RemoveEmptyEntries))
        {
            node = step.EndsWith(']') ? node![int.Parse(step[..^1], System.Globalization.CultureInfo.InvariantCulture)] : node![step];
        }

        return node!;
    }

    /// <summary>Every scalar of a document but those that decide its kind, with its path.</summary>
    private static IEnumerable<(string Path, JsonValue Value)> Leaves(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    if (path == "$" && name is "kind" or "schemaVersion")
                    {
                        continue;
                    }

                    foreach (var leaf in Leaves(child!, $"{path}.{name}"))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var leaf in Leaves(a[i]!, $"{path}[{i}]"))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonValue v when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.String:
                yield return (path, v);
                break;
        }
    }

    /// <summary>Keeps the first reports of each measure (a prefix keeps the lifecycle), so that mutants stay small.</summary>
    private static JsonNode Shorten(JsonNode ledger, int reportsPerMeasure)
    {
        var reports = ledger["reports"]!.AsArray();
        var kept = reports.GroupBy(r => r!["measure"]!.GetValue<int>()).SelectMany(g => g.Take(reportsPerMeasure)).Select(r => r!.DeepClone()).ToArray();
        ledger["reports"] = new JsonArray(kept);
        return ledger;
    }

    private static JsonNode ShortenPortfolio(JsonNode portfolio)
    {
        string[] codes = ["13", "2A"];
        var territories = portfolio["territories"]!.AsArray()
            .Where(t => codes.Contains(t!["territory"]!["code"]!.GetValue<string>()))
            .Select(t => Shorten(t!.DeepClone(), 1))
            .ToArray();
        var weights = portfolio["weights"]!.AsArray()
            .Where(w => codes.Contains(w!["territory"]!.GetValue<string>()))
            .Select(w => w!.DeepClone())
            .ToArray();
        portfolio["weights"] = new JsonArray(weights);
        portfolio["territories"] = new JsonArray(territories);
        return portfolio;
    }
}

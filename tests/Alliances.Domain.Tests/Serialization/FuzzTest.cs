using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliances.Domain.Serialization;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using Json.Schema;
using Xunit.Abstractions;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>
/// Mutates the published documents many times and holds every mutant to the readers' promises: each entry point
/// (bytes, string, stream, <c>Validate</c>) gives the same verdict, a refusal is an <see cref="AlliancesJsonException"/>
/// with a code and a path and nothing else, and an accepted document is valid under the published schema and reads back
/// from what the library writes of it, byte for byte. Set <c>ALLIANCES_FUZZ_ITERATIONS</c> to run longer (docs/testing.md
/// gives the command and the last long run); the seed is fixed, so a failure reproduces.
/// </summary>
public class FuzzTest(ITestOutputHelper output)
{
    private const int DefaultIterations = 100_000;

    private static readonly string[] TypeSwaps = ["null", "true", "0", "\"x\"", "{}", "[]", "\"\"", "-1"];

    // Large valid integers, extreme and almost-two-decimal doubles: what decides a loop, an allocation or a rounding.
    private static readonly string[] Numbers =
    [
        "1e309", "-1", "99999999999999999999", "-0", "1.5", "2147483647", "2147483648", "-2147483649", "1E2", "0.001",
        "21", "22", "999", "1000", "100000000", "1e308", "-1e308", "1.7976931348623157e308", "5e-324", "8.000000001",
        "33.33", "0.07", "100", "100.01", "1e-7",
    ];

    // Days that do not exist, days in other forms, and the calendar's ends.
    private static readonly string[] Dates =
    [
        "\"2020-02-30\"", "\"2020-13-01\"", "\"0000-01-01\"", "\"20200101\"", "\"2020-1-1\"", "\"2020-05-07T00:00\"",
        "\"\\u0032020-05-07\"", "\"9999-12-31\"", "\"9999-12-30\"", "\"0001-01-01\"", "\"2021-02-29\"", "\"2024-02-29\"",
    ];

    // Texts: invisible only, a lone surrogate, control characters, very long, periods in other forms.
    private static readonly string[] Texts =
    [
        "\"\\uFEFF\"", "\"\\ud800\"", "\"\\u0000\"", "\" \"", "\"\\u00a0\\u2028\"", $"\"{new string('é', 5000)}\"",
        "\"P0Y18M\"", "\"P3M0D\"", "\"P3YT0S\"", "\"P18M\"", "\"P-3M\"", "\"P2147483647Y\"",
    ];

    private static readonly JsonSchema ProgrammeSchema = JsonSchema.FromText(Files.Docs("schema", "programme.schema.json"), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    private static readonly JsonSchema LedgerSchema = JsonSchema.FromText(Files.Docs("schema", "ledger.schema.json"), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void EveryEntryPoint_ReadsAValidDocumentOrRefusesIt_TheSameWay_AndWhatItAcceptsTheSchemaAcceptsAndRoundTrips()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("ALLIANCES_FUZZ_ITERATIONS"), out var n) ? n : DefaultIterations;
        var seeds = Seeds();
        var random = new Random(20200507);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var mutations = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();

        for (var i = 0; i < iterations && failures.Count < 40; i++)
        {
            var seed = seeds[random.Next(seeds.Length)];
            var (kinds, mutant) = MutateAtLeastOnce(seed, random);
            foreach (var kind in kinds)
            {
                mutations[kind] = mutations.GetValueOrDefault(kind) + 1;
            }

            var what = $"#{i} {string.Join(" + ", kinds)} of {seed.Name}";
            var verdict = Check(seed.IsProgramme, mutant, what, failures);
            outcomes[verdict] = outcomes.GetValueOrDefault(verdict) + 1;
        }

        output.WriteLine($"{outcomes.Values.Sum()} inputs tried, from {string.Join(", ", seeds.Select(s => $"{s.Name} ({s.Bytes.Length} bytes)"))}.");
        output.WriteLine("Mutations: " + string.Join(", ", mutations.OrderBy(m => m.Key).Select(m => $"{m.Key} {m.Value}")));
        output.WriteLine("Outcomes: " + string.Join(", ", outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}")));

        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        failures.Should().BeEmpty();
        outcomes.Values.Sum().Should().Be(iterations);
        outcomes.GetValueOrDefault("read").Should().BePositive("some mutants stay valid");
        outcomes.Keys.Where(k => k != "read").Should().HaveCountGreaterThan(10, "mutants break many different rules");
    }

    /// <summary>Reads a mutant through every entry point and returns its verdict: <c>read</c> or the rule code.</summary>
    private static string Check(bool isProgramme, byte[] mutant, string what, List<string> failures)
    {
        var bytes = Verdict(() => isProgramme ? ProgrammeJson.Deserialize(mutant) : LedgerJson.Deserialize(mutant), what, failures);
        var stream = Verdict(() => isProgramme
            ? ProgrammeJson.DeserializeAsync(new MemoryStream(mutant)).AsTask().GetAwaiter().GetResult()
            : LedgerJson.DeserializeAsync(new MemoryStream(mutant)).AsTask().GetAwaiter().GetResult(), what, failures);
        Agree("the stream", bytes, stream, what, failures);

        // A string holds what UTF-8 bytes say only when they are valid UTF-8.
        if (TryDecode(mutant, out var text))
        {
            var fromText = Verdict(() => isProgramme ? ProgrammeJson.Deserialize(text) : LedgerJson.Deserialize(text), what, failures);
            Agree("the string", bytes, fromText, what, failures);
        }

        var validated = Capture(() => isProgramme ? ProgrammeJson.Validate(mutant) : LedgerJson.Validate(mutant), what, failures);
        if (validated is not null)
        {
            var violations = string.Join("; ", validated.Violations.Select(v => $"{v.Code} at {v.Path}"));
            if (validated.IsValid != (bytes.Value is not null) || (bytes.Error is { } error && violations != string.Join("; ", error.Violations.Select(v => $"{v.Code} at {v.Path}"))))
            {
                failures.Add($"{what}: Validate says [{violations}] where Deserialize says {bytes.Code}.");
            }
        }

        if (bytes.Value is { } read)
        {
            Accepted(isProgramme, mutant, read, what, failures);
        }

        return bytes.Code;
    }

    /// <summary>An accepted document is valid under the published schema, and what the library writes of it reads back the same.</summary>
    private static void Accepted(bool isProgramme, byte[] mutant, object read, string what, List<string> failures)
    {
        using (var document = JsonDocument.Parse(JsonInputWithoutBom(mutant)))
        {
            var schema = isProgramme ? ProgrammeSchema : LedgerSchema;
            if (!schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
            {
                failures.Add($"{what}: the library accepts a document its schema refuses:\n{Encoding.UTF8.GetString(mutant)}");
            }
        }

        var written = isProgramme
            ? ProgrammeJson.SerializeToUtf8Bytes((Domain.Programme)read, indented: false)
            : LedgerJson.SerializeToUtf8Bytes((LedgerDocument)read, indented: false);
        object again = isProgramme ? ProgrammeJson.Deserialize(written) : LedgerJson.Deserialize(written);
        var rewritten = isProgramme
            ? ProgrammeJson.SerializeToUtf8Bytes((Domain.Programme)again, indented: false)
            : LedgerJson.SerializeToUtf8Bytes((LedgerDocument)again, indented: false);
        if (!Same(again, read) || !rewritten.AsSpan().SequenceEqual(written))
        {
            failures.Add($"{what}: the document read does not round-trip:\n{Encoding.UTF8.GetString(written)}\n{Encoding.UTF8.GetString(rewritten)}");
        }
    }

    private static bool Same(object a, object? b) => a is LedgerDocument x && b is LedgerDocument y
        ? x.Scope == y.Scope && Equals(x.Ledger, y.Ledger) && Equals(x.Portfolio, y.Portfolio)
        : a.Equals(b);

    private static ReadOnlyMemory<byte> JsonInputWithoutBom(byte[] utf8) =>
        utf8.AsSpan().StartsWith("\uFEFF"u8) ? utf8.AsMemory(3) : utf8;

    private static bool TryDecode(byte[] utf8, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(utf8);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static void Agree(string entry, Outcome expected, Outcome got, string what, List<string> failures)
    {
        if (expected.Code != got.Code || expected.Error?.Path != got.Error?.Path || (expected.Value is { } a && !Same(a, got.Value)))
        {
            failures.Add($"{what}: {entry} says {got.Code} at {got.Error?.Path} where the bytes say {expected.Code} at {expected.Error?.Path}.");
        }
    }

    private static Outcome Verdict(Func<object> read, string what, List<string> failures)
    {
        try
        {
            return new Outcome("read", read(), null);
        }
        catch (AlliancesJsonException e)
        {
            var foundOnceRead = e.InnerException is RuleViolationException || e.RuleCode == Rules.JsonProgrammeKnown.Code;
            if (e.Path is null || (e.LineNumber is null && !foundOnceRead) || !e.Message.StartsWith(e.RuleCode + ": ", StringComparison.Ordinal))
            {
                failures.Add($"{what}: an exception without path, line or code: {Shorten(e.Message)}");
            }

            if (e.Message.Length > 2_000)
            {
                failures.Add($"{what}: a message of {e.Message.Length} characters: {Shorten(e.Message)}");
            }

            return new Outcome(e.RuleCode, null, e);
        }
#pragma warning disable CA1031 // The fuzzer's point is to catch what should never escape.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failures.Add($"{what}: {e.GetType().Name}: {Shorten(e.Message)}\n{e.StackTrace}");
            return new Outcome(e.GetType().Name, null, null);
        }
    }

    private static ValidationResult? Capture(Func<ValidationResult> validate, string what, List<string> failures)
    {
        try
        {
            return validate();
        }
#pragma warning disable CA1031 // Validate reports; it never throws.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failures.Add($"{what}: Validate throws {e.GetType().Name}: {Shorten(e.Message)}");
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500] + "…";

    /// <summary>
    /// The published documents, each list cut to a few elements so that a mutant reads in well under a millisecond:
    /// every kind of part they hold is kept. Each seed is checked valid first.
    /// </summary>
    private static Seed[] Seeds()
    {
        var programme = Files.Docs("catalogue", "odd17.programme.json");
        var ledger = JsonNode.Parse(Files.Docs("examples", "odd17.ledger-13.json"))!.AsObject();
        Cut(ledger, 40);
        var portfolio = JsonNode.Parse(Files.Docs("examples", "odd17.portfolio.json"))!.AsObject();
        var territories = portfolio["territories"]!.AsArray();
        while (territories.Count > 3)
        {
            territories.RemoveAt(territories.Count - 1);
        }

        foreach (var territory in territories)
        {
            Cut(territory!.AsObject(), 12);
        }

        var kept = territories.Select(t => (string)t!["territory"]!["code"]!).ToHashSet(StringComparer.Ordinal);
        var weights = portfolio["weights"]!.AsArray();
        foreach (var weight in weights.Where(w => !kept.Contains((string)w!["territory"]!)).ToList())
        {
            weights.Remove(weight);
        }

        Seed[] seeds =
        [
            Seed.Of("the programme", true, Encoding.UTF8.GetBytes(programme)),
            Seed.Of("the programme, compact", true, Encoding.UTF8.GetBytes(JsonNode.Parse(programme)!.ToJsonString())),
            Seed.Of("the ledger of Bouches-du-Rhône", false, Encoding.UTF8.GetBytes(ledger.ToJsonString(new JsonSerializerOptions { WriteIndented = true }))),
            Seed.Of("the portfolio", false, Encoding.UTF8.GetBytes(portfolio.ToJsonString())),
        ];
        foreach (var seed in seeds)
        {
            var result = seed.IsProgramme ? ProgrammeJson.Validate(seed.Bytes) : LedgerJson.Validate(seed.Bytes);
            result.IsValid.Should().BeTrue($"{seed.Name} is a valid seed: {result}");
        }

        return seeds;
    }

    /// <summary>Keeps the first reports and observations of a ledger: a prefix keeps each measure's lifecycle valid.</summary>
    private static void Cut(JsonObject ledger, int keep)
    {
        foreach (var list in new[] { "reports", "observations" })
        {
            if (ledger[list] is JsonArray items)
            {
                while (items.Count > keep)
                {
                    items.RemoveAt(items.Count - 1);
                }
            }
        }
    }

    /// <summary>Applies one to three mutations: those that keep the text JSON first, then at most one that may break it.</summary>
    private static (List<string> Kinds, byte[] Mutant) MutateAtLeastOnce(Seed seed, Random random)
    {
        var kinds = new List<string>();
        var bytes = seed.Bytes;
        var tokens = seed.Tokens;
        var count = 1 + random.Next(3);
        for (var m = 0; m < count; m++)
        {
            var (kind, mutant, stillJson) = Mutate(bytes, tokens, random, last: m == count - 1);
            kinds.Add(kind);
            bytes = mutant;
            if (!stillJson || m == count - 1)
            {
                break;
            }

            try
            {
                tokens = Tokens(bytes);
            }
            catch (JsonException)
            {
                break;
            }
        }

        return (kinds, bytes);
    }

    private static (string Kind, byte[] Mutant, bool StillJson) Mutate(byte[] bytes, List<Token> tokens, Random random, bool last)
    {
        switch (random.Next(last ? 14 : 10))
        {
            case 0:
            {
                var property = Pick(tokens, t => t.Type == JsonTokenType.PropertyName, random);
                var end = property.End < bytes.Length && bytes[property.End] == (byte)',' ? property.End + 1 : property.End;
                return ("deleted property", [.. bytes[..property.Start], .. bytes[end..]], true);
            }

            case 1:
            {
                var property = Pick(tokens, t => t.Type == JsonTokenType.PropertyName, random);
                return ("duplicated property", [.. bytes[..property.End], (byte)',', .. bytes[property.Start..property.End], .. bytes[property.End..]], true);
            }

            case 2:
                return ("type swap", Replace(bytes, ValueOf(tokens, random), TypeSwaps[random.Next(TypeSwaps.Length)]), true);
            case 3 or 4:
            {
                var number = Pick(tokens, t => t.Type == JsonTokenType.Number, random);
                return ("extreme number", Replace(bytes, number, Numbers[random.Next(Numbers.Length)]), true);
            }

            case 5:
            {
                var depth = random.Next(30, 80);
                return ("deep nesting", Replace(bytes, ValueOf(tokens, random), new string('[', depth) + new string(']', depth)), true);
            }

            case 6:
            {
                var date = Pick(tokens, t => t.Type == JsonTokenType.String && t.End - t.Start == 12 && bytes[t.Start + 5] == (byte)'-', random);
                return ("calendar edge", Replace(bytes, date, Dates[random.Next(Dates.Length)]), true);
            }

            case 7:
            {
                var text = Pick(tokens, t => t.Type == JsonTokenType.String, random);
                return ("odd text", Replace(bytes, text, Texts[random.Next(Texts.Length)]), true);
            }

            case 8:
            {
                // Swap two values of the same type: a valid shape that may break a rule across parts.
                var first = ValueOf(tokens, random);
                var second = Pick(tokens, t => t.Type == first.Type && t.Value && t.Start != first.Start && (t.End <= first.Start || t.Start >= first.End), random);
                if (second.Start == first.Start || second.Start < first.End && first.Start < second.End)
                {
                    return ("value copy", Replace(bytes, first, "0"), true);
                }

                var (a, b) = first.Start < second.Start ? (first, second) : (second, first);
                return ("value swap", [.. bytes[..a.Start], .. bytes[b.Start..b.End], .. bytes[a.End..b.Start], .. bytes[a.Start..a.End], .. bytes[b.End..]], true);
            }

            case 9:
            {
                // Copy an element of an array next to itself: duplicates that rules across parts must catch.
                var element = Pick(tokens, t => t.Type == JsonTokenType.StartObject && t.InArray, random);
                return ("repeated element", [.. bytes[..element.End], (byte)',', .. bytes[element.Start..element.End], .. bytes[element.End..]], true);
            }

            case 10:
            {
                var copy = (byte[])bytes.Clone();
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
                return ("byte flip", copy, false);
            }

            case 11:
                return ("truncation", bytes[..random.Next(bytes.Length)], false);
            case 12:
                return ("byte-order marks", [.. Enumerable.Repeat("\uFEFF"u8.ToArray(), 1 + random.Next(2)).SelectMany(b => b), .. bytes], false);
            default:
                return ("trailing text", [.. bytes, .. " {}"u8], false);
        }
    }

    private static Token ValueOf(List<Token> tokens, Random random) =>
        Pick(tokens, t => t.Value, random);

    private static Token Pick(List<Token> tokens, Func<Token, bool> predicate, Random random)
    {
        var start = random.Next(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[(start + i) % tokens.Count];
            if (predicate(token))
            {
                return token;
            }
        }

        return tokens[0];
    }

    private static byte[] Replace(byte[] bytes, Token token, string text) =>
        [.. bytes[..token.Start], .. Encoding.UTF8.GetBytes(text), .. bytes[token.End..]];

    /// <summary>Every token of a document, with the byte range of the whole value it starts.</summary>
    private static List<Token> Tokens(byte[] utf8)
    {
        var tokens = new List<Token>();
        var open = new Stack<int>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256 });
        var afterName = false;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            var inArray = open.Count > 0 && tokens[open.Peek()].Type == JsonTokenType.StartArray;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    open.Push(tokens.Count);
                    tokens.Add(new Token(reader.TokenType, start, start + 1, afterName || open.Count > 1, inArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    var index = open.Pop();
                    tokens[index] = tokens[index] with { End = (int)reader.BytesConsumed };
                    CloseProperty(tokens, open, (int)reader.BytesConsumed);
                    break;
                case JsonTokenType.PropertyName:
                    tokens.Add(new Token(JsonTokenType.PropertyName, start, -1, false, false));
                    afterName = true;
                    continue;
                default:
                    tokens.Add(new Token(reader.TokenType, start, (int)reader.BytesConsumed, true, inArray));
                    CloseProperty(tokens, open, (int)reader.BytesConsumed);
                    break;
            }

            afterName = false;
        }

        return tokens;
    }

    /// <summary>Ends the property whose value just ended: the last property name still open.</summary>
    private static void CloseProperty(List<Token> tokens, Stack<int> open, int end)
    {
        var floor = open.Count == 0 ? -1 : open.Peek();
        for (var i = tokens.Count - 1; i > floor; i--)
        {
            if (tokens[i].Type == JsonTokenType.PropertyName && tokens[i].End < 0)
            {
                tokens[i] = tokens[i] with { End = end };
                return;
            }
        }
    }

    private readonly record struct Token(JsonTokenType Type, int Start, int End, bool Value, bool InArray);

    private readonly record struct Outcome(string Code, object? Value, AlliancesJsonException? Error);

    private sealed record Seed(string Name, bool IsProgramme, byte[] Bytes, List<Token> Tokens)
    {
        public static Seed Of(string name, bool isProgramme, byte[] bytes) => new(name, isProgramme, bytes, FuzzTest.Tokens(bytes));
    }
}

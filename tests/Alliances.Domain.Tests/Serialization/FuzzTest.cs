using System.Globalization;
using System.Text;
using System.Text.Json;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Indicators;
using Alliances.Domain.Ledgers;
using Alliances.Domain.Measures;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;
using Alliances.Domain.Territories;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Text;
using Xunit.Abstractions;
using static Alliances.Domain.Reports.LifecycleStatus;
using static Alliances.Domain.Tests.Support.LedgerFixtures;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>
/// Mutates valid documents many times and checks that each mutant either reads to a valid programme or ledger, or
/// throws a <see cref="JsonException"/>; never anything else. Set <c>ALLIANCES_FUZZ_ITERATIONS</c> to run longer
/// (docs/json.md gives the command); the seed is fixed, so a failure reproduces.
/// </summary>
public class FuzzTest(ITestOutputHelper output)
{
    private const int DefaultIterations = 100_000;

    private static readonly string[] TypeSwaps = ["null", "true", "0", "\"x\"", "{}", "[]", "\"\"", "-1"];
    private static readonly string[] Numbers = ["1e309", "-1", "99999999999999999999", "-0", "1.5", "2147483648", "-2147483649", "1E2", "0.001"];
    private static readonly string[] Dates = ["\"2020-02-30\"", "\"2020-13-01\"", "\"0000-01-01\"", "\"20200101\"", "\"2020-1-1\"", "\"2020-05-07T00:00\"", "\"\\u0032020-05-07\"", "\"9999-12-31\""];

    [Fact]
    public void Readers_ReadAValidDocumentOrThrowAJsonException_AndNothingElse()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("ALLIANCES_FUZZ_ITERATIONS"), out var n) ? n : DefaultIterations;
        var seeds = Seeds();
        var random = new Random(20200507);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var mutations = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();

        for (var i = 0; i < iterations; i++)
        {
            var seed = seeds[random.Next(seeds.Length)];
            var (kind, mutant) = Mutate(seed, random);
            mutations[kind] = mutations.GetValueOrDefault(kind) + 1;
            string outcome;
            try
            {
                if (seed.IsProgramme)
                {
                    _ = ProgrammeJson.Deserialize(mutant);
                }
                else
                {
                    _ = LedgerJson.Deserialize(mutant);
                }

                outcome = "read";
            }
            catch (AlliancesJsonException e)
            {
                outcome = e.RuleCode;
                var foundOnceRead = e.InnerException is RuleViolationException || e.RuleCode == Rules.JsonProgrammeKnown.Code;
                if (e.Path is null || (e.LineNumber is null && !foundOnceRead) || !e.Message.StartsWith(e.RuleCode + ": ", StringComparison.Ordinal))
                {
                    failures.Add($"#{i} {kind}: an exception without path, line or code: {e.Message}");
                }
            }
#pragma warning disable CA1031 // The fuzzer's point is to catch what should never escape.
            catch (Exception e)
#pragma warning restore CA1031
            {
                outcome = e.GetType().Name;
                failures.Add($"#{i} {kind}: {e.GetType().Name}: {e.Message}\n{Encoding.UTF8.GetString(mutant)}");
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        output.WriteLine($"{iterations} inputs tried.");
        output.WriteLine("Mutations: " + string.Join(", ", mutations.OrderBy(m => m.Key).Select(m => $"{m.Key} {m.Value}")));
        output.WriteLine("Outcomes: " + string.Join(", ", outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}")));

        failures.Should().BeEmpty();
        outcomes.Values.Sum().Should().Be(iterations);
        outcomes.GetValueOrDefault("read").Should().BePositive("some mutants stay valid");
        outcomes.Keys.Where(k => k != "read").Should().HaveCountGreaterThan(5, "mutants break many different rules");
    }

    private static Seed[] Seeds()
    {
        var programme = ProgrammeJson.SerializeToUtf8Bytes(Odd17.Programme, indented: false);
        var ledger = new LedgerDraft
        {
            Programme = Odd17.Programme,
            Territory = new Territory(new TerritoryCode("13"), "Bouches-du-Rhône", TerritoryLevel.Departement),
            Reports =
            [
                Report(1, "2020-06-01", InProgress, 10, comment: "Début « prometteur »"),
                Report(1, "2020-09-01", EffectsObserved, 40, effects: "2020-08-20"),
                Report(1, "2021-01-01", Completed),
                Report(9, "2020-07-01", InProgress, 5),
                Report(9, "2020-08-01", Suspended),
                Report(15, "2021-05-01", NotStarted),
            ],
            Indicators = [new Indicator("alliances", new MeasureNumber(9), new LocalizedText("Alliances"), "u", IndicatorDirection.HigherIsBetter, new IndicatorPoint(0, Day("2020-05-07")), new IndicatorPoint(40, Day("2023-05-07")))],
            Observations = [Observation("alliances", "2020-09-01", 4)],
            Plans = [new MeasurePlan(new MeasureNumber(9), Day("2020-06-01"), Day("2021-06-01"))],
        }.ToLedger();
        var other = TerritorialLedgerOf("59", Report(2, "2020-06-01", InProgress, 20));
        var portfolio = Portfolio.Create([ledger, other], [new Domain.Progress.TerritoryWeight(new TerritoryCode("59"), 2)]);
        return
        [
            new Seed(true, programme, Tokens(programme)),
            Seed.Of(LedgerJson.SerializeToUtf8Bytes(LedgerDocument.Of(ledger), indented: false)),
            Seed.Of(LedgerJson.SerializeToUtf8Bytes(LedgerDocument.Of(portfolio), indented: true)),
        ];
    }

    private static (string Kind, byte[] Mutant) Mutate(Seed seed, Random random)
    {
        var bytes = seed.Bytes;
        var tokens = seed.Tokens;
        var token = tokens[random.Next(tokens.Count)];
        switch (random.Next(10))
        {
            case 0:
            {
                var copy = (byte[])bytes.Clone();
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
                return ("byte flip", copy);
            }

            case 1:
                return ("truncation", bytes[..random.Next(bytes.Length)]);
            case 2:
            {
                var property = Pick(tokens, t => t.Type == JsonTokenType.PropertyName, random);
                var end = property.End < bytes.Length && bytes[property.End] == (byte)',' ? property.End + 1 : property.End;
                return ("deleted property", [.. bytes[..property.Start], .. bytes[end..]]);
            }

            case 3:
            {
                var property = Pick(tokens, t => t.Type == JsonTokenType.PropertyName, random);
                return ("duplicated property", [.. bytes[..property.End], (byte)',', .. bytes[property.Start..property.End], .. bytes[property.End..]]);
            }

            case 4:
                return ("type swap", Replace(bytes, ValueOf(tokens, random), TypeSwaps[random.Next(TypeSwaps.Length)]));
            case 5:
            {
                var number = Pick(tokens, t => t.Type == JsonTokenType.Number, random);
                return ("huge or negative number", Replace(bytes, number, Numbers[random.Next(Numbers.Length)]));
            }

            case 6:
            {
                var depth = random.Next(30, 80);
                return ("deep nesting", Replace(bytes, ValueOf(tokens, random), new string('[', depth) + new string(']', depth)));
            }

            case 7:
            {
                var date = Pick(tokens, t => t.Type == JsonTokenType.String && t.End - t.Start == 12 && bytes[t.Start + 5] == (byte)'-', random);
                return ("invalid date", Replace(bytes, date, Dates[random.Next(Dates.Length)]));
            }

            case 8:
            {
                // Swap two values of the same type: a valid shape that may break a rule across parts.
                var first = ValueOf(tokens, random);
                var second = Pick(tokens, t => t.Type == first.Type && t.Value && t.Start != first.Start && (t.End <= first.Start || t.Start >= first.End), random);
                if (second.Start == first.Start)
                {
                    return ("value swap", bytes);
                }

                var (a, b) = first.Start < second.Start ? (first, second) : (second, first);
                return ("value swap", [.. bytes[..a.Start], .. bytes[b.Start..b.End], .. bytes[a.End..b.Start], .. bytes[a.Start..a.End], .. bytes[b.End..]]);
            }

            default:
                return ("unchanged", bytes);
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
        var reader = new Utf8JsonReader(utf8);
        var afterName = false;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    open.Push(tokens.Count);
                    tokens.Add(new Token(reader.TokenType, start, start + 1, afterName || open.Count > 1));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    var index = open.Pop();
                    tokens[index] = tokens[index] with { End = (int)reader.BytesConsumed };
                    CloseProperty(tokens, open, (int)reader.BytesConsumed);
                    break;
                case JsonTokenType.PropertyName:
                    tokens.Add(new Token(JsonTokenType.PropertyName, start, -1, false));
                    afterName = true;
                    continue;
                default:
                    tokens.Add(new Token(reader.TokenType, start, (int)reader.BytesConsumed, true));
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

    private readonly record struct Token(JsonTokenType Type, int Start, int End, bool Value);

    private sealed record Seed(bool IsProgramme, byte[] Bytes, List<Token> Tokens)
    {
        public static Seed Of(byte[] bytes) => new(false, bytes, FuzzTest.Tokens(bytes));
    }
}

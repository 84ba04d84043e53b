using System.Globalization;
using System.Text;
using System.Text.Json;
using Alliances.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>
/// The scanner the readers run on accepts what <see cref="Utf8JsonReader"/> accepts, reads the same tokens, texts and
/// numbers from it, and refuses malformed input on the same token: on generated documents, on mutants of them, and on
/// the edge cases of RFC 8259.
/// </summary>
public class JsonScannerLawsTest
{
    private static readonly string[] Whitespace = ["", "", "", " ", "\n", "\t", "\r\n", "  "];

    private static readonly string[] StringParts =
    [
        "a", "Mesure", " ", "é", "œ", "’", "«\u00A0", "€", "𝄞", "中", "\\n", "\\t", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r",
        "\\u00e9", "\\u00A0", "\\u0041", "\\ud834\\udd1e", "\\u20AC", "0", "-", "{", "]", ":", ",",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "42", "2147483647", "2147483648", "-2147483648", "-2147483649", "0.5", "-0.25", "1e3",
        "1E3", "1e+3", "1e-3", "6.02e23", "1e309", "-1e309", "12345678901234567890", "0.000001", "3.14159",
    ];

    /// <summary>Bytes a mutation inserts or writes over: JSON's structure, the starts of values, and bytes no JSON holds raw.</summary>
    private static readonly byte[] MutationBytes =
        [(byte)'"', (byte)'\\', (byte)'x', (byte)'a', (byte)'E', (byte)'\n', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)':', (byte)',', (byte)'0', (byte)'1', (byte)'-',
         (byte)'+', (byte)'.', (byte)'e', (byte)'t', (byte)'n', (byte)'u', (byte)' ', (byte)'/', (byte)'*', (byte)'\'', 0x00, 0x01, 0x1F,
         0x7F, 0x80, 0xC3, 0xE2, 0xED, 0xF0, 0xFF];

    [Property(MaxTest = 2000)]
    public Property AGeneratedDocument_ScansToTheTokensTheStandardReaderReads() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var document = Document(new Random(seed));
            var ours = Scanned(document);
            return (ours.SequenceEqual(Standard(document)) && !ours.Contains(Failed))
                .Label($"seed {seed}: {Describe(document)}");
        });

    [Property(MaxTest = 5000)]
    public Property AMutatedDocument_IsAcceptedOrRefusedAsTheStandardReaderDoes() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var document = Document(random);
            for (var mutations = random.Next(1, 4); mutations > 0; mutations--)
            {
                document = Mutate(document, random);
            }

            return Agree(document).Label($"seed {seed}: {Describe(document)}");
        });

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData(" { \"a\" : [ 1 , true , false , null , \"x\" , { } , [ ] ] } ")]
    [InlineData("\"top\"")]
    [InlineData("[\"a\", \"\\u0061\", \"\\u00e9\", \"é\", \"\\u00E9\", \"e\\u0301\"]")]
    [InlineData("12")]
    [InlineData("{,}")]
    [InlineData("[,]")]
    [InlineData("[1,]")]
    [InlineData("{\"a\":1,}")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{\"a\":}")]
    [InlineData("{\"a\":1 \"b\":2}")]
    [InlineData("{\"a\"}")]
    [InlineData("{1:2}")]
    [InlineData("{'a':1}")]
    [InlineData("[1 2]")]
    [InlineData("[1}")]
    [InlineData("{\"a\":1]")]
    [InlineData("[[[]]")]
    [InlineData("[]]")]
    [InlineData("{}x")]
    [InlineData("{} {}")]
    [InlineData("/*c*/{}")]
    [InlineData("{}//c")]
    [InlineData("01")]
    [InlineData("-")]
    [InlineData("-a")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("+1")]
    [InlineData("[1x]")]
    [InlineData("[0x10]")]
    [InlineData("[NaN]")]
    [InlineData("[Infinity]")]
    [InlineData("tru")]
    [InlineData("[truex]")]
    [InlineData("[nul]")]
    [InlineData("True")]
    [InlineData("\"abc")]
    [InlineData("\"a\\\"")]
    [InlineData("\"\\x\"")]
    [InlineData("\"\\u12\"")]
    [InlineData("\"\\u12G4\"")]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"\\udc00\"")]
    [InlineData("\"\\ud800\\u0041\"")]
    [InlineData("\"\\ud800x\"")]
    [InlineData("\"\\ud834\\udd1e\"")]
    [InlineData("\"a\tb\"")]
    [InlineData("\"a\nb\"")]
    [InlineData("\"\u007F\"")]
    [InlineData("\uFEFF{}")]
    [InlineData("\uFEFF")]
    [InlineData("{}\uFEFF")]
    public void AnEdgeCase_IsReadAsTheStandardReaderReadsIt(string json) =>
        Agree(Encoding.UTF8.GetBytes(json)).Should().BeTrue(Describe(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData(new byte[] { 0x22, 0xFF, 0x22 })]
    [InlineData(new byte[] { 0x22, 0xC3, 0x22 })]
    [InlineData(new byte[] { 0x22, 0xED, 0xA0, 0x80, 0x22 })]
    [InlineData(new byte[] { 0x22, 0x5C, 0x6E, 0xC3, 0x28, 0x22 })]
    [InlineData(new byte[] { 0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D })]
    [InlineData(new byte[] { 0xEF, 0xBB })]
    public void InvalidUtf8_IsRefusedAsTheStandardReaderRefusesIt(byte[] utf8) =>
        Agree(utf8).Should().BeTrue(Describe(utf8));

    [Theory]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(5000)]
    public void ALongString_IsReadAsTheStandardReaderReadsIt(int length)
    {
        // Around the length up to which the scanner makes a string's characters in one pass: plain, accented, escaped,
        // and with a byte that is not UTF-8 at its end.
        var plain = new string('a', length);
        var accented = string.Concat(Enumerable.Repeat("é", length / 2));
        foreach (var json in (string[])[$"[\"{plain}\"]", $"[\"{accented}\"]", $"[\"{accented}\\n\"]", $"{{\"{plain}\": 1}}"])
        {
            var utf8 = Encoding.UTF8.GetBytes(json);
            Agree(utf8).Should().BeTrue(json[..20]);
            var broken = utf8.ToArray();
            broken[^3] = 0xFF;
            Agree(broken).Should().BeTrue(json[..20] + " with 0xFF");
            Scanned(broken).Should().EndWith(Failed);
        }

        Scanned(Encoding.UTF8.GetBytes($"[\"{accented}\"]")).Should().Contain(t => t.Contains(accented, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    public void Nesting_StopsAtTheStandardReadersDepth(int depth)
    {
        // Arrays only, objects only (each holding the next), and the two alternating, closed and then followed by a
        // sibling at the same depth: every container's kind is remembered up to the deepest level.
        var objects = string.Concat(Enumerable.Repeat("{\"k\":", depth - 1)) + "[]" + string.Concat(Enumerable.Repeat(",\"s\":[1]}", depth - 1));
        var mixed = string.Concat(Enumerable.Range(0, depth - 1).Select(i => i % 2 == 0 ? "[" : "{\"k\":"))
            + "{}"
            + string.Concat(Enumerable.Range(0, depth - 1).Reverse().Select(i => i % 2 == 0 ? ",2]" : ",\"s\":3}"));
        foreach (var text in (string[])[new string('[', depth) + new string(']', depth), objects, mixed])
        {
            var json = Encoding.UTF8.GetBytes(text);

            Agree(json).Should().BeTrue(Describe(json));
            Scanned(json).Contains(Failed).Should().Be(depth > 64, text);
        }
    }

    [Fact]
    public void AMalformedDocument_FailsWithItsLineAndPosition()
    {
        var json = "{\n  \"a\": 1,\n  \"b\": tru\n}"u8.ToArray();

        var failure = FluentActions.Invoking(() => Scanned(json, rethrow: true)).Should().Throw<JsonException>().Which;

        failure.LineNumber.Should().Be(2);
        failure.BytePositionInLine.Should().Be(7);
        failure.Path.Should().BeNull("the scanner knows no path; the document reader adds it");
    }

    /// <summary>The marker that ends a token list when reading failed.</summary>
    private const string Failed = "failed";

    /// <summary>Both readers read the same tokens from the input, and fail on the same token when it is malformed.</summary>
    private static bool Agree(byte[] utf8) => Scanned(utf8).SequenceEqual(Standard(utf8));

    private static List<string> Scanned(byte[] utf8, bool rethrow = false)
    {
        var tokens = new List<string>();
        try
        {
            var scanner = new JsonScanner(utf8);
            while (scanner.Read())
            {
                var where = $"{scanner.TokenType} at {scanner.TokenStartIndex} depth {scanner.CurrentDepth} bytes {Convert.ToHexString(scanner.ValueSpan)}";
                tokens.Add(scanner.TokenType switch
                {
                    JsonTokenType.String or JsonTokenType.PropertyName =>
                        $"{where} escaped {scanner.ValueIsEscaped} is-a {scanner.ValueTextEquals("a"u8)} is-é {scanner.ValueTextEquals("é")} {scanner.GetString()}",
                    JsonTokenType.Number => $"{where} {Number(scanner.TryGetInt32(out var i) ? i : null, scanner.TryGetDouble(out var d) ? d : null)}",
                    _ => where,
                });
            }
        }
        catch (JsonException) when (!rethrow)
        {
            tokens.Add(Failed);
        }

        return tokens.Count == 0 || tokens[^1] != Failed ? [.. tokens, "end"] : tokens;
    }

    private static List<string> Standard(byte[] utf8)
    {
        var tokens = new List<string>();
        try
        {
            // The standard reader with its defaults, the strictness the scanner claims (a depth of at most 64 included).
            var reader = new Utf8JsonReader(utf8, default(JsonReaderOptions));
            while (reader.Read())
            {
                var where = $"{reader.TokenType} at {reader.TokenStartIndex} depth {reader.CurrentDepth} bytes {Convert.ToHexString(reader.ValueSpan)}";
                tokens.Add(reader.TokenType switch
                {
                    JsonTokenType.String or JsonTokenType.PropertyName =>
                        $"{where} escaped {reader.ValueIsEscaped} is-a {reader.ValueTextEquals("a"u8)} is-é {reader.ValueTextEquals("é")} {reader.GetString()}",
                    JsonTokenType.Number => $"{where} {Number(reader.TryGetInt32(out var i) ? i : null, reader.TryGetDouble(out var d) ? d : null)}",
                    _ => where,
                });
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The standard reader refuses malformed JSON with a JsonException, and text it cannot make a string of with an
            // InvalidOperationException; the scanner, with a JsonException in both cases.
            tokens.Add(Failed);
        }

        return tokens.Count == 0 || tokens[^1] != Failed ? [.. tokens, "end"] : tokens;
    }

    private static string Number(int? whole, double? real) =>
        string.Create(CultureInfo.InvariantCulture, $"int {whole?.ToString(CultureInfo.InvariantCulture) ?? "-"} double {real?.ToString("R", CultureInfo.InvariantCulture) ?? "-"}");

    private static string Describe(byte[] utf8) =>
        $"input {Convert.ToHexString(utf8)}: ours [{string.Join(" | ", Scanned(utf8))}], standard [{string.Join(" | ", Standard(utf8))}]";

    /// <summary>A random JSON document: any value at the top, objects and arrays nested up to six deep, with whitespace and escapes.</summary>
    private static byte[] Document(Random random)
    {
        var text = new StringBuilder();
        Value(text, random, random.Next(7));
        text.Append(Whitespace[random.Next(Whitespace.Length)]);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Value(StringBuilder text, Random random, int depth)
    {
        text.Append(Whitespace[random.Next(Whitespace.Length)]);
        switch (random.Next(depth > 0 ? 6 : 3))
        {
            case 0:
                String(text, random);
                break;
            case 1:
                text.Append(Numbers[random.Next(Numbers.Length)]);
                break;
            case 2:
                text.Append(random.Next(3) switch { 0 => "true", 1 => "false", _ => "null" });
                break;
            case 3:
            case 4:
                text.Append('{');
                for (var i = random.Next(5); i > 0; i--)
                {
                    text.Append(Whitespace[random.Next(Whitespace.Length)]);
                    String(text, random);
                    text.Append(Whitespace[random.Next(Whitespace.Length)]).Append(':');
                    Value(text, random, depth - 1);
                    text.Append(Whitespace[random.Next(Whitespace.Length)]).Append(i > 1 ? "," : string.Empty);
                }

                text.Append(Whitespace[random.Next(Whitespace.Length)]).Append('}');
                break;
            default:
                text.Append('[');
                for (var i = random.Next(5); i > 0; i--)
                {
                    Value(text, random, depth - 1);
                    text.Append(Whitespace[random.Next(Whitespace.Length)]).Append(i > 1 ? "," : string.Empty);
                }

                text.Append(Whitespace[random.Next(Whitespace.Length)]).Append(']');
                break;
        }
    }

    private static void String(StringBuilder text, Random random)
    {
        text.Append('"');
        for (var i = random.Next(random.Next(2) == 0 ? 4 : 40); i > 0; i--)
        {
            text.Append(StringParts[random.Next(StringParts.Length)]);
        }

        text.Append('"');
    }

    private static byte[] Mutate(byte[] utf8, Random random)
    {
        var bytes = utf8.ToList();
        var at = random.Next(bytes.Count + 1);
        var b = MutationBytes[random.Next(MutationBytes.Length)];
        switch (random.Next(5))
        {
            case 0 when at < bytes.Count:
                bytes.RemoveAt(at);
                break;
            case 1 when at < bytes.Count:
                bytes[at] = b;
                break;
            case 2:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 3 when at < bytes.Count:
                var length = random.Next(1, Math.Min(8, bytes.Count - at) + 1);
                bytes.InsertRange(random.Next(bytes.Count + 1), bytes.GetRange(at, length));
                break;
            default:
                bytes.Insert(at, b);
                break;
        }

        return [.. bytes];
    }
}

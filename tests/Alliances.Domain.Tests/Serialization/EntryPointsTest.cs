using System.Text;
using System.Text.Json;
using Alliances.Domain.Serialization;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>
/// Every entry point gives the same verdict on the same document: a string, its UTF-8 bytes, a stream of them (seekable
/// or trickling), and <c>Validate</c> against <c>Deserialize</c>; read, or refused with the same rule and path.
/// </summary>
public class EntryPointsTest
{
    private static readonly string Catalogue = Files.Docs("catalogue", "odd17.programme.json");

    private static readonly (string Name, bool IsProgramme, string Text)[] Published =
    [
        ("catalogue", true, Catalogue),
        ("catalogue, compact", true, JsonSerializer.Serialize(JsonDocument.Parse(Catalogue).RootElement)),
        ("ledger 13", false, Files.Docs("examples", "odd17.ledger-13.json")),
        ("portfolio", false, Files.Docs("examples", "odd17.portfolio.json")),
    ];

    private static readonly Readers ProgrammeReaders = new(
        t => ProgrammeJson.Deserialize(t), b => ProgrammeJson.Deserialize(b), async s => await ProgrammeJson.DeserializeAsync(s), t => ProgrammeJson.Validate(t), b => ProgrammeJson.Validate(b));

    private static readonly Readers LedgerReaders = new(
        t => LedgerJson.Deserialize(t), b => LedgerJson.Deserialize(b), async s => await LedgerJson.DeserializeAsync(s), t => LedgerJson.Validate(t), b => LedgerJson.Validate(b));

    private static readonly string[] Inserted = ["\"", "{", "}", "[", "]", ",", ":", "\\", "0", "9", "-", ".", "e", "n", " ", "\t", "\n", "\uFEFF", "\uFEFF\uFEFF", "é", "\u00A0", "1e400", "null", "\"\\ud800\""];

    [Property(MaxTest = 300)]
    public Property MutatedPublishedDocument_GetsTheSameVerdictFromEveryEntryPoint() =>
        Prop.ForAll(Mutants.ToArbitrary(), mutant =>
        {
            var verdicts = Verdicts(mutant.IsProgramme, mutant.Text, mutant.Chunk);
            return verdicts.Values.Distinct().Count() == 1;
        });

    [Fact]
    public void PublishedDocuments_ReadFromEveryEntryPoint()
    {
        foreach (var (name, isProgramme, text) in Published)
        {
            Verdicts(isProgramme, text, 100).Values.Should().AllBe("read", name);
        }
    }

    [Theory]
    [InlineData(1, "read")]
    [InlineData(2, "JSN001 at $")]
    [InlineData(3, "JSN001 at $")]
    public void ByteOrderMarks_OneIsSkippedByEveryEntryPoint_MoreAreRefusedByAll(int marks, string verdict)
    {
        foreach (var (name, isProgramme, text) in Published)
        {
            Verdicts(isProgramme, string.Concat(Enumerable.Repeat("\uFEFF", marks)) + text, 5).Values.Should().AllBe(verdict, name);
        }
    }

    [Fact]
    public void String_WithALoneSurrogate_IsRefusedAsJsonDocumentRefusesIt()
    {
        var json = Catalogue.Replace("Comité de suivi", "Comit\ud800 de suivi", StringComparison.Ordinal);

        var exception = FluentActions.Invoking(() => ProgrammeJson.Deserialize(json)).Should().Throw<AlliancesJsonException>().Which;

        exception.RuleCode.Should().Be("JSN001");
        exception.Path.Should().Be("$");
        exception.Message.Should().StartWith("JSN001: The text holds a lone surrogate (U+D800) at character ");
        ProgrammeJson.Validate(json).Codes.Should().Equal("JSN001");
        LedgerJson.Validate("{\"kind\":\"ledger\udc00\"}").Codes.Should().Equal("JSN001");
        FluentActions.Invoking(() => JsonDocument.Parse(json)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void String_WithAnEscapedLoneSurrogate_IsRefusedAtItsPathByEveryEntryPoint() =>
        Verdicts(true, Catalogue.Replace("Comité de suivi", "Comit\\ud800 de suivi", StringComparison.Ordinal), 64).Values
            .Should().AllBe("JSN001 at $.governance.name.fr");

    private static Gen<Mutant> Mutants =>
        from index in Gen.Choose(0, Published.Length - 1)
        from edits in Gen.ListOf(Edit, 3).Select(l => l.ToArray())
        from count in Gen.Choose(1, 3)
        from chunk in Gen.Elements(1, 3, 7, 64, 4096, 100_000)
        let seed = Published[index]
        select new Mutant(seed.Name, seed.IsProgramme, edits.Take(count).Aggregate(seed.Text, (text, edit) => edit.Apply(text)), edits.Take(count).ToArray(), chunk);

    private static Gen<TextEdit> Edit =>
        from kind in Gen.Elements(EditKind.Delete, EditKind.Insert, EditKind.Replace, EditKind.Duplicate, EditKind.Truncate, EditKind.Prepend)
        from at in Gen.Choose(0, 1_000_000)
        from inserted in Gen.Elements(Inserted)
        from length in Gen.Choose(1, 40)
        select new TextEdit(kind, at / 1_000_000.0, inserted, length);

    /// <summary>What each entry point makes of a document: <c>read</c>, or the first rule broken and its path.</summary>
    private static Dictionary<string, string> Verdicts(bool isProgramme, string text, int chunk)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var readers = isProgramme ? ProgrammeReaders : LedgerReaders;
        return new Dictionary<string, string>
        {
            ["string"] = Of(() => readers.FromString(text)),
            ["bytes"] = Of(() => readers.FromBytes(utf8)),
            ["stream"] = Of(() => readers.FromStream(new MemoryStream(utf8)).GetAwaiter().GetResult()),
            ["trickling stream"] = Of(() => readers.FromStream(new TricklingStream(utf8, chunk)).GetAwaiter().GetResult()),
            ["validate string"] = Of(readers.ValidateString(text)),
            ["validate bytes"] = Of(readers.ValidateBytes(utf8)),
        };
    }

    private static string Of(Func<object> read)
    {
        try
        {
            _ = read();
            return "read";
        }
        catch (AlliancesJsonException e)
        {
            return $"{e.RuleCode} at {e.Path}";
        }
    }

    private static string Of(ValidationResult result) =>
        result.IsValid ? "read" : $"{result.Violations[0].Code} at {result.Violations[0].Path}";

    /// <summary>The entry points of one kind of document.</summary>
    internal sealed record Readers(
        Func<string, object> FromString,
        Func<byte[], object> FromBytes,
        Func<Stream, Task<object>> FromStream,
        Func<string, ValidationResult> ValidateString,
        Func<byte[], ValidationResult> ValidateBytes);

    /// <summary>A published document with a few edits, and the most bytes its trickling stream gives at a time.</summary>
    internal sealed record Mutant(string Seed, bool IsProgramme, string Text, TextEdit[] Edits, int Chunk)
    {
        public override string ToString() => $"{Seed} with {string.Join("; ", Edits.Select(e => e.ToString()))}, chunks of {Chunk}";
    }

    /// <summary>One edit of a text at a place given as a fraction of its length; it never leaves half a surrogate pair.</summary>
    internal sealed record TextEdit(EditKind Kind, double At, string Inserted, int Length)
    {
        public string Apply(string text)
        {
            var at = Math.Min((int)(At * text.Length), text.Length);
            var end = Math.Min(at + Length, text.Length);
            return Kind switch
            {
                EditKind.Delete => text.Remove(at, Math.Min(1, text.Length - at)),
                EditKind.Insert => text.Insert(at, Inserted),
                EditKind.Replace => text[..at] + Inserted + text[Math.Min(at + 1, text.Length)..],
                EditKind.Duplicate => text.Insert(at, text[at..end]),
                EditKind.Prepend => Inserted + text,
                _ => text[..at],
            };
        }
    }

    /// <summary>The kinds of edit.</summary>
    internal enum EditKind
    {
        Delete,
        Insert,
        Replace,
        Duplicate,
        Truncate,
        Prepend,
    }
}

using System.Globalization;
using System.Text.Json;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Cli;

/// <summary>
/// Reads the document files the commands are given: a path, or <c>-</c> for standard input; never more than the
/// largest document the library reads, so that endless input (<c>/dev/zero</c>) stops there.
/// </summary>
/// <param name="standardInput">Opens standard input, when a command is given <c>-</c>.</param>
/// <param name="options">The largest document read.</param>
internal sealed class DocumentFiles(Func<Stream> standardInput, DocumentReadOptions options)
{
    /// <summary>The size of the chunks a document is read in.</summary>
    private const int Chunk = 1024 * 1024;

    /// <summary>The file name that stands for standard input.</summary>
    internal const string StandardInput = "-";

    private bool _standardInputRead;

    /// <summary>Gets the options documents are read with.</summary>
    internal DocumentReadOptions Options => options;

    /// <summary>Gives the name a file is shown with in messages.</summary>
    internal static string NameOf(string path) => path == StandardInput ? "standard input" : path;

    /// <summary>
    /// Reads the programme a command works on: the one <c>--programme FILE</c> gives, or the canonical programme when
    /// none is given, saying on the error writer what went wrong.
    /// </summary>
    /// <param name="path">The programme document's file, <c>-</c> for standard input, or none for the canonical programme.</param>
    /// <param name="error">Where to say what went wrong.</param>
    /// <param name="programme">The programme, when it was read.</param>
    /// <returns><see cref="ExitCodes.Success"/>, or the exit code of the failure.</returns>
    internal int ReadProgramme(string? path, TextWriter error, out Programme programme)
    {
        programme = Odd17.Programme;
        if (path is null)
        {
            return ExitCodes.Success;
        }

        try
        {
            if (!TryRead(path, error, out var bytes))
            {
                return ExitCodes.Usage;
            }

            programme = ProgrammeJson.Deserialize(bytes, Options);
            return ExitCodes.Success;
        }
        catch (JsonException e)
        {
            error.WriteLine($"alliances: {NameOf(path)} is not a valid programme document: {e.Message}");
            return ExitCodes.Invalid;
        }
    }

    /// <summary>
    /// The programmes a ledger may follow when a command works on <paramref name="programme"/>: none to register for the
    /// canonical one, which every reader knows.
    /// </summary>
    internal static Programme[]? Known(Programme programme) => ReferenceEquals(programme, Odd17.Programme) ? null : [programme];

    /// <summary>Reads a ledger document from a file or standard input, saying on the error writer what went wrong.</summary>
    /// <param name="path">The file, or <c>-</c> for standard input.</param>
    /// <param name="programme">The programme the ledger follows: the canonical one, or the one <c>--programme</c> gives.</param>
    /// <param name="error">Where to say what went wrong.</param>
    /// <param name="document">The document read, when it is valid.</param>
    /// <returns><see cref="ExitCodes.Success"/>, or the exit code of the failure.</returns>
    internal int ReadLedger(string path, Programme programme, TextWriter error, out LedgerDocument document)
    {
        document = null!;
        byte[] bytes = [];
        try
        {
            if (!TryRead(path, error, out bytes))
            {
                return ExitCodes.Usage;
            }

            document = LedgerJson.Deserialize(bytes, Known(programme), Options);
            return ExitCodes.Success;
        }
        catch (AlliancesJsonException e) when (e.RuleCode == Rules.JsonProgrammeKnown.Code && TopLevelString(bytes, "programme"u8) is { } follows)
        {
            error.WriteLine($"alliances: {NameOf(path)} follows the programme {follows}, not {programme.Id}, {Whose(programme)}; give the programme it follows with --programme FILE.");
            return ExitCodes.Invalid;
        }
        catch (JsonException e)
        {
            error.WriteLine($"alliances: {NameOf(path)} is not a valid ledger document: {e.Message}");
            return ExitCodes.Invalid;
        }
    }

    /// <summary>Says where the programme a command works on comes from, for messages.</summary>
    internal static string Whose(Programme programme) =>
        ReferenceEquals(programme, Odd17.Programme) ? "the canonical programme, used when --programme is not given" : "the programme given with --programme";

    /// <summary>
    /// Reads one ledger: a national or territorial ledger document, or one territory's ledger in a portfolio, saying on
    /// the error writer what went wrong.
    /// </summary>
    /// <param name="path">The file, or <c>-</c> for standard input.</param>
    /// <param name="programme">The programme the ledger follows.</param>
    /// <param name="territory">For a portfolio, the territory whose ledger to take; none for a single ledger.</param>
    /// <param name="error">Where to say what went wrong.</param>
    /// <param name="ledger">The ledger, when it was read.</param>
    /// <returns><see cref="ExitCodes.Success"/>, or the exit code of the failure.</returns>
    internal int ReadOneLedger(string path, Programme programme, TerritoryCode? territory, TextWriter error, out Progress.Ledger ledger)
    {
        ledger = null!;
        var read = ReadLedger(path, programme, error, out var document);
        if (read != ExitCodes.Success)
        {
            return read;
        }

        read = PickTerritory(document, path, territory, required: true, error, out var picked);
        ledger = picked!;
        return read;
    }

    /// <summary>
    /// Checks the <c>--territory</c> given with a ledger document, saying on the error writer what is wrong: it names a
    /// territory of a portfolio, and only of a portfolio.
    /// </summary>
    /// <param name="document">The document read.</param>
    /// <param name="path">The file it was read from, for messages.</param>
    /// <param name="territory">The territory asked for, or none.</param>
    /// <param name="required">Whether a portfolio needs one, for a command that works on one ledger.</param>
    /// <param name="error">Where to say what is wrong.</param>
    /// <param name="ledger">The document's one ledger, or the portfolio's ledger of the territory; none for a portfolio without a territory.</param>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.Usage"/>.</returns>
    internal static int PickTerritory(LedgerDocument document, string path, TerritoryCode? territory, bool required, TextWriter error, out Progress.Ledger? ledger)
    {
        ledger = null;
        if (document.Portfolio is not { } portfolio)
        {
            if (territory is { } code)
            {
                error.WriteLine($"alliances: --territory {code} is for a portfolio; {NameOf(path)} is one ledger.");
                return ExitCodes.Usage;
            }

            ledger = document.Ledger;
            return ExitCodes.Success;
        }

        string Codes() => string.Join(", ", portfolio.Ledgers.Select(l => l.Territory!.Code.ToString()));
        if (territory is not { } wanted)
        {
            if (required)
            {
                error.WriteLine($"alliances: {NameOf(path)} is a portfolio; say whose ledger with --territory, one of {Codes()}.");
                return ExitCodes.Usage;
            }

            return ExitCodes.Success;
        }

        if (!portfolio.TryGetLedger(wanted, out ledger))
        {
            error.WriteLine($"alliances: unknown territory {wanted}; this portfolio has {Codes()}.");
            return ExitCodes.Usage;
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Reads a document, or explains on <paramref name="error"/> why it cannot be read: a missing file, a directory, a
    /// file that cannot be opened.
    /// </summary>
    /// <exception cref="AlliancesJsonException">The document is larger than the limit (rule JSN010); it was not read past it.</exception>
    internal bool TryRead(string path, TextWriter error, out byte[] bytes)
    {
        bytes = [];
        if (path != StandardInput && Directory.Exists(path))
        {
            error.WriteLine($"alliances: cannot read '{path}': it is a directory, not a document.");
            return false;
        }

        if (path == StandardInput && _standardInputRead)
        {
            // Standard input gives one document: a second '-' (--programme - with a ledger -) would read it empty.
            error.WriteLine("alliances: standard input gives one document, and another was read from it already; give the other as a file.");
            return false;
        }

        try
        {
            if (path == StandardInput)
            {
                _standardInputRead = true;
                bytes = ReadBounded(standardInput());
            }
            else
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
                bytes = ReadBounded(file);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"alliances: cannot read '{path}': {e.Message}");
            return false;
        }
    }

    /// <summary>
    /// Finds the <c>kind</c> a document says it is, without reading the rest: <c>programme</c>, <c>ledger</c>, or null
    /// when it says another or none, or cannot be read that far.
    /// </summary>
    internal static string? KindOf(ReadOnlySpan<byte> utf8) => TopLevelString(utf8, "kind"u8) switch
    {
        LedgerJson.Kind => LedgerJson.Kind,
        ProgrammeJson.Kind => ProgrammeJson.Kind,
        _ => null,
    };

    /// <summary>
    /// Gets the string value of a property of a document's top-level object, read no further than that property; none
    /// when the document has no such string there, or cannot be read that far.
    /// </summary>
    private static string? TopLevelString(ReadOnlySpan<byte> utf8, ReadOnlySpan<byte> name)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var found = reader.ValueTextEquals(name);
                reader.Read();
                if (found)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed, or a name or value that is not exact UTF-8 or UTF-16 (an invalid byte, an escaped lone
            // surrogate), which Utf8JsonReader reports as InvalidOperationException: the reader of either kind will
            // say where.
        }

        return null;
    }

    /// <summary>
    /// Reads a stream to its end, or to the first byte past the limit, where it stops. The bytes are kept in chunks and
    /// copied once into an array of the document's size, so that a refused document costs the limit at most.
    /// </summary>
    private byte[] ReadBounded(Stream stream)
    {
        var limit = options.MaxDocumentBytes;
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            throw TooLarge();
        }

        var chunks = new List<byte[]>();
        var length = 0L;
        while (true)
        {
            var chunk = new byte[Chunk];
            var count = stream.ReadAtLeast(chunk, Chunk, throwOnEndOfStream: false);
            if (length + count > limit)
            {
                throw TooLarge();
            }

            chunks.Add(chunk);
            length += count;
            if (count < Chunk)
            {
                break;
            }
        }

        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        for (var i = 0; i < chunks.Count; i++)
        {
            var start = i * Chunk;
            chunks[i].AsSpan(0, (int)Math.Min(Chunk, length - start)).CopyTo(bytes.AsSpan(start));
        }

        return bytes;
    }

    private AlliancesJsonException TooLarge() =>
        new(
            Rules.JsonDocumentSize,
            new LocalizedText(
                $"Le document dépasse {options.MaxDocumentBytes.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '\u202F')} octets, le plus qu’alliances lit.",
                string.Create(CultureInfo.InvariantCulture, $"The document is larger than {options.MaxDocumentBytes:N0} bytes, the most alliances reads.")));
}

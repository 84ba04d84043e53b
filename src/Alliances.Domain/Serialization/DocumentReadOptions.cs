namespace Alliances.Domain.Serialization;

/// <summary>
/// How <see cref="ProgrammeJson"/> and <see cref="LedgerJson"/> read a document: today, the largest document they accept.
/// </summary>
/// <remarks>
/// A document is read whole into memory before it is checked, so its size bounds what reading it costs. A larger one
/// is refused with rule JSN010 before it is parsed: a string longer than the limit in characters, bytes longer than
/// the limit, or a stream as soon as it has given more bytes than the limit (so endless input stops there). The default,
/// <see cref="DefaultMaxDocumentBytes"/>, is far above the national portfolio of some 330,000 reports (tens of
/// megabytes indented) and above the 688 MB portfolio of 3.3 million reports used to test the library at scale.
/// Options are set with an object initializer and are immutable afterwards; equality compares every property.
/// </remarks>
public sealed record DocumentReadOptions
{
    /// <summary>The largest document read by default: 1 GiB (1,073,741,824 bytes).</summary>
    public const long DefaultMaxDocumentBytes = 1L << 30;

    private readonly long _maxDocumentBytes = DefaultMaxDocumentBytes;

    /// <summary>Gets the options every reader uses when it is given none: documents of at most <see cref="DefaultMaxDocumentBytes"/>.</summary>
    public static DocumentReadOptions Default { get; } = new();

    /// <summary>
    /// Gets the largest document read, in UTF-8 bytes (a byte-order mark included): at least 1 and at most
    /// <see cref="Array.MaxLength"/>, the largest array of bytes, since a document is read whole into one.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1 or above <see cref="Array.MaxLength"/>.</exception>
    public long MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Array.MaxLength);
            _maxDocumentBytes = value;
        }
    }

    /// <summary>Builds the refusal of a document larger than <see cref="MaxDocumentBytes"/> (rule JSN010).</summary>
    internal AlliancesJsonException TooLarge() =>
        AlliancesJsonException.At(
            Validation.Rules.JsonDocumentSize,
            LocalizedText.Message(
                $"The document is larger than {Validation.MessageText.Count(MaxDocumentBytes, Language.English)} bytes, the most this reader accepts (DocumentReadOptions.MaxDocumentBytes).",
                $"Le document dépasse {Validation.MessageText.Count(MaxDocumentBytes, Language.French)} octets, le plus que ce lecteur accepte (DocumentReadOptions.MaxDocumentBytes)."),
            "$");
}

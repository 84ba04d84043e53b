using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Alliances.Domain.Serialization;

/// <summary>The conventions every document of the JSON contract is written with.</summary>
internal static class JsonText
{
    /// <summary>
    /// Lets French letters and typographic punctuation (é, œ, ’, « », …, –) through unescaped, while still escaping
    /// the characters that matter in HTML (<c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes) and control characters.
    /// </summary>
    internal static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(
        UnicodeRanges.BasicLatin,
        UnicodeRanges.Latin1Supplement,
        UnicodeRanges.LatinExtendedA,
        UnicodeRanges.GeneralPunctuation);

    /// <summary>Gets writer options: indented with two spaces, or compact.</summary>
    internal static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Encoder = Encoder,
        Indented = indented,
        SkipValidation = false,
    };
}

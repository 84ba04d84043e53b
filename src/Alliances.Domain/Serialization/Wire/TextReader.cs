using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads a localized text, <c>{ "fr": …, "en": … }</c>, straight from a <see cref="Utf8JsonReader"/>: the most frequent
/// object of every document, which System.Text.Json's object machinery would read several times slower.
/// </summary>
/// <remarks>
/// As strict as the wire records: an object, <c>fr</c> required, <c>en</c> optional, each once, no other property, no
/// <c>null</c>. A failure is located by System.Text.Json at the text, with the property at fault kept for the path of
/// the violation (<c>$.name.fr</c>).
/// </remarks>
internal static class TextReader
{
    private const int French = 0;

    private static readonly JsonEncodedText[] Names = [JsonEncodedText.Encode("fr"), JsonEncodedText.Encode("en")];

    /// <summary>Reads one text; the reader is on its start and ends on its end.</summary>
    internal static LocalizedText Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw ContractRead.Expected("A localized text, { \"fr\": …, \"en\": … },", "un texte bilingue { \"fr\": …, \"en\": … }", reader.TokenType);
        }

        var seen = 0;
        string? french = null, english = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = ContractRead.Property(ref reader, Names, "a localized text", "d’un texte bilingue", ref seen);
            ContractRead.Value(ref reader, Names[property]);
            try
            {
                if (property == French)
                {
                    french = ContractRead.String(ref reader);
                }
                else
                {
                    english = ContractRead.String(ref reader);
                }
            }
            catch (AlliancesJsonException e)
            {
                throw e.Inside("$." + Names[property]);
            }
        }

        return french is null
            ? throw ContractRead.Missing("fr")
            : ContractRead.Build((french, english), static t => new LocalizedText(t.french, t.english));
    }
}

using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a localized text, <c>{ "fr": …, "en": … }</c> (<see cref="LocalizedText"/>) in the format of the JSON contract.</summary>
public sealed class LocalizedTextJsonConverter : ContractJsonConverter<LocalizedText>
{
    /// <summary>Initializes the converter.</summary>
    public LocalizedTextJsonConverter()
        : base(static (ref Utf8JsonReader reader) => TextReader.Read(ref reader), ContractWriter.Text)
    {
    }
}

using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes the source document of a programme (<see cref="SourceDocument"/>) in the format of the JSON contract.</summary>
public sealed class SourceDocumentJsonConverter : ContractJsonConverter<SourceDocument>
{
    /// <summary>Initializes the converter.</summary>
    public SourceDocumentJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.SourceWire, static w => w.Model), ContractWriter.Source)
    {
    }
}

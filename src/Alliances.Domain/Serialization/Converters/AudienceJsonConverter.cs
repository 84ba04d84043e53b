using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes an audience of the programme (<see cref="Audience"/>) in the format of the JSON contract.</summary>
public sealed class AudienceJsonConverter : ContractJsonConverter<Audience>
{
    /// <summary>Initializes the converter.</summary>
    public AudienceJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.AudienceWire, static w => w.Model), ContractWriter.Audience)
    {
    }
}

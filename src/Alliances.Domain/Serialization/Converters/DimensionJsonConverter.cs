using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a dimension of a programme (<see cref="Dimension"/>) in the format of the JSON contract.</summary>
public sealed class DimensionJsonConverter : ContractJsonConverter<Dimension>
{
    /// <summary>Initializes the converter.</summary>
    public DimensionJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.DimensionWire, static w => w.Model), ContractWriter.Dimension)
    {
    }
}

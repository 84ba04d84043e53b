using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a world the programme brings together (<see cref="World"/>) in the format of the JSON contract.</summary>
public sealed class WorldJsonConverter : ContractJsonConverter<World>
{
    /// <summary>Initializes the converter.</summary>
    public WorldJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.WorldWire, static w => w.Model), ContractWriter.World)
    {
    }
}

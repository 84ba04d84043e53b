using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a change of a milestone's date (<see cref="MilestoneDateChange"/>) in the format of the JSON contract.</summary>
public sealed class MilestoneDateChangeJsonConverter : ContractJsonConverter<MilestoneDateChange>
{
    /// <summary>Initializes the converter.</summary>
    public MilestoneDateChangeJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.DateChangeWire, static w => w.Model), ContractWriter.DateChange)
    {
    }
}

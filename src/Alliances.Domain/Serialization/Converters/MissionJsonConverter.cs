using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes the mission behind a programme (<see cref="Mission"/>) in the format of the JSON contract.</summary>
public sealed class MissionJsonConverter : ContractJsonConverter<Mission>
{
    /// <summary>Initializes the converter.</summary>
    public MissionJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.MissionWire, static w => w.Model), ContractWriter.Mission)
    {
    }
}

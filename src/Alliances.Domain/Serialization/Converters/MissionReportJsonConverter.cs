using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a mission's report (<see cref="MissionReport"/>) in the format of the JSON contract.</summary>
public sealed class MissionReportJsonConverter : ContractJsonConverter<MissionReport>
{
    /// <summary>Initializes the converter.</summary>
    public MissionReportJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.MissionReportWire, static w => w.Model), ContractWriter.MissionReport)
    {
    }
}

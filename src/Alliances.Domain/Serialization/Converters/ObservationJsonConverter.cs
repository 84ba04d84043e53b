using System.Text.Json;
using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes an observation of an indicator (<see cref="Observation"/>) in the format of the JSON contract.</summary>
public sealed class ObservationJsonConverter : ContractJsonConverter<Observation>
{
    /// <summary>Initializes the converter.</summary>
    public ObservationJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.ObservationWire, static w => w.Model), ContractWriter.Observation)
    {
    }
}

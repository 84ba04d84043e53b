using System.Text.Json;
using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes an indicator of a measure (<see cref="Indicator"/>) in the format of the JSON contract.</summary>
public sealed class IndicatorJsonConverter : ContractJsonConverter<Indicator>
{
    /// <summary>Initializes the converter.</summary>
    public IndicatorJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.IndicatorWire, static w => w.Model), ContractWriter.Indicator)
    {
    }
}

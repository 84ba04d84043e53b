using System.Text.Json;
using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a point of an indicator, <c>{ "value": 40, "date": "2023-05-07" }</c> (<see cref="IndicatorPoint"/>) in the format of the JSON contract.</summary>
public sealed class IndicatorPointJsonConverter : ContractJsonConverter<IndicatorPoint>
{
    /// <summary>Initializes the converter.</summary>
    public IndicatorPointJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.PointWire, static w => w.Model), ContractWriter.Point)
    {
    }
}

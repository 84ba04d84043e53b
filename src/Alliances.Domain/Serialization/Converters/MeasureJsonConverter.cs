using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a measure, <c>{ "number": 9, "title": …, "dimension": "strategic" }</c> (<see cref="Measure"/>) in the format of the JSON contract.</summary>
public sealed class MeasureJsonConverter : ContractJsonConverter<Measure>
{
    /// <summary>Initializes the converter.</summary>
    public MeasureJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.MeasureWire, static w => w.Model), ContractWriter.Measure)
    {
    }
}

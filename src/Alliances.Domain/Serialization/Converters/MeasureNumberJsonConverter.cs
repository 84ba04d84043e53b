using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a measure number (<see cref="MeasureNumber"/>) as a JSON number, <c>9</c>; below 1 is rule MEA001.</summary>
public sealed class MeasureNumberJsonConverter : ContractJsonConverter<MeasureNumber>
{
    /// <summary>Initializes the converter.</summary>
    public MeasureNumberJsonConverter()
        : base(static (ref Utf8JsonReader reader) => ContractRead.Build(ContractRead.Int32(ref reader), static number => new MeasureNumber(number)), static (writer, value) => writer.WriteNumberValue(value.Value))
    {
    }
}

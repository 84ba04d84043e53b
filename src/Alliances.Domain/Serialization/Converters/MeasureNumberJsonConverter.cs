using System.Text.Json;
using System.Text.Json.Serialization;
using Alliances.Domain.Measures;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a measure number (<see cref="MeasureNumber"/>) as a JSON number, <c>9</c>.</summary>
public sealed class MeasureNumberJsonConverter : JsonConverter<MeasureNumber>
{
    /// <summary>Gets whether the converter is called for a JSON null: it is, and refuses it.</summary>
    public override bool HandleNull => true;

    /// <summary>Reads a measure number.</summary>
    /// <param name="reader">The reader, on a number.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer's options.</param>
    /// <returns>The measure number.</returns>
    /// <exception cref="AlliancesJsonException">The token is not a whole number (JSN001), or the number is below 1 (MEA001).</exception>
    public override MeasureNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ContractRead.Build(ContractRead.Int32(ref reader), static number => new MeasureNumber(number));

    /// <summary>Writes a measure number.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The measure number.</param>
    /// <param name="options">The serializer's options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, MeasureNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Value);
    }
}

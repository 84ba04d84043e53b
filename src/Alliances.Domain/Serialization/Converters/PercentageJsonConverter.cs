using System.Text.Json;
using System.Text.Json.Serialization;
using Alliances.Domain.Quantities;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a percentage (<see cref="Percentage"/>) as a JSON number of points from 0 to 100, <c>81</c>.</summary>
public sealed class PercentageJsonConverter : JsonConverter<Percentage>
{
    /// <summary>Gets whether the converter is called for a JSON null: it is, and refuses it.</summary>
    public override bool HandleNull => true;

    /// <summary>Reads a percentage.</summary>
    /// <param name="reader">The reader, on a number.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer's options.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="AlliancesJsonException">The token is not a finite number (JSN001), or it lies outside 0–100 (PCT001).</exception>
    public override Percentage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ContractRead.Build(ContractRead.Double(ref reader), static points => new Percentage(points));

    /// <summary>Writes a percentage as its points.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The percentage.</param>
    /// <param name="options">The serializer's options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, Percentage value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Points);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes a programme (<see cref="Programme"/>) as a programme document of the JSON contract, exactly as
/// <see cref="ProgrammeJson"/> does; <see cref="Programme"/> names it, so it serves wherever System.Text.Json meets a
/// programme.
/// </summary>
public sealed class ProgrammeJsonConverter : JsonConverter<Programme>
{
    /// <summary>Reads a programme document.</summary>
    /// <param name="reader">The reader, on the document's object.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer's options.</param>
    /// <returns>The programme, valid against every rule.</returns>
    /// <exception cref="AlliancesJsonException">The value is not a valid programme document.</exception>
    public override Programme Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        WireContext.Read(ref reader, WireContext.Default.ProgrammeWire, static wire => wire.Programme);

    /// <summary>Writes a programme document.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The programme.</param>
    /// <param name="options">The serializer's options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, Programme value, JsonSerializerOptions options) => ProgrammeJson.Write(writer, value);
}

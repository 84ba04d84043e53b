using System.Text.Json;
using System.Text.Json.Serialization;
using Alliances.Domain.Programmes;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a programme identifier (<see cref="ProgrammeId"/>) as a JSON string, <c>"odd17-2020"</c>.</summary>
public sealed class ProgrammeIdJsonConverter : JsonConverter<ProgrammeId>
{
    /// <summary>Reads a programme identifier.</summary>
    /// <param name="reader">The reader, on a string.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer's options.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="AlliancesJsonException">The token is not a string (JSN001), or not a valid identifier (its rule's code).</exception>
    public override ProgrammeId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ContractRead.Build(ContractRead.String(ref reader), static id => new ProgrammeId(id));

    /// <summary>Writes a programme identifier.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The identifier.</param>
    /// <param name="options">The serializer's options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, ProgrammeId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Value);
    }
}

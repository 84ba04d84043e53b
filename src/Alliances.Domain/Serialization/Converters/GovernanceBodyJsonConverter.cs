using System.Text.Json;
using System.Text.Json.Serialization;
using Alliances.Domain.Governance;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a body of the follow-up committee (<see cref="GovernanceBody"/>) in the format of the JSON contract.</summary>
/// <remarks>Reading is as strict as the documents': see <see cref="AlliancesJsonException"/>.</remarks>
public sealed class GovernanceBodyJsonConverter : JsonConverter<GovernanceBody>
{
    /// <summary>Reads a value.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer's options.</param>
    /// <returns>The value, valid against every rule.</returns>
    /// <exception cref="AlliancesJsonException">The value is not in the contract's format or breaks a rule.</exception>
    public override GovernanceBody Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        WireContext.Read(ref reader, WireContext.Default.BodyWire).Value;

    /// <summary>Writes a value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer's options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, GovernanceBody value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ContractWriter.Body(writer, value);
    }
}

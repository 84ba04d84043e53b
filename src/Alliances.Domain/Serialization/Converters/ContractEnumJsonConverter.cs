using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes an enum of the contract as its camelCase name, exactly: no other case, no number, no undefined
/// value. Each enum of the contract names its own converter with <see cref="JsonConverterAttribute"/>.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public abstract class ContractEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly ContractNames<TEnum> _names;

    /// <summary>Initializes the converter with the names of the enum's values.</summary>
    private protected ContractEnumJsonConverter(ContractNames<TEnum> names) => _names = names;

    /// <summary>Gets whether the converter is called for a JSON null: it is, and refuses it.</summary>
    public override bool HandleNull => true;

    /// <summary>Reads a value from its name.</summary>
    /// <param name="reader">The reader, on a string.</param>
    /// <param name="typeToConvert">The enum.</param>
    /// <param name="options">The serializer's options.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not one of the names (rule JSN001).</exception>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ContractRead.Enum(ref reader, _names);

    /// <summary>Writes a value as its name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer's options.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not one of the enum's.</exception>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(_names.Encoded(value));
    }

    /// <summary>Reads a value from its name, as a property name (a dictionary's key).</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="typeToConvert">The enum.</param>
    /// <param name="options">The serializer's options.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The name is not one of the enum's (rule JSN001).</exception>
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ContractRead.Enum(ref reader, _names);

    /// <summary>Writes a value's name as a property name (a dictionary's key).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer's options.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not one of the enum's.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(_names.Encoded(value));
    }
}

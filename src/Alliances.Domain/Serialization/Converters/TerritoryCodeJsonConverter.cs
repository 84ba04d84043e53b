using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes a territory code (<see cref="TerritoryCode"/>) as a JSON string, <c>"2A"</c>, also as a
/// dictionary's key; a string that is not a code is rule TER001.
/// </summary>
public sealed class TerritoryCodeJsonConverter : ContractJsonConverter<TerritoryCode>
{
    /// <summary>Initializes the converter.</summary>
    public TerritoryCodeJsonConverter()
        : base(ReadCode, static (writer, value) => writer.WriteStringValue(value.Written))
    {
    }

    /// <summary>Reads a territory code from a property name (a dictionary's key).</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer's options; the contract's format does not depend on them.</param>
    /// <returns>The territory code.</returns>
    /// <exception cref="AlliancesJsonException">The name is not a territory code (rule TER001).</exception>
    public override TerritoryCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadCode(ref reader);

    /// <summary>Writes a territory code as a property name (a dictionary's key).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The territory code.</param>
    /// <param name="options">The serializer's options; the contract's format does not depend on them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default(TerritoryCode)</c>, which holds no code.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TerritoryCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Written);
    }

    private static TerritoryCode ReadCode(ref Utf8JsonReader reader) =>
        ContractRead.Build(ContractRead.String(ref reader), static code => new TerritoryCode(code));
}

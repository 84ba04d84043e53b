using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes one type of the contract in the contract's format. Each type names its converter, derived from
/// this one, with <see cref="JsonConverterAttribute"/>, so that System.Text.Json finds it wherever it meets the type:
/// in the library's documents, in an app's reflection-based or source-generated model, in ASP.NET Core.
/// </summary>
/// <typeparam name="T">The type.</typeparam>
/// <remarks>
/// Reading is as strict as the documents': a value that is not in the contract's format or breaks a rule is an
/// <see cref="AlliancesJsonException"/> with the rule's code, the path, the line and the position. A JSON
/// <c>null</c> is refused for a value type; for a reference type, System.Text.Json reads it as null without calling
/// the converter, as for any reference type.
/// </remarks>
public abstract class ContractJsonConverter<T> : JsonConverter<T>
{
    private readonly ContractReader<T> _read;
    private readonly Action<Utf8JsonWriter, T> _write;

    /// <summary>Initializes the converter from the library's reader and writer of the type.</summary>
    private protected ContractJsonConverter(ContractReader<T> read, Action<Utf8JsonWriter, T> write)
    {
        _read = read;
        _write = write;
    }

    /// <summary>Gets whether the converter is called for a JSON null: for a value type it is, and refuses it.</summary>
    public override bool HandleNull => typeof(T).IsValueType;

    /// <summary>Reads a value.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer's options; the contract's format does not depend on them.</param>
    /// <returns>The value, valid against every rule.</returns>
    /// <exception cref="AlliancesJsonException">The value is not in the contract's format, or breaks a rule.</exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _read(ref reader);

    /// <summary>Writes a value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer's options; the contract's format does not depend on them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is one the contract has no form for: <c>default(TerritoryCode)</c>, or a value that holds it.</exception>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        _write(writer, value);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Alliances.Domain.Dates;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes an imprecise date (<see cref="ImpreciseDate"/>, or one of its cases) as an object with a
/// <c>precision</c> discriminator, that precision's fields and <c>toBeConfirmed</c>:
/// <c>{ "precision": "partOfMonth", "month": "2020-06", "part": "early", "toBeConfirmed": true }</c>.
/// </summary>
/// <typeparam name="TDate">The imprecise date, or one of its cases, which then reads only dates of its own precision.</typeparam>
public abstract class ImpreciseDateJsonConverter<TDate> : JsonConverter<TDate>
    where TDate : ImpreciseDate
{
    /// <summary>Initializes the converter; only this library's converters derive from it.</summary>
    private protected ImpreciseDateJsonConverter()
    {
    }

    /// <summary>Reads a date.</summary>
    /// <param name="reader">The reader, on the date's object.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer's options.</param>
    /// <returns>The date.</returns>
    /// <exception cref="AlliancesJsonException">The value is not an imprecise date of the contract (JSN001), is of another precision than <typeparamref name="TDate"/> (JSN001), or breaks a date rule.</exception>
    public override TDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var date = WireContext.Read(ref reader, WireContext.Default.ImpreciseDateWire).Value;
        return date as TDate
            ?? throw ContractRead.Shape($"A date of the case {typeof(TDate).Name} is expected here; got one of precision '{JsonNames.Precisions.NameOf(date.Precision)}'.");
    }

    /// <summary>Writes a date.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The date.</param>
    /// <param name="options">The serializer's options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, TDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ContractWriter.Date(writer, value);
    }
}

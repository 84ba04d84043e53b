using System.Text.Json;
using NodaTime;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes a period (<see cref="Period"/>) in ISO 8601 as NodaTime's normalizing pattern writes it, <c>"P3Y"</c>, <c>"P18M"</c>.
/// It is the contract's format, read strictly; the library's types use it inside their own converters, and an app
/// registers it for its own values with <see cref="AlliancesJson.AddDateFormats(JsonSerializerOptions)"/>.
/// </summary>
public sealed class PeriodJsonConverter : ContractJsonConverter<Period>
{
    /// <summary>Initializes the converter.</summary>
    public PeriodJsonConverter()
        : base(static (ref Utf8JsonReader reader) => ContractRead.Period(ref reader), static (writer, value) => writer.WriteStringValue(JsonWrite.PeriodText(value)))
    {
    }
}

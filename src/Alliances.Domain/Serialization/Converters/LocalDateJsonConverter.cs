using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes a day (<see cref="LocalDate"/>) as <c>"2020-05-07"</c>, <c>yyyy-MM-dd</c> in the ISO calendar, years 1 to 9999.
/// It is the contract's format, read strictly; the library's types use it inside their own converters, and an app
/// registers it for its own values with <see cref="AlliancesJson.AddDateFormats(JsonSerializerOptions)"/>.
/// </summary>
public sealed class LocalDateJsonConverter : ContractJsonConverter<LocalDate>
{
    /// <summary>Initializes the converter.</summary>
    public LocalDateJsonConverter()
        : base(static (ref Utf8JsonReader reader) => ContractRead.Day(ref reader), JsonWrite.DateValue)
    {
    }
}

using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes a month (<see cref="YearMonth"/>) as <c>"2019-10"</c>, <c>yyyy-MM</c>.
/// It is the contract's format, read strictly; the library's types use it inside their own converters, and an app
/// registers it for its own values with <see cref="AlliancesJson.AddDateFormats(JsonSerializerOptions)"/>.
/// </summary>
public sealed class YearMonthJsonConverter : ContractJsonConverter<YearMonth>
{
    /// <summary>Initializes the converter.</summary>
    public YearMonthJsonConverter()
        : base(static (ref Utf8JsonReader reader) => ContractRead.Month(ref reader), static (writer, value) => writer.WriteStringValue(YearMonthPattern.Iso.Format(value)))
    {
    }
}

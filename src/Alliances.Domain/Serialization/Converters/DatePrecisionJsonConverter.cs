
namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes the precision of an imprecise date (<see cref="DatePrecision"/>) as its camelCase name in the JSON contract.</summary>
public sealed class DatePrecisionJsonConverter : ContractEnumJsonConverter<DatePrecision>
{
    /// <summary>Initializes the converter.</summary>
    public DatePrecisionJsonConverter()
        : base(JsonNames.Precisions)
    {
    }
}


namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a whole month, precision <c>month</c> (<see cref="WholeMonth"/>) in the format of the JSON contract.</summary>
public sealed class WholeMonthJsonConverter : ImpreciseDateJsonConverter<WholeMonth>
{
    /// <summary>Initializes the converter.</summary>
    public WholeMonthJsonConverter()
    {
    }
}

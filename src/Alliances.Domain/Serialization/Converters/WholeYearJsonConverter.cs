
namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a whole year, precision <c>year</c> (<see cref="WholeYear"/>) in the format of the JSON contract.</summary>
public sealed class WholeYearJsonConverter : ImpreciseDateJsonConverter<WholeYear>
{
    /// <summary>Initializes the converter.</summary>
    public WholeYearJsonConverter()
    {
    }
}


namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a part of a month, precision <c>partOfMonth</c> (<see cref="PartOfMonth"/>) in the format of the JSON contract.</summary>
public sealed class PartOfMonthJsonConverter : ImpreciseDateJsonConverter<PartOfMonth>
{
    /// <summary>Initializes the converter.</summary>
    public PartOfMonthJsonConverter()
    {
    }
}

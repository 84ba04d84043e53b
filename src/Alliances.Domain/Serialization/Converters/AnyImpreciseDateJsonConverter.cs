
namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes an imprecise date of any precision (<see cref="ImpreciseDate"/>) in the format of the JSON contract.</summary>
public sealed class AnyImpreciseDateJsonConverter : ImpreciseDateJsonConverter<ImpreciseDate>
{
    /// <summary>Initializes the converter.</summary>
    public AnyImpreciseDateJsonConverter()
    {
    }
}

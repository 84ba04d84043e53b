
namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes an exact day, precision <c>day</c> (<see cref="ExactDay"/>) in the format of the JSON contract.</summary>
public sealed class ExactDayJsonConverter : ImpreciseDateJsonConverter<ExactDay>
{
    /// <summary>Initializes the converter.</summary>
    public ExactDayJsonConverter()
    {
    }
}

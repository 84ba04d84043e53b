
namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a span of days, precision <c>daySpan</c> (<see cref="DaySpan"/>) in the format of the JSON contract.</summary>
public sealed class DaySpanJsonConverter : ImpreciseDateJsonConverter<DaySpan>
{
    /// <summary>Initializes the converter.</summary>
    public DaySpanJsonConverter()
    {
    }
}

using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a percentage (<see cref="Percentage"/>) as a JSON number of points from 0 to 100, <c>81</c>; outside that range is rule PCT001.</summary>
public sealed class PercentageJsonConverter : ContractJsonConverter<Percentage>
{
    /// <summary>Initializes the converter.</summary>
    public PercentageJsonConverter()
        : base(static (ref Utf8JsonReader reader) => ContractRead.Build(ContractRead.Double(ref reader), static points => new Percentage(points)), static (writer, value) => writer.WriteNumberValue(value.Points))
    {
    }
}

using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes the counts of a mission's contributors (<see cref="Contributors"/>) in the format of the JSON contract.</summary>
public sealed class ContributorsJsonConverter : ContractJsonConverter<Contributors>
{
    /// <summary>Initializes the converter.</summary>
    public ContributorsJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.ContributorsWire, static w => w.Model), ContractWriter.Contributors)
    {
    }
}

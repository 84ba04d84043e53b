using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a body of the follow-up committee (<see cref="GovernanceBody"/>) in the format of the JSON contract.</summary>
public sealed class GovernanceBodyJsonConverter : ContractJsonConverter<GovernanceBody>
{
    /// <summary>Initializes the converter.</summary>
    public GovernanceBodyJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.BodyWire, static w => w.Model), ContractWriter.Body)
    {
    }
}

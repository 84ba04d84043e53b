using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a programme's follow-up committee (<see cref="FollowUpCommittee"/>) in the format of the JSON contract.</summary>
public sealed class FollowUpCommitteeJsonConverter : ContractJsonConverter<FollowUpCommittee>
{
    /// <summary>Initializes the converter.</summary>
    public FollowUpCommitteeJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.GovernanceWire, static w => w.Model), ContractWriter.Governance)
    {
    }
}

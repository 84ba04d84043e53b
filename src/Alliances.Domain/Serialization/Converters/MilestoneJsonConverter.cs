using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a milestone, with its imprecise date and the history of its date (<see cref="Milestone"/>) in the format of the JSON contract.</summary>
public sealed class MilestoneJsonConverter : ContractJsonConverter<Milestone>
{
    /// <summary>Initializes the converter.</summary>
    public MilestoneJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.MilestoneWire, static w => w.Model), ContractWriter.Milestone)
    {
    }
}

using System.Text.Json;
using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a measure's plan in a ledger (<see cref="MeasurePlan"/>) in the format of the JSON contract.</summary>
public sealed class MeasurePlanJsonConverter : ContractJsonConverter<MeasurePlan>
{
    /// <summary>Initializes the converter.</summary>
    public MeasurePlanJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.PlanWire, static w => w.Model), ContractWriter.Plan)
    {
    }
}

using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a programme's planned evaluation (<see cref="PlannedEvaluation"/>) in the format of the JSON contract.</summary>
public sealed class PlannedEvaluationJsonConverter : ContractJsonConverter<PlannedEvaluation>
{
    /// <summary>Initializes the converter.</summary>
    public PlannedEvaluationJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.EvaluationWire, static w => w.Model), ContractWriter.Evaluation)
    {
    }
}

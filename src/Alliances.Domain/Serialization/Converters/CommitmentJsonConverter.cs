using System.Text.Json;
using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes an actor's commitment to a measure (<see cref="Commitment"/>) in the format of the JSON contract:
/// <c>{ "actor": { … }, "measure": 9, "role": "lead", "from": "2020-06-05", "until": "2021-06-04", "withdrawal": { … } }</c>,
/// <c>until</c> and <c>withdrawal</c> only when the commitment has them.
/// </summary>
public sealed class CommitmentJsonConverter : ContractJsonConverter<Commitment>
{
    /// <summary>Initializes the converter.</summary>
    public CommitmentJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.CommitmentWire, static w => w.Model), ContractWriter.Commitment)
    {
    }
}

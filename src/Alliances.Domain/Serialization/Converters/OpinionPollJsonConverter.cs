using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes an opinion poll (<see cref="OpinionPoll"/>) in the format of the JSON contract.</summary>
public sealed class OpinionPollJsonConverter : ContractJsonConverter<OpinionPoll>
{
    /// <summary>Initializes the converter.</summary>
    public OpinionPollJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.PollWire, static w => w.Model), ContractWriter.Poll)
    {
    }
}

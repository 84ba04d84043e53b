using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes an answer of a poll, with the answers nested under it (<see cref="PollAnswer"/>) in the format of the JSON contract.</summary>
public sealed class PollAnswerJsonConverter : ContractJsonConverter<PollAnswer>
{
    /// <summary>Initializes the converter.</summary>
    public PollAnswerJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.AnswerWire, static w => w.Model), ContractWriter.Answer)
    {
    }
}

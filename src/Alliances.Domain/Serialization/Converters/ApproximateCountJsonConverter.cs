using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes an approximate count, <c>{ "value": 100, "approximate": true }</c> (<see cref="ApproximateCount"/>) in the format of the JSON contract.</summary>
public sealed class ApproximateCountJsonConverter : ContractJsonConverter<ApproximateCount>
{
    /// <summary>Initializes the converter.</summary>
    public ApproximateCountJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.CountWire, static w => w.Model), ContractWriter.Count)
    {
    }
}

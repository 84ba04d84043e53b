using System.Text.Json;
using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a territory's weight in a portfolio (<see cref="TerritoryWeight"/>) in the format of the JSON contract.</summary>
public sealed class TerritoryWeightJsonConverter : ContractJsonConverter<TerritoryWeight>
{
    /// <summary>Initializes the converter.</summary>
    public TerritoryWeightJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.WeightWire, static w => w.Model), ContractWriter.Weight)
    {
    }
}

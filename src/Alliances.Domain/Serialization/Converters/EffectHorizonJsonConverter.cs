using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes an effect horizon, <c>{ "minimum": "P3M", "maximum": "P9M" }</c> (<see cref="EffectHorizon"/>) in the format of the JSON contract.</summary>
public sealed class EffectHorizonJsonConverter : ContractJsonConverter<EffectHorizon>
{
    /// <summary>Initializes the converter.</summary>
    public EffectHorizonJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.HorizonWire, static w => w.Model), ContractWriter.Horizon)
    {
    }
}

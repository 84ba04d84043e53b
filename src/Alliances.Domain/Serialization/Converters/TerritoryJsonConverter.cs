using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a territory, <c>{ "code": "13", "name": …, "level": "departement" }</c> (<see cref="Territory"/>) in the format of the JSON contract.</summary>
public sealed class TerritoryJsonConverter : ContractJsonConverter<Territory>
{
    /// <summary>Initializes the converter.</summary>
    public TerritoryJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.TerritoryWire, static w => w.Model), ContractWriter.Territory)
    {
    }
}

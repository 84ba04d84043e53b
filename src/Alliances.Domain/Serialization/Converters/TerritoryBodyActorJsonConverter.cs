namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a territory's body taking a measure on, kind <c>territoryBody</c> (<see cref="TerritoryBodyActor"/>) in the format of the JSON contract.</summary>
public sealed class TerritoryBodyActorJsonConverter : ActorJsonConverter<TerritoryBodyActor>
{
    /// <summary>Initializes the converter.</summary>
    public TerritoryBodyActorJsonConverter()
    {
    }
}

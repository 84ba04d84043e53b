namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes one of the programme's worlds taking a measure on, kind <c>world</c> (<see cref="WorldActor"/>) in the format of the JSON contract.</summary>
public sealed class WorldActorJsonConverter : ActorJsonConverter<WorldActor>
{
    /// <summary>Initializes the converter.</summary>
    public WorldActorJsonConverter()
    {
    }
}

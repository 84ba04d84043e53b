namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes an actor of any kind (<see cref="Actor"/>) in the format of the JSON contract.</summary>
public sealed class AnyActorJsonConverter : ActorJsonConverter<Actor>
{
    /// <summary>Initializes the converter.</summary>
    public AnyActorJsonConverter()
    {
    }
}

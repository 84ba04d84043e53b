using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes an actor (<see cref="Actor"/>, or one of its cases) as an object with a <c>kind</c>
/// discriminator and the case's one member, named after the kind:
/// <c>{ "kind": "organisation", "organisation": "Fondation Exemple" }</c>,
/// <c>{ "kind": "world", "world": { "id": "associations", "name": { … } } }</c> or
/// <c>{ "kind": "territoryBody", "territory": { … }, "body": { … } }</c>.
/// </summary>
/// <typeparam name="TActor">The actor, or one of its cases, which then reads only actors of its own kind.</typeparam>
public abstract class ActorJsonConverter<TActor> : ContractJsonConverter<TActor>
    where TActor : Actor
{
    /// <summary>Initializes the converter; only this library's converters derive from it.</summary>
    private protected ActorJsonConverter()
        : base(Read, ContractWriter.Actor)
    {
    }

    private static TActor Read(ref Utf8JsonReader reader)
    {
        var actor = WireContext.Read(ref reader, WireContext.Default.ActorWire, static w => w.Model);
        return actor as TActor
            ?? throw ContractRead.Shape(
                $"An actor of the case {typeof(TActor).Name} is expected here; got one of kind '{JsonNames.ActorKindOf(actor)}'.",
                $"Un acteur de la forme {typeof(TActor).Name} est attendu ici\u202F; celui-ci est de type '{JsonNames.ActorKindOf(actor)}'.");
    }
}

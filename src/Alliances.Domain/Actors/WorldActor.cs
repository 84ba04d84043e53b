using System.Text.Json.Serialization;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// An <see cref="Actor"/> that is one of the worlds a programme brings together, such as the associations, taking a
/// measure on as a whole.
/// </summary>
/// <remarks>
/// In a ledger, the world is one of its programme's worlds (rule COM006). Equality compares the world.
/// </remarks>
[JsonConverter(typeof(WorldActorJsonConverter))]
public sealed record WorldActor : Actor
{
    /// <summary>Initializes a new actor for a world.</summary>
    /// <param name="world">The world.</param>
    /// <exception cref="ArgumentNullException"><paramref name="world"/> is null.</exception>
    public WorldActor(World world)
    {
        World = Guard.NotNull(world);
    }

    /// <summary>Gets the world.</summary>
    public World World { get; }

    /// <summary>Returns the world's identifier.</summary>
    /// <returns>The identifier, such as <c>associations</c>.</returns>
    public override string ToString() => World.Id;
}

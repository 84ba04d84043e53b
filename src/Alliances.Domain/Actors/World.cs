using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// One of the "worlds" a programme brings together, such as associations or local authorities.
/// </summary>
/// <remarks>
/// The identifier is a stable slug that dashboards can key on (rule IDS001); within a programme no two worlds share
/// one (rule PRG010). Equality compares the identifier and the name.
/// </remarks>
[JsonConverter(typeof(WorldJsonConverter))]
public sealed record World
{
    /// <summary>Initializes a new world.</summary>
    /// <param name="id">A stable lowercase slug, such as <c>associations</c>.</param>
    /// <param name="name">The name, such as "associations".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException"><paramref name="id"/> is not a slug (IDS001).</exception>
    public World(string id, LocalizedText name)
    {
        Id = Identifiers.Check(id);
        Name = Guard.NotNull(name);
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}

using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// One of the audiences whose needs a programme's measures answer, such as field actors or the pioneers.
/// </summary>
/// <remarks>
/// The identifier is a stable slug (rule IDS001); within a programme no two audiences share one (rule PRG011).
/// Equality compares the identifier and the name.
/// </remarks>
[JsonConverter(typeof(AudienceJsonConverter))]
public sealed record Audience
{
    /// <summary>Initializes a new audience.</summary>
    /// <param name="id">A stable lowercase slug, such as <c>pioneers</c>.</param>
    /// <param name="name">The name, such as "« pionniers »".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException"><paramref name="id"/> is not a slug (IDS001).</exception>
    public Audience(string id, LocalizedText name)
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

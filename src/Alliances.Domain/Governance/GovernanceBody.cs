using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>One body of a follow-up committee, such as an orientation council.</summary>
/// <remarks>
/// A body has a role only where the source states one; otherwise <see cref="Role"/> is <see langword="null"/>
/// rather than an invented description. Equality compares the name and the role.
/// </remarks>
[JsonConverter(typeof(GovernanceBodyJsonConverter))]
public sealed record GovernanceBody
{
    /// <summary>Initializes a new body.</summary>
    /// <param name="name">The name, such as "Conseil d’orientation".</param>
    /// <param name="role">The role the source gives the body, or <see langword="null"/> when it gives none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public GovernanceBody(LocalizedText name, LocalizedText? role = null)
    {
        Name = Guard.NotNull(name);
        Role = role;
    }

    /// <summary>Gets the name of the body.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the role the source gives the body, or <see langword="null"/> when it gives none.</summary>
    public LocalizedText? Role { get; }

    /// <summary>Returns the French name.</summary>
    /// <returns>The body as text.</returns>
    public override string ToString() => Name.French;
}

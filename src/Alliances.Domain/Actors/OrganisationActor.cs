using System.Text.Json.Serialization;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>An <see cref="Actor"/> that is an organisation, such as an association, a company or a foundation.</summary>
/// <remarks>Equality compares the organisation.</remarks>
[JsonConverter(typeof(OrganisationActorJsonConverter))]
public sealed record OrganisationActor : Actor
{
    /// <summary>Initializes a new actor for an organisation.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> is null.</exception>
    public OrganisationActor(Organisation organisation)
    {
        Organisation = Guard.NotNull(organisation);
    }

    /// <summary>Gets the organisation.</summary>
    public Organisation Organisation { get; }

    /// <summary>Returns the organisation's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Organisation.Name;
}

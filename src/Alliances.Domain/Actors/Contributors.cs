using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain;

/// <summary>Who contributed to a mission: how many organisations took part, and how many contributors are mobilised to carry the programme out.</summary>
/// <remarks>Equality compares both counts.</remarks>
[JsonConverter(typeof(ContributorsJsonConverter))]
public sealed record Contributors
{
    /// <summary>Initializes a new description of the contributors.</summary>
    /// <param name="organisationsMobilised">How many organisations, from the different worlds, took part in the mission.</param>
    /// <param name="contributors">How many contributors are called on to carry the programme out.</param>
    public Contributors(ApproximateCount organisationsMobilised, ApproximateCount contributors)
    {
        OrganisationsMobilised = organisationsMobilised;
        ContributorCount = contributors;
    }

    /// <summary>Gets how many organisations took part in the mission, such as about 100.</summary>
    public ApproximateCount OrganisationsMobilised { get; }

    /// <summary>Gets how many contributors are called on to carry the programme out, such as 50.</summary>
    public ApproximateCount ContributorCount { get; }
}

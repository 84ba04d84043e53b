using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>The committee that follows a programme's implementation, made of one or more bodies.</summary>
/// <remarks>Equality compares the name, the purpose and the bodies in order.</remarks>
[JsonConverter(typeof(FollowUpCommitteeJsonConverter))]
public sealed record FollowUpCommittee
{
    /// <summary>Initializes a new committee.</summary>
    /// <param name="name">The name, such as "Comité de suivi".</param>
    /// <param name="purpose">What the committee is for, in a sentence.</param>
    /// <param name="bodies">The bodies it is made of; at least one (rule GOV001).</param>
    /// <exception cref="ArgumentNullException">An argument or a body is null.</exception>
    /// <exception cref="RuleViolationException"><paramref name="bodies"/> is empty (GOV001).</exception>
    public FollowUpCommittee(LocalizedText name, LocalizedText purpose, ValueList<GovernanceBody> bodies)
    {
        Name = Guard.NotNull(name);
        Purpose = Guard.NotNull(purpose);
        Guard.Require(bodies.Count > 0, Rules.CommitteeHasBodies, "A follow-up committee is made of at least one body; got none.", "Un comité de suivi compte au moins une instance\u202F; aucune n’est donnée.", nameof(bodies));
        Bodies = Guard.NoNullElements(bodies);
    }

    /// <summary>Gets the name of the committee.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets what the committee is for.</summary>
    public LocalizedText Purpose { get; }

    /// <summary>Gets the bodies the committee is made of, in the order the source gives them; never empty.</summary>
    public ValueList<GovernanceBody> Bodies { get; }

    /// <summary>Returns the French name.</summary>
    /// <returns>The committee as text.</returns>
    public override string ToString() => Name.French;
}

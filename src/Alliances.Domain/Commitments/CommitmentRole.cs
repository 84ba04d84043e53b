using System.Text.Json.Serialization;
using Alliances.Domain.Serialization;
namespace Alliances.Domain.Progress;

/// <summary>The part an actor takes in carrying a measure out.</summary>
/// <remarks>
/// The default, <c>default(CommitmentRole)</c>, is <see cref="Contributor"/>: the commonest part and the one that claims
/// nothing exclusive, so a role left unset never makes a second lead (rule COM004).
/// </remarks>
[JsonConverter(typeof(CommitmentRoleJsonConverter))]
public enum CommitmentRole
{
    /// <summary>Takes part in carrying the measure out. The default.</summary>
    Contributor = 0,

    /// <summary>Leads the measure and answers for it; one per measure on any day unless the ledger allows co-leads (rule COM004).</summary>
    Lead = 1,

    /// <summary>Funds the measure.</summary>
    Funder = 2,

    /// <summary>Evaluates the measure's effects.</summary>
    Evaluator = 3,
}

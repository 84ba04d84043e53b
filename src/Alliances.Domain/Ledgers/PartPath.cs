using System.Globalization;

namespace Alliances.Domain.Progress;

/// <summary>
/// Where a part of a ledger stands (<c>$.reports[3].date</c>), kept as its pieces so that a check that passes builds no
/// text: the path is written only for a violation.
/// </summary>
/// <param name="List">The list the part is in (<c>$.reports</c>), or null for the change itself (<c>$</c>).</param>
/// <param name="Index">The part's index in the list.</param>
/// <param name="Member">The member at fault (<c>.date</c>), or empty.</param>
internal readonly record struct PartPath(string? List, int Index, string Member)
{
    /// <summary>Gets the path of a single change, <c>$</c>.</summary>
    internal static PartPath Root => default;

    /// <summary>Gets the path of a member of the same part.</summary>
    /// <param name="member">The member, <c>.date</c>.</param>
    /// <returns>The path.</returns>
    internal PartPath At(string member) => this with { Member = member };

    /// <summary>Writes the path.</summary>
    /// <returns>The JSON path.</returns>
    public override string ToString() =>
        List is null ? "$" : string.Create(CultureInfo.InvariantCulture, $"{List}[{Index}]{Member}");
}

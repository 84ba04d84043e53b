namespace Alliances.Domain.Testing;

/// <summary>A document that breaks exactly one named rule: its validation returns that code and no other.</summary>
/// <param name="RuleCode">The code of the rule broken, such as <c>PRG003</c>.</param>
/// <param name="Kind">The kind of document.</param>
/// <param name="Json">The document.</param>
/// <param name="Path">The JSON path at which the first violation is reported.</param>
/// <param name="Description">What was changed, for people.</param>
public sealed record InvalidDocument(string RuleCode, DocumentKind Kind, string Json, string Path, string Description)
{
    /// <summary>Returns the code and the description.</summary>
    /// <returns>The case as text.</returns>
    public override string ToString() => $"{RuleCode}: {Description}";
}

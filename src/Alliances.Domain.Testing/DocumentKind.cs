namespace Alliances.Domain.Testing;

/// <summary>The kinds of document of the JSON contract.</summary>
public enum DocumentKind
{
    /// <summary>A programme document, read by <c>ProgrammeJson</c>.</summary>
    Programme = 0,

    /// <summary>A ledger document, read by <c>LedgerJson</c>.</summary>
    Ledger = 1,
}

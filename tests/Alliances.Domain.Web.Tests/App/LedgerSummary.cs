using Alliances.Domain.Serialization;

namespace Alliances.Domain.Web.Tests.App;

/// <summary>What the app answers for a ledger document it has read.</summary>
public sealed record LedgerSummary(ProgrammeId Programme, LedgerScope Scope, int Ledgers, int Reports)
{
    /// <summary>Sums up a document.</summary>
    public static LedgerSummary Of(LedgerDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ledgers = document.Ledgers;
        return new LedgerSummary(ledgers[0].Programme.Id, document.Scope, ledgers.Count, ledgers.Sum(l => l.ReportCount));
    }
}

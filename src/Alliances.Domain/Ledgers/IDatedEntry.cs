namespace Alliances.Domain.Progress;

/// <summary>An entry a ledger stores in date order, so that <see cref="Search"/> can find it by day.</summary>
internal interface IDatedEntry
{
    /// <summary>Gets the packed day of the entry.</summary>
    int Date { get; }
}

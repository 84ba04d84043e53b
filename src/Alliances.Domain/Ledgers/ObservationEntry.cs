namespace Alliances.Domain.Progress;

/// <summary>One observation of an indicator, as a ledger stores it.</summary>
internal readonly record struct ObservationEntry(int Date, double Value) : IDatedEntry;

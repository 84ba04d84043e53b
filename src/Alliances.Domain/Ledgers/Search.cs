namespace Alliances.Domain.Ledgers;

/// <summary>Binary searches over date-ordered entries: the as-of lookup of every ledger query.</summary>
internal static class Search
{
    /// <summary>Gets the index of the last entry on or before a packed day, or -1.</summary>
    /// <remarks>Generic over structs, so each entry type gets its own compiled search, with no boxing.</remarks>
    internal static int LastOnOrBefore<T>(ReadOnlySpan<T> entries, int date)
        where T : struct, IDatedEntry
    {
        int low = 0, high = entries.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (entries[mid].Date <= date)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low - 1;
    }

    /// <summary>Gets the index of the entry of a packed day, or -1; entries hold at most one a day.</summary>
    internal static int Exactly<T>(ReadOnlySpan<T> entries, int date)
        where T : struct, IDatedEntry
    {
        var last = LastOnOrBefore(entries, date);
        return last >= 0 && entries[last].Date == date ? last : -1;
    }
}

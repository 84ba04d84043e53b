namespace Alliances.Domain.Progress;

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

    /// <summary>
    /// Gets the index of the last entry on or before a packed day, or -1, starting from a guess: two probes when the guess
    /// is right, and otherwise a binary search of the side the first probe leaves, so never more than two probes beyond
    /// a plain binary search.
    /// </summary>
    /// <remarks>
    /// A rollup guesses each measure's index from the measure before: when a ledger's measures report in rounds, on the
    /// same days, the guess holds and the search costs two probes instead of one per halving.
    /// </remarks>
    internal static int LastOnOrBefore<T>(ReadOnlySpan<T> entries, int date, int guess)
        where T : struct, IDatedEntry
    {
        if ((uint)guess >= (uint)entries.Length)
        {
            return LastOnOrBefore(entries, date);
        }

        if (entries[guess].Date > date)
        {
            return LastOnOrBefore(entries[..guess], date);
        }

        var next = guess + 1;
        return next == entries.Length || entries[next].Date > date ? guess : next + LastOnOrBefore(entries[next..], date);
    }

    /// <summary>Gets the index of the entry of a packed day, or -1; entries hold at most one a day.</summary>
    internal static int Exactly<T>(ReadOnlySpan<T> entries, int date)
        where T : struct, IDatedEntry
    {
        var last = LastOnOrBefore(entries, date);
        return last >= 0 && entries[last].Date == date ? last : -1;
    }
}

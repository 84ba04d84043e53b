namespace Alliances.Domain.Ledgers;

/// <summary>Binary searches over date-ordered entries: the as-of lookup of every ledger query.</summary>
internal static class Search
{
    /// <summary>Gets the index of the last report on or before a packed day, or -1.</summary>
    internal static int LastOnOrBefore(ReadOnlySpan<ReportEntry> entries, int date)
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

    /// <summary>Gets the index of the last observation on or before a packed day, or -1.</summary>
    internal static int LastOnOrBefore(ReadOnlySpan<ObservationEntry> entries, int date)
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

    /// <summary>Gets the index of the comment of a packed day, or -1.</summary>
    internal static int Exactly(ReadOnlySpan<CommentEntry> entries, int date)
    {
        int low = 0, high = entries.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var found = entries[mid].Date;
            if (found == date)
            {
                return mid;
            }

            if (found < date)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return -1;
    }
}

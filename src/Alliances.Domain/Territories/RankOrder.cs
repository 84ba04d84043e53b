using Alliances.Domain.Progress;

namespace Alliances.Domain.Territories;

/// <summary>
/// The order of a portfolio's ranking: known progress before unknown, higher first, then by territory code. A struct,
/// so that sorting calls it directly.
/// </summary>
internal readonly struct RankOrder : IComparer<ProgrammeProgress>
{
    /// <inheritdoc/>
    public int Compare(ProgrammeProgress? x, ProgrammeProgress? y) => (x!.Progress, y!.Progress) switch
    {
        ({ } a, { } b) when a != b => b.CompareTo(a),
        ({ }, null) => -1,
        (null, { }) => 1,
        _ => string.CompareOrdinal(x.Territory!.Code, y.Territory!.Code),
    };
}

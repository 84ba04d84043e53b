
namespace Alliances.Domain;

/// <summary>
/// A territory's place in a portfolio's ranking: known progress before unknown, higher first, then by territory code.
/// Sorting these compares two numbers held in the key, without reaching into the figures or comparing codes.
/// </summary>
internal readonly struct RankKey : IComparable<RankKey>
{
    // Minus the progress in points, so that higher progress sorts first; +∞ when unknown, so that it sorts last.
    private readonly double _order;
    private readonly int _codeRank;

    /// <summary>Initializes a key.</summary>
    /// <param name="progress">The territory's programme progress, or <see langword="null"/> when unknown.</param>
    /// <param name="codeRank">The rank of the territory's code among the portfolio's, in ordinal order.</param>
    /// <param name="territory">The territory's index in the portfolio.</param>
    internal RankKey(Percentage? progress, int codeRank, int territory)
    {
        _order = progress is { } p ? -p.Points : double.PositiveInfinity;
        _codeRank = codeRank;
        Territory = territory;
    }

    /// <summary>Gets the territory's index in the portfolio.</summary>
    internal int Territory { get; }

    /// <inheritdoc/>
    public int CompareTo(RankKey other) =>
        _order != other._order ? _order.CompareTo(other._order) : _codeRank.CompareTo(other._codeRank);
}

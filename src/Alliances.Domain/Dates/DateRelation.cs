namespace Alliances.Domain;

/// <summary>
/// How an imprecise date stands relative to a day or to another date (rule DAT006): three values, because a date known
/// only as "June" can neither be said to come before nor after "10 June".
/// </summary>
public enum DateRelation
{
    /// <summary>Every day the date can fall on comes before the other.</summary>
    DefinitelyBefore = 0,

    /// <summary>The date can fall on a day the other can fall on: they may be the same.</summary>
    PossiblySame = 1,

    /// <summary>Every day the date can fall on comes after the other.</summary>
    DefinitelyAfter = 2,
}

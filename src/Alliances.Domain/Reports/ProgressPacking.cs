using System.Globalization;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Progress;

/// <summary>Declared progress is held in hundredths of a point, so a report costs two bytes for it.</summary>
internal static class ProgressPacking
{
    /// <summary>The stored value that means "none declared".</summary>
    internal const ushort None = ushort.MaxValue;

    /// <summary>
    /// Determines whether a percentage has at most two decimals (rule REP003), exactly: whether the shortest decimal
    /// that reads back as its points has at most two decimals, so <c>33.33</c> has and <c>8.000000001</c> and
    /// <c>5E-324</c> have not.
    /// </summary>
    /// <remarks>
    /// For points from 0 to 100 that shortest decimal is k/100 exactly when the points are the double nearest k/100,
    /// which is what dividing k by 100 gives (IEEE division rounds to nearest); k can only be the points times 100,
    /// rounded.
    /// </remarks>
    internal static bool IsHundredths(Percentage value)
    {
        var hundredths = Math.Round(value.Points * 100);
        return hundredths / 100 == value.Points;
    }

    /// <summary>
    /// Determines whether a number as a document writes it has at most two decimals (rule REP003), in decimal
    /// arithmetic on the number read from its text, as JSON Schema's <c>multipleOf: 0.01</c> means it.
    /// </summary>
    internal static bool IsHundredths(decimal written)
    {
        var hundredths = written * 100;
        return hundredths == decimal.Truncate(hundredths);
    }

    /// <summary>Builds the violation of rule REP003 by a declared progress.</summary>
    internal static RuleViolationException NotHundredths(Percentage declared, string? paramName) =>
        Guard.Fail(Rules.DeclaredProgressPrecision, $"A declared progress has at most two decimals; got {declared}.", $"Un avancement déclaré a au plus deux décimales\u202F; valeur reçue\u00A0: {declared.Points.ToString("R", CultureInfo.InvariantCulture)}\u202F%.", paramName);

    /// <summary>Packs a percentage of at most two decimals.</summary>
    internal static ushort Pack(Percentage? value) => value is { } p ? (ushort)Math.Round(p.Points * 100) : None;

    /// <summary>Unpacks a stored value.</summary>
    internal static Percentage? Unpack(ushort value) => value == None ? null : new Percentage(ToPoints(value));

    /// <summary>Gets the points of a stored value other than <see cref="None"/>.</summary>
    internal static double ToPoints(ushort value) => value / 100.0;
}

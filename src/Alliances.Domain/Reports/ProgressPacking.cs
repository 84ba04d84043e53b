using Alliances.Domain.Quantities;

namespace Alliances.Domain.Reports;

/// <summary>Declared progress is held in hundredths of a point, so a report costs two bytes for it.</summary>
internal static class ProgressPacking
{
    /// <summary>The stored value that means "none declared".</summary>
    internal const ushort None = ushort.MaxValue;

    /// <summary>Determines whether a percentage has at most two decimals (rule REP003).</summary>
    internal static bool IsHundredths(Percentage value)
    {
        var hundredths = value.Points * 100;
        return Math.Abs(hundredths - Math.Round(hundredths)) < 1e-6;
    }

    /// <summary>Packs a percentage of at most two decimals.</summary>
    internal static ushort Pack(Percentage? value) => value is { } p ? (ushort)Math.Round(p.Points * 100) : None;

    /// <summary>Unpacks a stored value.</summary>
    internal static Percentage? Unpack(ushort value) => value == None ? null : new Percentage(ToPoints(value));

    /// <summary>Gets the points of a stored value other than <see cref="None"/>.</summary>
    internal static double ToPoints(ushort value) => value / 100.0;
}

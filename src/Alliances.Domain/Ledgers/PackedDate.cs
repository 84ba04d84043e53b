using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// An ISO day packed in an <see cref="int"/> as <c>year &lt;&lt; 9 | month &lt;&lt; 5 | day</c>: four bytes that
/// sort as the days do. 0 means "no day", which no day from year 1 on can pack to.
/// </summary>
internal static class PackedDate
{
    /// <summary>The packed value that means "no day".</summary>
    internal const int None = 0;

    /// <summary>Packs a day of the ISO calendar, year 1 or later.</summary>
    internal static int Pack(LocalDate day) => (day.Year << 9) | (day.Month << 5) | day.Day;

    /// <summary>Packs an optional day.</summary>
    internal static int Pack(LocalDate? day) => day is { } d ? Pack(d) : None;

    /// <summary>Unpacks a day.</summary>
    internal static LocalDate Unpack(int packed) => new(packed >> 9, (packed >> 5) & 0xF, packed & 0x1F);

    /// <summary>Unpacks an optional day.</summary>
    internal static LocalDate? UnpackOptional(int packed) => packed == None ? null : Unpack(packed);
}

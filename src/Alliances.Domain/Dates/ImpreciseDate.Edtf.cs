using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using System.Globalization;

namespace Alliances.Domain;

public abstract partial record ImpreciseDate
{
    /// <summary>
    /// Writes the date in the Extended Date/Time Format (EDTF, the profile of ISO 8601-2) for other systems.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>An exact day is a level-0 date: <c>2020-05-07</c>.</item>
    /// <item>A span of days is a level-0 interval: <c>2020-09-03/2020-09-04</c>.</item>
    /// <item>A whole month or a whole year is a level-0 reduced precision date: <c>2020-06</c>, <c>2022</c>.</item>
    /// <item>
    /// EDTF has no thirds of a month, so part of a month is written as the interval of its possible days:
    /// <c>2020-06-01/2020-06-10</c>. The text keeps the days, not the word "early".
    /// </item>
    /// <item>
    /// A date still to be confirmed carries the level-1 "uncertain" qualifier <c>?</c>, on each end of an interval:
    /// <c>2020-06?</c>, <c>2020-06-01?/2020-06-10?</c>.
    /// </item>
    /// </list>
    /// <para>
    /// This is the date's text form: the formatting interfaces write it, and
    /// <see cref="Parse(string, IFormatProvider?)"/> reads it back.
    /// </para>
    /// </remarks>
    /// <returns>The EDTF text.</returns>
    public string ToEdtf()
    {
        var mark = IsToBeConfirmed ? "?" : string.Empty;
        return this switch
        {
            ExactDay exact => DateText.Iso(exact.Day) + mark,
            WholeMonth month => DateText.Iso(month.Month) + mark,
            WholeYear year => year.Year.ToString("0000", CultureInfo.InvariantCulture) + mark,
            _ => $"{DateText.Iso(Earliest)}{mark}/{DateText.Iso(Latest)}{mark}",
        };
    }
}

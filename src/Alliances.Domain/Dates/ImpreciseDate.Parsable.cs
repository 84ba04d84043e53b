using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Alliances.Domain.Validation;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain;

public abstract partial record ImpreciseDate : ISpanParsable<ImpreciseDate>
{
    /// <summary>
    /// Parses the EDTF text that <see cref="ToEdtf"/> writes: <c>2020-05-07</c>, <c>2020-09-03/2020-09-04</c>,
    /// <c>2020-06</c>, <c>2022</c>, each date followed by <c>?</c> when still to be confirmed: <c>2020-06?</c>,
    /// <c>2020-06-01?/2020-06-10?</c>. The text form is culture-invariant, so the provider is ignored.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Only what <see cref="ToEdtf"/> writes is read; any other EDTF (approximate <c>~</c>, open or month-precision
    /// intervals, seasons, more than four digits of year, a <c>?</c> on one end of an interval only) is malformed.
    /// </para>
    /// <para>
    /// An interval whose days are exactly those of the early, middle or late part of a month (days 1–10, 11–20, or 21
    /// to the month's end) reads as that <see cref="PartOfMonth"/>, since <see cref="ToEdtf"/> writes a part of a month
    /// that way; any other interval reads as a <see cref="DaySpan"/>. So every text <see cref="ToEdtf"/> writes reads
    /// back as the date it was written from, except a <see cref="DaySpan"/> that covers exactly a part of a month, which
    /// EDTF cannot tell apart from that part and which reads back as the <see cref="PartOfMonth"/> with the same days.
    /// </para>
    /// </remarks>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not EDTF as <see cref="ToEdtf"/> writes it, or names a day that does not exist.</exception>
    /// <exception cref="RuleViolationException">A year is outside 1–9999 (DAT002), or an interval does not end after it starts (DAT001).</exception>
    public static ImpreciseDate Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>
    /// Parses the EDTF characters that <see cref="ToEdtf"/> writes: <c>2020-05-07</c>, <c>2020-09-03/2020-09-04</c>,
    /// <c>2020-06</c>, <c>2022</c>, each date followed by <c>?</c> when still to be confirmed. The provider is ignored.
    /// </summary>
    /// <remarks>What is read, and how an interval becomes a part of a month, is described at <see cref="Parse(string, IFormatProvider?)"/>.</remarks>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not EDTF as <see cref="ToEdtf"/> writes it, or names a day that does not exist.</exception>
    /// <exception cref="RuleViolationException">A year is outside 1–9999 (DAT002), or an interval does not end after it starts (DAT001).</exception>
    public static ImpreciseDate Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        EdtfText.TryRead(s, out var edtf)
            ? edtf.ToDate()
            : throw new FormatException(
                $"An imprecise date is written in EDTF as ToEdtf writes it: a day such as '2020-05-07', a month '2020-06', a year '2022' or a span of days '2020-09-03/2020-09-04', with '?' after each date still to be confirmed; got '{MessageText.Quote(s)}'.");

    /// <summary>
    /// Tries to parse the EDTF text that <see cref="ToEdtf"/> writes, such as <c>2020-06?</c>. Never throws. The
    /// provider is ignored.
    /// </summary>
    /// <remarks>What is read, and how an interval becomes a part of a month, is described at <see cref="Parse(string, IFormatProvider?)"/>.</remarks>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The date, or null when the text is not one.</param>
    /// <returns>
    /// <see langword="true"/> when the text is a date; <see langword="false"/> when it is null, malformed, or breaks
    /// DAT001 or DAT002.
    /// </returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out ImpreciseDate result)
    {
        if (s is null)
        {
            result = null;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>
    /// Tries to parse the EDTF characters that <see cref="ToEdtf"/> writes, such as <c>2020-06?</c>. Never throws. The
    /// provider is ignored.
    /// </summary>
    /// <remarks>What is read, and how an interval becomes a part of a month, is described at <see cref="Parse(string, IFormatProvider?)"/>.</remarks>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The date, or null when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is a date; <see langword="false"/> when it is malformed, or breaks DAT001 or DAT002.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out ImpreciseDate result)
    {
        result = EdtfText.TryRead(s, out var edtf) && edtf.BreaksNoRule ? edtf.ToDate() : null;
        return result is not null;
    }

    /// <summary>
    /// What an EDTF text says, read but not yet held to the rules: the precision (an interval is read as
    /// <see cref="DatePrecision.DaySpan"/> until <see cref="ToDate"/> looks for a part of a month), the first and last
    /// day it names, and the "to be confirmed" mark.
    /// </summary>
    private readonly record struct EdtfText(DatePrecision Precision, LocalDate First, LocalDate Last, bool IsToBeConfirmed)
    {
        private const char Uncertain = '?';

        /// <summary>Gets a value indicating whether the constructors will take the date: years 1–9999 (DAT002), a span ending after it starts (DAT001).</summary>
        public bool BreaksNoRule =>
            IsoDates.IsYearInRange(First.Year) && IsoDates.IsYearInRange(Last.Year) && (Precision != DatePrecision.DaySpan || Last > First);

        /// <summary>Reads the forms <see cref="ToEdtf"/> writes, and nothing else.</summary>
        public static bool TryRead(ReadOnlySpan<char> text, out EdtfText read)
        {
            read = default;
            var slash = text.IndexOf('/');
            if (slash >= 0)
            {
                // An interval, which ToEdtf writes for days only, with the mark on both ends or neither.
                if (!TryReadDay(text[..slash], out var first, out var firstMark)
                    || !TryReadDay(text[(slash + 1)..], out var last, out var lastMark)
                    || firstMark != lastMark)
                {
                    return false;
                }

                read = new EdtfText(DatePrecision.DaySpan, first, last, firstMark);
                return true;
            }

            var mark = text.EndsWith(Uncertain);
            var date = mark ? text[..^1] : text;
            switch (date.Length)
            {
                case 4 when IsDigits(date):
                    var january = new LocalDate(int.Parse(date, NumberStyles.None, CultureInfo.InvariantCulture), 1, 1);
                    read = new EdtfText(DatePrecision.Year, january, january, mark);
                    return true;
                case 7 when YearMonthPattern.Iso.Parse(date.ToString()) is { Success: true } month:
                    var firstDay = month.Value.OnDayOfMonth(1);
                    read = new EdtfText(DatePrecision.Month, firstDay, firstDay, mark);
                    return true;
                case 10 when TryReadDay(date, out var day, out _):
                    read = new EdtfText(DatePrecision.Day, day, day, mark);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Builds the date through the public constructors, which throw for a broken rule.</summary>
        public ImpreciseDate ToDate() => Precision switch
        {
            DatePrecision.Day => new ExactDay(First, IsToBeConfirmed),
            DatePrecision.Month => new WholeMonth(First.ToYearMonth(), IsToBeConfirmed),
            DatePrecision.Year => new WholeYear(First.Year, IsToBeConfirmed),
            _ => PartOfMonth.Covering(First, Last) is { } part
                ? new PartOfMonth(First.ToYearMonth(), part, IsToBeConfirmed)
                : new DaySpan(First, Last, IsToBeConfirmed),
        };

        /// <summary>Reads a day, <c>yyyy-MM-dd</c>, possibly followed by the mark.</summary>
        private static bool TryReadDay(ReadOnlySpan<char> text, out LocalDate day, out bool mark)
        {
            day = default;
            mark = text.EndsWith(Uncertain);
            var date = mark ? text[..^1] : text;

            // The length keeps out what NodaTime's ISO pattern reads beyond ToEdtf's form, such as a signed year.
            if (date.Length != 10 || LocalDatePattern.Iso.Parse(date.ToString()) is not { Success: true } parsed)
            {
                return false;
            }

            day = parsed.Value;
            return true;
        }

        private static bool IsDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');
    }
}

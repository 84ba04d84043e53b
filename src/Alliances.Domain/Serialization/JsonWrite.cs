using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Writes the contract's dates, periods and texts: days, months and whole-month horizons straight to UTF-8, with no
/// string in between.
/// </summary>
internal static class JsonWrite
{
    private static readonly JsonEncodedText FrenchName = JsonEncodedText.Encode("fr"u8);
    private static readonly JsonEncodedText EnglishName = JsonEncodedText.Encode("en"u8);

    /// <summary>Writes a day as <c>yyyy-MM-dd</c>.</summary>
    internal static void Date(Utf8JsonWriter writer, JsonEncodedText name, LocalDate day)
    {
        Span<byte> text = stackalloc byte[10];
        Format(day, text);
        writer.WriteString(name, text);
    }

    /// <summary>Writes a day as <c>yyyy-MM-dd</c>.</summary>
    internal static void Date(Utf8JsonWriter writer, ReadOnlySpan<byte> name, LocalDate day)
    {
        Span<byte> text = stackalloc byte[10];
        Format(day, text);
        writer.WriteString(name, text);
    }

    /// <summary>Writes a month as <c>yyyy-MM</c>.</summary>
    internal static void Month(Utf8JsonWriter writer, ReadOnlySpan<byte> name, YearMonth month)
    {
        Span<byte> text = stackalloc byte[10];
        Format(month.OnDayOfMonth(1), text);
        writer.WriteString(name, text[..7]);
    }

    /// <summary>Writes a period in ISO 8601.</summary>
    internal static void Period(Utf8JsonWriter writer, ReadOnlySpan<byte> name, NodaTime.Period period) =>
        writer.WriteString(name, PeriodText(period));

    /// <summary>
    /// Gives a period's canonical ISO 8601 text, the only one the readers accept: what NodaTime's normalizing pattern
    /// writes (<c>P3Y</c>, <c>P18M</c>, <c>P7D</c> for a week, <c>P0D</c> for none). A period of dates is written here
    /// without the count of nanoseconds NodaTime normalizes through, which overflows past 292 years of days.
    /// </summary>
    /// <exception cref="OverflowException">A period with time units too large to normalize.</exception>
    internal static string PeriodText(NodaTime.Period period)
    {
        if (period.HasTimeComponent)
        {
            return PeriodPattern.NormalizingIso.Format(period);
        }

        var days = ((long)period.Weeks * 7) + period.Days;
        if (period.Years == 0 && period.Months == 0 && days == 0)
        {
            return "P0D";
        }

        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return string.Create(invariant, $"P{(period.Years != 0 ? string.Create(invariant, $"{period.Years}Y") : "")}{(period.Months != 0 ? string.Create(invariant, $"{period.Months}M") : "")}{(days != 0 ? string.Create(invariant, $"{days}D") : "")}");
    }

    /// <summary>Writes a number of months as an ISO 8601 period, <c>P3M</c>, <c>P0M</c>.</summary>
    internal static void Months(Utf8JsonWriter writer, ReadOnlySpan<byte> name, int months)
    {
        Span<byte> text = stackalloc byte[13];
        text[0] = (byte)'P';
        months.TryFormat(text[1..], out var digits, default, System.Globalization.CultureInfo.InvariantCulture);
        text[1 + digits] = (byte)'M';
        writer.WriteString(name, text[..(digits + 2)]);
    }

    /// <summary>Writes a day as a <c>yyyy-MM-dd</c> value.</summary>
    internal static void DateValue(Utf8JsonWriter writer, LocalDate day)
    {
        Span<byte> text = stackalloc byte[10];
        Format(day, text);
        writer.WriteStringValue(text);
    }

    /// <summary>Writes a localized text as <c>{ "fr": …, "en": … }</c>, without <c>en</c> when there is no translation.</summary>
    internal static void TextValue(Utf8JsonWriter writer, LocalizedText text)
    {
        writer.WriteStartObject();
        writer.WriteString(FrenchName, text.French);
        if (text.English is { } english)
        {
            writer.WriteString(EnglishName, english);
        }

        writer.WriteEndObject();
    }

    /// <summary>Formats a day of years 1–9999 as ten ASCII bytes.</summary>
    private static void Format(LocalDate day, Span<byte> text)
    {
        var year = day.Year;
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The contract writes days of years 1 to 9999.");
        }

        text[0] = (byte)('0' + (year / 1000));
        text[1] = (byte)('0' + (year / 100 % 10));
        text[2] = (byte)('0' + (year / 10 % 10));
        text[3] = (byte)('0' + (year % 10));
        text[4] = (byte)'-';
        text[5] = (byte)('0' + (day.Month / 10));
        text[6] = (byte)('0' + (day.Month % 10));
        text[7] = (byte)'-';
        text[8] = (byte)('0' + (day.Day / 10));
        text[9] = (byte)('0' + (day.Day % 10));
    }
}

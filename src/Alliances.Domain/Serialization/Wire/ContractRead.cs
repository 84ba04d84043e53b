using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Alliances.Domain.Validation;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads the contract's scalars from a <see cref="Utf8JsonReader"/> positioned on them. Failures are
/// <see cref="AlliancesJsonException"/>s with no place, which System.Text.Json locates as they pass through it.
/// </summary>
internal static class ContractRead
{
    /// <summary>Builds a model value, turning a rule it breaks into the exception System.Text.Json will locate.</summary>
    internal static T Build<TState, T>(TState state, Func<TState, T> build)
    {
        try
        {
            return build(state);
        }
        catch (RuleViolationException broken)
        {
            throw AlliancesJsonException.Of(broken);
        }
    }

    /// <summary>Builds the exception of a value that does not have the contract's shape, its message in English and in French.</summary>
    internal static AlliancesJsonException Shape(string english, string french) => new(Rules.JsonShape, LocalizedText.Message(english, french));

    /// <summary>Reads a string that may not be null, or a property name (a dictionary's key).</summary>
    internal static string String(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw Expected("A string", "une chaîne", reader.TokenType);
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException malformed)
        {
            // The reader's documented refusal of a string that is no valid text (an escaped lone surrogate).
            throw new AlliancesJsonException(
                Rules.JsonShape,
                LocalizedText.Message("A string of valid Unicode text is expected here.", "Une chaîne de texte Unicode valide est attendue ici."),
                malformed);
        }
    }

    /// <summary>Reads a whole number.</summary>
    internal static int Int32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Expected("A number", "un nombre", reader.TokenType);
        }

        return TryWholeNumber(ref reader, out var value)
            ? value
            : throw Shape(
                string.Create(CultureInfo.InvariantCulture, $"A whole number from {int.MinValue} to {int.MaxValue} is expected here."),
                string.Create(CultureInfo.InvariantCulture, $"Un nombre entier de {int.MinValue} à {int.MaxValue} est attendu ici."));
    }

    /// <summary>
    /// Reads a number token as a whole number within <see cref="int"/>'s range, however JSON writes it: <c>9</c>,
    /// <c>9.0</c> and <c>9e0</c> alike, as JSON Schema's <c>integer</c> counts them.
    /// </summary>
    internal static bool TryWholeNumber(ref Utf8JsonReader reader, out int value)
    {
        if (reader.TryGetInt32(out value))
        {
            return true;
        }

        if (TryExactDecimal(ref reader, out var written) && written == decimal.Truncate(written) && written >= int.MinValue && written <= int.MaxValue)
        {
            value = (int)written;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// Reads a number token as the decimal it writes, as JSON Schema validators that compute in decimal read it. A
    /// number too small for a decimal that is not zero (<c>5e-324</c>, which <see cref="Utf8JsonReader.TryGetDecimal"/>
    /// rounds to 0) is not read.
    /// </summary>
    internal static bool TryExactDecimal(ref Utf8JsonReader reader, out decimal value)
    {
        if (!reader.TryGetDecimal(out value))
        {
            return false;
        }

        if (value != 0)
        {
            return true;
        }

        ReadOnlySpan<byte> text = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        var exponent = text.IndexOfAny((byte)'e', (byte)'E');
        return !(exponent < 0 ? text : text[..exponent]).ContainsAnyInRange((byte)'1', (byte)'9');
    }

    /// <summary>Reads a finite number.</summary>
    internal static double Double(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Expected("A number", "un nombre", reader.TokenType);
        }

        return reader.TryGetDouble(out var value) && double.IsFinite(value) ? value : throw Shape("A finite number is expected here.", "Un nombre fini est attendu ici.");
    }

    /// <summary>Reads a day written <c>yyyy-MM-dd</c>, straight from the UTF-8 bytes when they are plain.</summary>
    internal static LocalDate Day(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var span = reader.ValueSpan;
            if (span.Length == 10 && span[4] == '-' && span[7] == '-'
                && TryDigits(span[..4], out var year) && TryDigits(span.Slice(5, 2), out var month) && TryDigits(span.Slice(8, 2), out var day)
                && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return new LocalDate(year, month, day);
            }
        }

        // Escaped or split text is rare: the pattern parses it, and the error quotes it.
        var text = String(ref reader);
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success && parsed.Value.Year >= 1 && text.Length == 10 && Digits(text, 0, 4) && Digits(text, 5, 2) && Digits(text, 8, 2)
            ? parsed.Value
            : throw Shape(
                $"A day written yyyy-MM-dd is expected here; got '{MessageText.Quote(text)}'.",
                $"Un jour écrit aaaa-MM-jj est attendu ici\u202F; valeur reçue\u00A0: '{MessageText.Quote(text)}'.");
    }

    /// <summary>Reads a month written <c>yyyy-MM</c>.</summary>
    internal static YearMonth Month(ref Utf8JsonReader reader)
    {
        var text = String(ref reader);
        var parsed = YearMonthPattern.Iso.Parse(text);
        return parsed.Success && parsed.Value.Year >= 1 && text.Length == 7 && Digits(text, 0, 4) && Digits(text, 5, 2)
            ? parsed.Value
            : throw Shape(
                $"A month written yyyy-MM is expected here; got '{MessageText.Quote(text)}'.",
                $"Un mois écrit aaaa-MM est attendu ici\u202F; valeur reçue\u00A0: '{MessageText.Quote(text)}'.");
    }

    /// <summary>
    /// Reads an ISO 8601 period such as <c>P3Y</c>, in its canonical form only: the text NodaTime's normalizing pattern
    /// writes for it (<c>P18M</c>, not <c>P0Y18M</c>; <c>P3Y</c>, not <c>P3YT0S</c>; <c>P7D</c>, not <c>P1W</c>).
    /// </summary>
    internal static Period Period(ref Utf8JsonReader reader)
    {
        var text = String(ref reader);
        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        if (!parsed.Success)
        {
            throw Shape(
                $"An ISO 8601 period such as P3M is expected here; got '{MessageText.Quote(text)}'.",
                $"Une durée ISO 8601 comme P3M est attendue ici\u202F; valeur reçue\u00A0: '{MessageText.Quote(text)}'.");
        }

        string canonical;
        try
        {
            canonical = JsonWrite.PeriodText(parsed.Value);
        }
        catch (OverflowException)
        {
            // Only time units can overflow NodaTime's normalization, as in PT9999999999999H.
            throw Shape(
                $"An ISO 8601 period such as P3M is expected here; got '{MessageText.Quote(text)}', too long to normalize.",
                $"Une durée ISO 8601 comme P3M est attendue ici\u202F; valeur reçue\u00A0: '{MessageText.Quote(text)}', trop longue pour être normalisée.");
        }

        return string.Equals(canonical, text, StringComparison.Ordinal)
            ? parsed.Value
            : throw Shape(
                $"A period in its canonical ISO 8601 form is expected here, {MessageText.Quote(canonical)}; got '{MessageText.Quote(text)}'.",
                $"Une durée sous sa forme ISO 8601 canonique est attendue ici, {MessageText.Quote(canonical)}\u202F; valeur reçue\u00A0: '{MessageText.Quote(text)}'.");
    }

    /// <summary>Reads a whole number of months written as an ISO 8601 period, <c>P3M</c>, <c>P0M</c>, and in no other form.</summary>
    internal static int WholeMonths(ref Utf8JsonReader reader)
    {
        var text = String(ref reader);
        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        if (parsed.Success && !parsed.Value.HasTimeComponent && parsed.Value is { Years: 0, Weeks: 0, Days: 0, Months: var months })
        {
            // Only the form the library writes: no other unit, even of zero, and no leading zero. A negative count
            // is left to the horizon's rule (HOR001).
            if (string.Equals(text, string.Create(CultureInfo.InvariantCulture, $"P{months}M"), StringComparison.Ordinal))
            {
                return months;
            }
        }

        throw Shape(
            $"A whole number of months written P<n>M, such as P3M or P0M, is expected here; got '{MessageText.Quote(text)}'.",
            $"Un nombre entier de mois écrit P<n>M, comme P3M ou P0M, est attendu ici\u202F; valeur reçue\u00A0: '{MessageText.Quote(text)}'.");
    }

    /// <summary>
    /// For a converter that reads an object on its own: finds which of its known properties the reader is on, by UTF-8
    /// name, and marks it seen. An unknown property or one seen before is refused, at the property.
    /// </summary>
    /// <remarks>
    /// Documents list properties in the order the library writes them, the order of <paramref name="names"/>, so the
    /// search starts after the last property seen and goes round: a written document finds each name at once.
    /// </remarks>
    internal static int Property(ref Utf8JsonReader reader, ReadOnlySpan<JsonEncodedText> names, string what, string quoi, ref int seen)
    {
        var start = 32 - BitOperations.LeadingZeroCount((uint)seen);
        for (var n = 0; n < names.Length; n++)
        {
            var i = start + n < names.Length ? start + n : start + n - names.Length;
            if (reader.ValueTextEquals(names[i].EncodedUtf8Bytes))
            {
                if ((seen & (1 << i)) != 0)
                {
                    throw Shape($"The property '{names[i]}' appears twice.", $"La propriété '{names[i]}' apparaît deux fois.").Inside("$." + names[i]);
                }

                seen |= 1 << i;
                return i;
            }
        }

        var name = reader.GetString();
        throw Shape(
            $"The property '{MessageText.Quote(name)}' is not part of {what} in the contract.",
            $"La propriété '{MessageText.Quote(name)}' ne fait pas partie {quoi} dans le contrat.").Inside("$." + name);
    }

    /// <summary>
    /// For a converter that reads an object on its own: moves the reader to the value of the property it is on. A
    /// malformed value (a bad escape, invalid UTF-8) is refused at the property, for System.Text.Json to locate.
    /// </summary>
    internal static void Value(ref Utf8JsonReader reader, JsonEncodedText property)
    {
        try
        {
            reader.Read();
        }
        catch (JsonException malformed)
        {
            var message = malformed.Message;
            var suffix = string.Create(CultureInfo.InvariantCulture, $" LineNumber: {malformed.LineNumber} | BytePositionInLine: {malformed.BytePositionInLine}.");
            throw new AlliancesJsonException(Rules.JsonShape, AlliancesJsonException.Foreign(message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message, malformed: true), malformed)
                .Inside("$." + property);
        }
    }

    /// <summary>Builds the exception of a required property missing from an object a converter reads on its own.</summary>
    internal static AlliancesJsonException Missing(string name) =>
        Shape($"The required property '{name}' is missing.", $"La propriété requise '{name}' manque.");

    /// <summary>Reads one of the names of an enum of the contract.</summary>
    internal static T Enum<T>(ref Utf8JsonReader reader, ContractNames<T> names)
        where T : struct, System.Enum =>
        names.TryRead(ref reader, out var value) ? value
        : reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
            ? throw Shape(
                $"One of {names.List} is expected here; got '{MessageText.Quote(reader.GetString())}'.",
                $"L’une des valeurs {names.List} est attendue ici\u202F; valeur reçue\u00A0: '{MessageText.Quote(reader.GetString())}'.")
        : throw Expected($"One of {names.List}", $"l’une des valeurs {names.List}", reader.TokenType);

    /// <summary>
    /// Builds the exception for a token of the wrong type; <paramref name="what"/> and <paramref name="quoi"/> name what
    /// is expected in English and in French.
    /// </summary>
    internal static AlliancesJsonException Expected(string what, string quoi, JsonTokenType got) =>
        Shape($"{what} is expected here; got {Describe(got, Language.English)}.", $"Attendu ici\u00A0: {quoi}\u202F; reçu {Describe(got, Language.French)}.");

    private static string Describe(JsonTokenType token, Language language) => (token, language) switch
    {
        (JsonTokenType.StartObject, Language.English) => "an object",
        (JsonTokenType.StartObject, _) => "un objet",
        (JsonTokenType.StartArray, Language.English) => "an array",
        (JsonTokenType.StartArray, _) => "un tableau",
        (JsonTokenType.String, Language.English) => "a string",
        (JsonTokenType.String, _) => "une chaîne",
        (JsonTokenType.Number, Language.English) => "a number",
        (JsonTokenType.Number, _) => "un nombre",
        (JsonTokenType.True or JsonTokenType.False, Language.English) => "a boolean",
        (JsonTokenType.True or JsonTokenType.False, _) => "un booléen",
        (JsonTokenType.Null, _) => "null",
        (_, Language.English) => token.ToString(),
        _ => $"un jeton {token}",
    };

    /// <summary>Tells whether a part of a text is ASCII digits only.</summary>
    private static bool Digits(string text, int start, int length) => !text.AsSpan(start, length).ContainsAnyExceptInRange('0', '9');

    /// <summary>Reads ASCII digits and nothing else (no sign, no space) as a number.</summary>
    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            var digit = b - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}

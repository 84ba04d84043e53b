using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using Alliances.Domain.Dates;
using Alliances.Domain.Quantities;
using Alliances.Domain.Text;
using Alliances.Domain.Validation;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads a document of the contract strictly, keeping the JSON path of every value so that any failure becomes a
/// <see cref="JsonException"/> with its path, line and position.
/// </summary>
/// <remarks>
/// It drives a <see cref="JsonScanner"/>, as strict as <see cref="Utf8JsonReader"/> with its defaults (no comments, no
/// trailing commas) and a depth of at most 64. Objects are read property by property; the caller matches each name, and
/// the reader refuses unknown and repeated properties.
/// </remarks>
internal ref struct DocumentReader
{
    private readonly ReadOnlySpan<byte> _utf8;
    private readonly JsonPathStack _path;
    private JsonScanner _reader;

    /// <summary>Starts reading a UTF-8 document.</summary>
    internal DocumentReader(ReadOnlySpan<byte> utf8)
    {
        _utf8 = utf8;
        _path = new JsonPathStack();
        _reader = new JsonScanner(utf8);
    }

    /// <summary>Gets the document being read.</summary>
    internal ReadOnlySpan<byte> Utf8 => _utf8;

    /// <summary>Gets the current JSON path.</summary>
    internal string Path => _path.ToString(_utf8);

    /// <summary>Gets a value indicating whether the current token's bytes are its text: not escaped.</summary>
    private readonly bool ValueIsPlain => !_reader.ValueIsEscaped;

    /// <summary>Gets the current token type.</summary>
    internal JsonTokenType TokenType => _reader.TokenType;

    /// <summary>Moves to the next token; the end of input is an error.</summary>
    /// <remarks>
    /// What <see cref="JsonScanner"/> throws on malformed JSON passes through, without a path; the document's entry
    /// point gives it the code and the path with <see cref="Failure"/>. Catching it here instead would cost every token
    /// a call, since a method that catches is not inlined.
    /// </remarks>
    internal void Read()
    {
        if (!_reader.Read())
        {
            throw Error("The document ends too early.");
        }
    }

    /// <summary>
    /// Turns what stopped the reading into the error of the document, at the path where reading stopped: an error of
    /// <see cref="JsonScanner"/> (which has no path) gets the shape rule's code; a rule broken by a value built from
    /// the parts read keeps its rule; a bad argument gets the shape rule's code. The reader's own errors, which have a
    /// code and a path already, are returned as they are.
    /// </summary>
    /// <remarks>
    /// Translating here, once, rather than around each token read and each value built keeps the hot paths free of
    /// exception handlers, which the JIT does not inline.
    /// </remarks>
    private JsonException Translate(Exception exception) => exception switch
    {
        JsonException { Path: not null } ours => ours,
        JsonException json => JsonErrors.Create(Rules.JsonShape, FirstSentence(json.Message), Path, json.LineNumber, json.BytePositionInLine, json),
        RuleViolationException rule => Error(rule.Violation.Message, rule.Rule, rule),
        ArgumentException argument => Error(FirstSentence(argument.Message), Rules.JsonShape, argument),
        _ => Error($"The document could not be read: {exception.Message}", Rules.JsonShape, exception),
    };

    /// <summary>Reads the first token of the document and checks it opens an object.</summary>
    internal void StartDocument()
    {
        Read();
        ExpectStartObject();
    }

    /// <summary>Checks that nothing but whitespace follows the document.</summary>
    internal void EndDocument()
    {
        // Malformed bytes after the document pass through to the entry point, like any reader error (see Read).
        if (_reader.Read())
        {
            throw Error("The document holds one JSON object and nothing after it.");
        }
    }

    /// <summary>Checks that the current token opens an object.</summary>
    internal void ExpectStartObject()
    {
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error($"An object is expected here; got {Describe(_reader.TokenType)}.");
        }
    }

    /// <summary>Moves to the next property of the current object.</summary>
    /// <returns><see langword="true"/> when positioned on a property name, <see langword="false"/> at the end of the object.</returns>
    internal bool NextProperty()
    {
        Read();
        return _reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Determines whether the current property name is a given one, escapes undone.</summary>
    internal bool Is(scoped ReadOnlySpan<byte> name) => _reader.ValueTextEquals(name);

    /// <summary>
    /// Enters the value of the current property, once: marks it seen in <paramref name="seen"/>, refusing a repeat,
    /// and moves onto the value.
    /// </summary>
    internal void Enter(string name, int bit, ref int seen)
    {
        Debug.Assert(_reader.TokenType == JsonTokenType.PropertyName, "A property is entered from its name.");
        _path.PushProperty(_reader.TokenStartIndex);
        if ((seen & bit) != 0)
        {
            throw Error($"The property '{name}' appears more than once.");
        }

        seen |= bit;
        Read();
    }

    /// <summary>Leaves the value of the current property.</summary>
    internal void Leave() => _path.Pop();

    /// <summary>Refuses the current property, which the contract does not know.</summary>
    internal JsonException Unknown()
    {
        var name = _reader.GetString();
        return Error($"The property '{name}' is not part of the contract here.");
    }

    /// <summary>Checks, at the end of an object, that every required property was present.</summary>
    internal void Require(int seen, int required, scoped ReadOnlySpan<string> names)
    {
        var missing = required & ~seen;
        if (missing == 0)
        {
            return;
        }

        for (var bit = 0; bit < names.Length; bit++)
        {
            if ((missing & (1 << bit)) != 0)
            {
                throw Error($"The required property '{names[bit]}' is missing.");
            }
        }
    }

    /// <summary>Checks that the current token opens an array and enters it.</summary>
    internal void StartArray()
    {
        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error($"An array is expected here; got {Describe(_reader.TokenType)}.");
        }

        _path.PushArray();
    }

    /// <summary>Moves to the next element of the current array.</summary>
    /// <returns><see langword="true"/> when positioned on an element, <see langword="false"/> at the end of the array, which it leaves.</returns>
    internal bool NextElement()
    {
        Read();
        if (_reader.TokenType == JsonTokenType.EndArray)
        {
            _path.Pop();
            return false;
        }

        _path.NextIndex();
        return true;
    }

    /// <summary>Reads a string that may not be null.</summary>
    internal string GetString()
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            throw Error($"A string is expected here; got {Describe(_reader.TokenType)}.");
        }

        return _reader.GetString()!;
    }

    /// <summary>Reads a whole number within a range.</summary>
    internal int GetInt32(int min = int.MinValue, int max = int.MaxValue)
    {
        if (_reader.TokenType != JsonTokenType.Number)
        {
            throw Error($"A number is expected here; got {Describe(_reader.TokenType)}.");
        }

        if (!_reader.TryGetInt32(out var value) || value < min || value > max)
        {
            throw Error(string.Create(CultureInfo.InvariantCulture, $"A whole number from {min} to {max} is expected here."));
        }

        return value;
    }

    /// <summary>Reads a finite number.</summary>
    internal double GetDouble()
    {
        if (_reader.TokenType != JsonTokenType.Number)
        {
            throw Error($"A number is expected here; got {Describe(_reader.TokenType)}.");
        }

        if (!_reader.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            throw Error("A finite number is expected here.");
        }

        return value;
    }

    /// <summary>Reads a boolean.</summary>
    internal bool GetBoolean() => _reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Error($"true or false is expected here; got {Describe(_reader.TokenType)}."),
    };

    /// <summary>Reads ASCII digits, and nothing else (no sign, no space), as a number; false when any byte is not a digit.</summary>
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

    /// <summary>Gets the bytes of the current string when it is plain: a string token, unescaped, in one segment.</summary>
    private bool PlainValue(out ReadOnlySpan<byte> span)
    {
        var plain = _reader.TokenType == JsonTokenType.String && ValueIsPlain;
        span = plain ? _reader.ValueSpan : default;
        return plain;
    }

    /// <summary>Reads a day written <c>yyyy-MM-dd</c>, straight from the UTF-8 bytes.</summary>
    internal LocalDate GetDate()
    {
        if (PlainValue(out var span))
        {
            if (span.Length == 10 && span[4] == '-' && span[7] == '-'
                && TryDigits(span[..4], out var year) && TryDigits(span.Slice(5, 2), out var month) && TryDigits(span.Slice(8, 2), out var day)
                && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return new LocalDate(year, month, day);
            }

            throw Error($"A day written yyyy-MM-dd is expected here; got '{_reader.GetString()}'.");
        }

        // Escaped or split text is rare: the pattern parses it, and words the error.
        var text = GetString();
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success && parsed.Value.Year >= 1 && text.Length == 10)
        {
            return parsed.Value;
        }

        throw Error($"A day written yyyy-MM-dd is expected here; got '{text}'.");
    }

    /// <summary>Reads an optional day: a day, or null.</summary>
    internal LocalDate? GetOptionalDate() => _reader.TokenType == JsonTokenType.Null ? null : GetDate();

    /// <summary>Reads a month written <c>yyyy-MM</c>, straight from the UTF-8 bytes when it is plain.</summary>
    internal YearMonth GetMonth()
    {
        if (PlainValue(out var span)
            && span.Length == 7 && span[4] == '-'
            && TryDigits(span[..4], out var year) && TryDigits(span.Slice(5, 2), out var month)
            && year >= 1 && month is >= 1 and <= 12)
        {
            return new YearMonth(year, month);
        }

        // Anything else (escaped, or not a month) goes through the pattern, which words the error.
        var text = GetString();
        var parsed = YearMonthPattern.Iso.Parse(text);
        if (parsed.Success && text.Length == 7 && parsed.Value.Year >= 1)
        {
            return parsed.Value;
        }

        throw Error($"A month written yyyy-MM is expected here; got '{text}'.");
    }

    /// <summary>
    /// Reads a whole number of months written as an ISO 8601 period such as <c>P3M</c>, straight from the UTF-8 bytes
    /// when it is plain.
    /// </summary>
    internal int GetWholeMonths()
    {
        // The common form, P followed by up to six digits and M, needs no period parsing.
        if (PlainValue(out var span)
            && span.Length is >= 3 and <= 8 && span[0] == 'P' && span[^1] == 'M'
            && TryDigits(span[1..^1], out var months))
        {
            return months;
        }

        var period = GetPeriod();
        if (period.HasTimeComponent || period.Years != 0 || period.Weeks != 0 || period.Days != 0)
        {
            throw Error($"A whole number of months such as P3M is expected here; got {period}.");
        }

        return period.Months;
    }

    /// <summary>Reads an ISO 8601 period such as <c>P3M</c>.</summary>
    internal Period GetPeriod()
    {
        var text = GetString();
        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        throw Error($"An ISO 8601 period such as P3M is expected here; got '{text}'.");
    }

    /// <summary>Reads a percentage written as a number of points.</summary>
    internal Percentage GetPercentage()
    {
        var points = GetDouble();
        if (points is < 0 or > 100)
        {
            throw Error(string.Create(CultureInfo.InvariantCulture, $"A percentage from 0 to 100 is expected here; got {points}."), Rules.PercentageRange);
        }

        return new Percentage(points);
    }

    /// <summary>Reads a localized text: <c>{ "fr": …, "en": … }</c>.</summary>
    internal LocalizedText GetText()
    {
        ExpectStartObject();
        int seen = 0;
        string? french = null, english = null;
        while (NextProperty())
        {
            if (Is("fr"u8))
            {
                Enter("fr", 1, ref seen);
                french = GetString();
                Leave();
            }
            else if (Is("en"u8))
            {
                Enter("en", 2, ref seen);
                english = GetString();
                Leave();
            }
            else
            {
                throw Unknown();
            }
        }

        Require(seen, 1, ["fr"]);
        return new LocalizedText(french!, english);
    }

    /// <summary>Reads one of a fixed set of camelCase names.</summary>
    internal T GetEnum<T>(scoped ReadOnlySpan<(string Name, T Value)> names)
    {
        if (_reader.TokenType == JsonTokenType.String)
        {
            // The names are ASCII: plain text compares byte for byte, with no transcoding; escaped or split text goes
            // through the reader's own comparison.
            var plain = ValueIsPlain;
            var span = plain ? _reader.ValueSpan : default;
            foreach (var (name, value) in names)
            {
                if (plain ? span.Length == name.Length && Ascii.Equals(span, name) : _reader.ValueTextEquals(name))
                {
                    return value;
                }
            }
        }

        var expected = new List<string>(names.Length);
        foreach (var (name, _) in names)
        {
            expected.Add(name);
        }

        var got = _reader.TokenType == JsonTokenType.String ? $"'{_reader.GetString()}'" : Describe(_reader.TokenType);
        throw Error($"One of {string.Join(", ", expected)} is expected here; got {got}.");
    }

    /// <summary>
    /// Gives the error of a document whose reading stopped on an exception: <see cref="Translate"/>'s, unless the shape
    /// error comes rather from a document of another kind or of a version this library does not read.
    /// </summary>
    /// <param name="exception">What stopped the reading.</param>
    /// <param name="expectedKind">The kind of document expected.</param>
    /// <returns>The error to throw. When that is <paramref name="exception"/> itself, it is thrown again here instead, keeping its stack trace.</returns>
    internal JsonException Failure(Exception exception, string expectedKind)
    {
        var error = Translate(exception);
        if (JsonErrors.CodeOf(error) == Rules.JsonShape.Code && ProgrammeJson.VersionProblem(_utf8, expectedKind) is { } versionProblem)
        {
            return versionProblem;
        }

        if (ReferenceEquals(error, exception))
        {
            ExceptionDispatchInfo.Throw(exception);
        }

        return error;
    }

    /// <summary>Builds the exception for a failure at the current token.</summary>
    internal JsonException Error(string message, Rule? rule = null, Exception? inner = null) =>
        JsonErrors.At(_utf8, _reader.TokenStartIndex, Path, rule ?? Rules.JsonShape, message, inner);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string FirstSentence(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" Path:", " LineNumber:", " (Parameter"])
        {
            var end = message.IndexOf(marker, StringComparison.Ordinal);
            if (end >= 0)
            {
                message = message[..end];
            }
        }

        return message;
    }
}

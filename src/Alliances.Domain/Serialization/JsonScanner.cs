using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Splits a whole UTF-8 document into JSON tokens, as strictly as <see cref="Utf8JsonReader"/> with its defaults (RFC
/// 8259: no comments, no trailing commas, no single quotes, no leading zeros) and a depth of at most 64.
/// </summary>
/// <remarks>
/// <para>
/// The documents of the contract are read whole, from one span, so the scanner needs none of what lets
/// <see cref="Utf8JsonReader"/> resume over segments and partial buffers, nor its line counting: a failure works out its
/// line and position from the offset, once. That leaves a few comparisons a token, which matters because this library's
/// documents are mostly small tokens: on the canonical programme (942 tokens), scanning takes about 9 µs where
/// <see cref="Utf8JsonReader"/> takes about 12.5 µs.
/// </para>
/// <para>
/// It accepts exactly what <see cref="Utf8JsonReader"/> accepts, reads the same tokens, and refuses malformed input on
/// the same token; a law in the tests checks it against that reader on generated and mutated documents. Like that
/// reader, it checks the UTF-8 of a string when the string is read (<see cref="GetString"/>), not when it is scanned,
/// and checks what follows a number but not what follows a literal (that fails as the next token).
/// </para>
/// <para>Malformed input throws a <see cref="JsonException"/> with the line and position, and no path: the caller gives the path.</para>
/// </remarks>
internal ref struct JsonScanner
{
    /// <summary>The deepest nesting of objects and arrays accepted, as with <see cref="Utf8JsonReader"/>'s default.</summary>
    internal const int MaxDepth = 64;

    /// <summary>What ends the plain run of a string: its closing quote, a backslash, or a control character (never allowed raw).</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);

    /// <summary>The characters of this thread's strings are made in, before they are copied into the string.</summary>
    [ThreadStatic]
    private static char[]? t_chars;

    /// <summary>Turns UTF-8 into text, refusing invalid bytes rather than replacing them.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlySpan<byte> _utf8;
    private readonly char[] _chars;
    private int _next;
    private int _tokenStart;
    private int _valueStart;
    private int _valueLength;
    private int _depth;
    private ulong _objects;
    private JsonTokenType _type;
    private bool _escaped;

    /// <summary>Starts scanning a whole document.</summary>
    /// <param name="utf8">The document, in UTF-8, with no byte order mark (like <see cref="Utf8JsonReader"/>, the scanner refuses one).</param>
    internal JsonScanner(ReadOnlySpan<byte> utf8)
    {
        _utf8 = utf8;
        _chars = t_chars ??= new char[1024];
    }

    /// <summary>Gets the type of the current token; <see cref="JsonTokenType.None"/> before the first.</summary>
    internal readonly JsonTokenType TokenType => _type;

    /// <summary>Gets the offset of the current token's first byte (the opening quote of a string or a property name).</summary>
    internal readonly int TokenStartIndex => _tokenStart;

    /// <summary>Gets the bytes of the current token's value: a string's or a property name's between the quotes, as written; a number's or a literal's; a bracket's.</summary>
    internal readonly ReadOnlySpan<byte> ValueSpan => _utf8.Slice(_valueStart, _valueLength);

    /// <summary>Gets a value indicating whether the current string or property name holds escapes, so that its bytes are not its text.</summary>
    internal readonly bool ValueIsEscaped => _escaped;

    /// <summary>Gets the depth of the current token: 0 for a value at the top, 1 inside the outermost object or array.</summary>
    internal readonly int CurrentDepth => _type is JsonTokenType.StartObject or JsonTokenType.StartArray ? _depth - 1 : _depth;

    /// <summary>Moves to the next token.</summary>
    /// <returns><see langword="false"/> after the document's one value, when nothing but whitespace follows.</returns>
    /// <exception cref="JsonException">The input is not JSON, or holds something after its one value.</exception>
    internal bool Read()
    {
        var utf8 = _utf8;
        var at = SkipWhitespace(utf8, _next);
        switch (_type)
        {
            case JsonTokenType.None:
                if (at >= utf8.Length)
                {
                    throw Malformed(at, "The input holds no JSON value.");
                }

                ReadValue(at);
                return true;
            case JsonTokenType.PropertyName:
                ReadValue(at);
                return true;
            case JsonTokenType.StartObject:
                if (at < utf8.Length && utf8[at] == '}')
                {
                    Close(at, JsonTokenType.EndObject);
                }
                else
                {
                    ReadPropertyName(at);
                }

                return true;
            case JsonTokenType.StartArray:
                if (at < utf8.Length && utf8[at] == ']')
                {
                    Close(at, JsonTokenType.EndArray);
                }
                else
                {
                    ReadValue(at);
                }

                return true;
            default:
                return AfterValue(at);
        }
    }

    /// <summary>Reads the current string or property name as text; the caller checks the token is one.</summary>
    /// <exception cref="JsonException">Its bytes are not valid UTF-8, or its escapes do not make valid text (a lone surrogate).</exception>
    internal readonly string GetString() =>
        (_escaped ? Unescape(ValueSpan, _chars) : Transcode(ValueSpan, _chars)) ?? throw Malformed(_tokenStart, "The text's bytes or escapes do not make valid Unicode text.");

    /// <summary>Determines whether the current string or property name is a given text, in UTF-8; escapes are undone first.</summary>
    /// <remarks>Plain text (the usual case) compares byte for byte, small enough to be inlined; escaped text goes out of line.</remarks>
    internal readonly bool ValueTextEquals(scoped ReadOnlySpan<byte> utf8Text) =>
        _escaped ? EscapedTextEquals(utf8Text) : ValueSpan.SequenceEqual(utf8Text);

    /// <summary>Determines whether the current string or property name is a given text; escapes are undone first.</summary>
    internal readonly bool ValueTextEquals(string text) =>
        (_escaped ? Unescape(ValueSpan, _chars) : Transcode(ValueSpan, _chars)) == text;

    /// <summary>Reads the current number as a whole number, when it is one that fits.</summary>
    internal readonly bool TryGetInt32(out int value) =>
        Utf8Parser.TryParse(ValueSpan, out value, out var used) && used == _valueLength;

    /// <summary>Reads the current number as a double; one too large for a double reads as an infinity, as with <see cref="Utf8JsonReader"/>.</summary>
    internal readonly bool TryGetDouble(out double value) =>
        Utf8Parser.TryParse(ValueSpan, out value, out var used) && used == _valueLength;

    private static int SkipWhitespace(ReadOnlySpan<byte> utf8, int at)
    {
        // Compact documents have none: the first test settles it.
        while (at < utf8.Length && IsWhitespace(utf8[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>Tells whether a byte is whitespace in JSON: space, line feed, carriage return or tab.</summary>
    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    /// <summary>Reads the UTF-8 of a plain string as text.</summary>
    /// <remarks>
    /// A string of up to <paramref name="chars"/>' length is checked and turned into UTF-16 in one pass, into the
    /// thread's buffer, and copied into the string; a longer one goes through the encoding, which counts the characters
    /// in a first pass and turns them in a second.
    /// </remarks>
    /// <returns>The text, or <see langword="null"/> when the bytes are not valid UTF-8.</returns>
    private static string? Transcode(ReadOnlySpan<byte> utf8, char[] chars)
    {
        if (utf8.Length > chars.Length)
        {
            return TranscodeLong(utf8);
        }

        return Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            ? new string(chars, 0, written)
            : null;
    }

    /// <summary>Reads the UTF-8 of a long plain string as text.</summary>
    /// <returns>The text, or <see langword="null"/> when the bytes are not valid UTF-8.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? TranscodeLong(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Compares the current escaped text with a given text in UTF-8; false when the escapes do not make valid text.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly bool EscapedTextEquals(ReadOnlySpan<byte> utf8Text) =>
        Unescape(ValueSpan, _chars) is { } text && Encoding.UTF8.GetString(utf8Text) == text;

    /// <summary>Reads a string whose escapes <see cref="ScanEscaped"/> checked: its plain runs as UTF-8, its escapes as the characters they stand for.</summary>
    /// <param name="source">The string's bytes between the quotes.</param>
    /// <param name="chars">The thread's buffer, used when the string fits, as for plain strings.</param>
    /// <returns>The text, or <see langword="null"/> when a run is not valid UTF-8 or a surrogate escape has no partner.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? Unescape(ReadOnlySpan<byte> source, char[] chars)
    {
        // A byte never makes more than one UTF-16 character, and an escape makes fewer than it takes.
        char[]? rented = null;
        Span<char> buffer = source.Length <= chars.Length ? chars : (rented = ArrayPool<char>.Shared.Rent(source.Length));
        try
        {
            var written = 0;
            while (true)
            {
                var slash = source.IndexOf((byte)'\\');
                var run = slash < 0 ? source : source[..slash];
                if (Utf8.ToUtf16(run, buffer[written..], out _, out var made, replaceInvalidSequences: false) != OperationStatus.Done)
                {
                    return null;
                }

                written += made;
                if (slash < 0)
                {
                    return new string(buffer[..written]);
                }

                source = source[(slash + 1)..];
                if (source[0] != 'u')
                {
                    buffer[written++] = source[0] switch
                    {
                        (byte)'b' => '\b',
                        (byte)'f' => '\f',
                        (byte)'n' => '\n',
                        (byte)'r' => '\r',
                        (byte)'t' => '\t',
                        var same => (char)same, // ", \ and /
                    };
                    source = source[1..];
                    continue;
                }

                var unit = Hex(source.Slice(1, 4));
                source = source[5..];
                if (char.IsLowSurrogate(unit))
                {
                    return null;
                }

                buffer[written++] = unit;
                if (char.IsHighSurrogate(unit))
                {
                    if (source.Length < 6 || source[0] != '\\' || source[1] != 'u' || !char.IsLowSurrogate(Hex(source.Slice(2, 4))))
                    {
                        return null;
                    }

                    buffer[written++] = Hex(source.Slice(2, 4));
                    source = source[6..];
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Reads four hexadecimal digits, which <see cref="ScanEscaped"/> checked.</summary>
    private static char Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value << 4) | (digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10);
        }

        return (char)value;
    }

    /// <summary>After a value: the end of the document at the top, otherwise a comma and the next member, or the container's end.</summary>
    private bool AfterValue(int at)
    {
        var utf8 = _utf8;
        if (_depth == 0)
        {
            return at >= utf8.Length ? false : throw Malformed(at, $"'{Describe(utf8[at])}' follows the document's one JSON value.");
        }

        if (at >= utf8.Length)
        {
            throw Malformed(at, "The input ends inside an object or an array.");
        }

        var inObject = (_objects & (1UL << (_depth - 1))) != 0;
        var b = utf8[at];
        if (b == ',')
        {
            at = SkipWhitespace(utf8, at + 1);
            if (inObject)
            {
                ReadPropertyName(at);
            }
            else
            {
                ReadValue(at);
            }
        }
        else if (b == (inObject ? '}' : ']'))
        {
            Close(at, inObject ? JsonTokenType.EndObject : JsonTokenType.EndArray);
        }
        else
        {
            throw Malformed(at, inObject
                ? $"',' or '}}' is expected after a property's value; got '{Describe(b)}'."
                : $"',' or ']' is expected after an array's element; got '{Describe(b)}'.");
        }

        return true;
    }

    private void Close(int at, JsonTokenType type)
    {
        _depth--;
        Token(at, at, 1, type);
        _next = at + 1;
    }

    private void Open(int at, JsonTokenType type)
    {
        if (_depth >= MaxDepth)
        {
            throw Malformed(at, $"Objects and arrays nest here beyond the maximum depth of {MaxDepth}.");
        }

        var bit = 1UL << _depth;
        _objects = type == JsonTokenType.StartObject ? _objects | bit : _objects & ~bit;
        _depth++;
        Token(at, at, 1, type);
        _next = at + 1;
    }

    private void ReadPropertyName(int at)
    {
        var utf8 = _utf8;
        if (at >= utf8.Length || utf8[at] != '"')
        {
            throw at >= utf8.Length
                ? Malformed(at, "The input ends inside an object.")
                : Malformed(at, $"A property name in double quotes is expected; got '{Describe(utf8[at])}'.");
        }

        var end = ScanString(at);
        var colon = SkipWhitespace(utf8, end);
        if (colon >= utf8.Length || utf8[colon] != ':')
        {
            throw Malformed(colon, "':' is expected after a property name.");
        }

        _next = colon + 1;
        _type = JsonTokenType.PropertyName;
    }

    private void ReadValue(int at)
    {
        var utf8 = _utf8;
        if (at >= utf8.Length)
        {
            throw Malformed(at, "The input ends where a value is expected.");
        }

        switch (utf8[at])
        {
            case (byte)'"':
                _next = ScanString(at);
                _type = JsonTokenType.String;
                return;
            case (byte)'{':
                Open(at, JsonTokenType.StartObject);
                return;
            case (byte)'[':
                Open(at, JsonTokenType.StartArray);
                return;
            case (byte)'t':
                Literal(at, "true"u8, JsonTokenType.True);
                return;
            case (byte)'f':
                Literal(at, "false"u8, JsonTokenType.False);
                return;
            case (byte)'n':
                Literal(at, "null"u8, JsonTokenType.Null);
                return;
            case (byte)'-':
            case >= (byte)'0' and <= (byte)'9':
                ScanNumber(at);
                return;
            default:
                throw Malformed(at, $"'{Describe(utf8[at])}' cannot start a JSON value.");
        }
    }

    private void Literal(int at, ReadOnlySpan<byte> literal, JsonTokenType type)
    {
        if (!_utf8[at..].StartsWith(literal))
        {
            throw Malformed(at, $"'{Encoding.UTF8.GetString(literal)}' is misspelt here.");
        }

        Token(at, at, literal.Length, type);
        _next = at + literal.Length;
    }

    /// <summary>Scans a number of the JSON grammar: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    private void ScanNumber(int at)
    {
        var utf8 = _utf8;
        var i = at;
        if (utf8[i] == '-')
        {
            i++;
        }

        if (i < utf8.Length && utf8[i] == '0')
        {
            i++;
        }
        else
        {
            i = Digits(utf8, i);
        }

        if (i < utf8.Length && utf8[i] == '.')
        {
            i = Digits(utf8, i + 1);
        }

        if (i < utf8.Length && (utf8[i] | 0x20) == 'e')
        {
            i++;
            if (i < utf8.Length && utf8[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }

            i = Digits(utf8, i);
        }

        Token(at, at, i - at, JsonTokenType.Number);
        _next = EndOfNumber(i);
    }

    /// <summary>
    /// Checks that a number ends where <see cref="Utf8JsonReader"/> lets it end: at whitespace, a comma, a closing
    /// bracket, a slash (where a comment would start, refused as the next token) or the end of an input that holds
    /// nothing but the number. So <c>01</c>
    /// fails on the number itself rather than reading as <c>0</c> followed by a stray digit. (That reader checks this
    /// after numbers only; after a literal, what follows fails as the next token.)
    /// </summary>
    private readonly int EndOfNumber(int end)
    {
        if (end >= _utf8.Length)
        {
            return _depth == 0 ? end : throw Malformed(end, "The input ends inside an object or an array.");
        }

        if (!IsWhitespace(_utf8[end]) && _utf8[end] is not ((byte)',' or (byte)']' or (byte)'}' or (byte)'/'))
        {
            throw Malformed(end, $"'{Describe(_utf8[end])}' cannot follow a number.");
        }

        return end;
    }

    /// <summary>Skips one digit or more.</summary>
    private readonly int Digits(ReadOnlySpan<byte> utf8, int at)
    {
        if (at >= utf8.Length || !IsDigit(utf8[at]))
        {
            throw at >= utf8.Length
                ? Malformed(at, "The input ends inside a number.")
                : Malformed(at, $"A digit is expected in this number; got '{Describe(utf8[at])}'.");
        }

        do
        {
            at++;
        }
        while (at < utf8.Length && IsDigit(utf8[at]));
        return at;
    }

    /// <summary>Scans a string from its opening quote, checking its escapes; returns the offset after its closing quote.</summary>
    private int ScanString(int at)
    {
        var utf8 = _utf8;
        var start = at + 1;
        var i = utf8[start..].IndexOfAny(StringStops);
        var escaped = false;
        if (i >= 0 && utf8[start + i] != '"')
        {
            escaped = true;
            i = ScanEscaped(start, i);
        }

        if (i < 0)
        {
            throw Malformed(at, "The input ends inside a string.");
        }

        Token(at, start, i, JsonTokenType.None);
        _escaped = escaped;
        return start + i + 1;
    }

    /// <summary>Goes on scanning a string from its first backslash or control character; returns the closing quote's index from the start, or -1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly int ScanEscaped(int start, int i)
    {
        var text = _utf8[start..];
        while (true)
        {
            var b = text[i];
            if (b == '"')
            {
                return i;
            }

            if (b != '\\')
            {
                throw Malformed(start + i, "A control character must be escaped in a string.");
            }

            if (i + 1 >= text.Length)
            {
                return -1;
            }

            switch (text[i + 1])
            {
                case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                    i += 2;
                    break;
                case (byte)'u':
                    if (i + 6 > text.Length)
                    {
                        return -1;
                    }

                    foreach (var hex in text.Slice(i + 2, 4))
                    {
                        if (!char.IsAsciiHexDigit((char)hex))
                        {
                            throw Malformed(start + i, "\\u is followed by four hexadecimal digits.");
                        }
                    }

                    i += 6;
                    break;
                default:
                    throw Malformed(start + i, $"'\\{Describe(text[i + 1])}' is not an escape of JSON.");
            }

            var next = text[i..].IndexOfAny(StringStops);
            if (next < 0)
            {
                return -1;
            }

            i += next;
        }
    }

    /// <summary>Records the current token; a string's type is set by its caller.</summary>
    private void Token(int tokenStart, int valueStart, int valueLength, JsonTokenType type)
    {
        _tokenStart = tokenStart;
        _valueStart = valueStart;
        _valueLength = valueLength;
        _escaped = false;
        if (type != JsonTokenType.None)
        {
            _type = type;
        }
    }

    private static string Describe(byte b) => b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"0x{b:X2}";

    private readonly JsonException Malformed(int at, string message, Exception? inner = null)
    {
        var (line, position) = JsonErrors.Locate(_utf8, at);
        return new JsonException(message, path: null, line, position, inner);
    }
}

using System.Globalization;
using System.Text;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace Alliances.Domain.Tests.Support;

/// <summary>
/// The laws every value with a text form keeps, written once through the parsing and formatting interfaces: what any
/// formatting interface writes, every parsing entry point reads back; and TryParse never throws, agreeing with Parse.
/// </summary>
internal static class TextFormLaws
{
    /// <summary>A culture whose numbers differ from the invariant ones; the text forms must not notice it.</summary>
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Characters that make near misses of the text forms: digits, their separators and marks, space, NUL.</summary>
    private const string Alphabet = "0123456789-./?%eE+ ~\0aZ٣";

    /// <summary>
    /// Formats a value through <see cref="IFormattable"/>, <see cref="ISpanFormattable"/> and
    /// <see cref="IUtf8SpanFormattable"/>, each into a destination of exactly the right size, and parses every output
    /// back through each of <c>Parse</c> and <c>TryParse</c>, with strings and spans.
    /// </summary>
    /// <returns><see langword="true"/> when the three outputs agree and every reading gives <paramref name="expected"/>.</returns>
    public static bool RoundTrips<T>(T value, T expected)
        where T : ISpanParsable<T>, ISpanFormattable, IUtf8SpanFormattable
    {
        var text = value.ToString(null, French);
        var chars = new char[text.Length];
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        if (value.ToString(string.Empty, CultureInfo.InvariantCulture) != text
            || !value.TryFormat(chars, out var charCount, default, French) || charCount != text.Length
            || !value.TryFormat(bytes, out var byteCount, default, French) || byteCount != bytes.Length)
        {
            return false;
        }

        var fromUtf8 = Encoding.UTF8.GetString(bytes);
        return chars.AsSpan().SequenceEqual(text)
            && fromUtf8 == text
            && Same(T.Parse(text, French), expected)
            && Same(T.Parse(chars, French), expected)
            && T.TryParse(fromUtf8, French, out var fromString) && Same(fromString, expected)
            && T.TryParse(Encoding.UTF8.GetString(bytes).AsSpan(), null, out var fromSpan) && Same(fromSpan, expected);
    }

    /// <summary>Checks <see cref="RoundTrips{T}(T, T)"/> for a value that reads back as itself.</summary>
    public static bool RoundTrips<T>(T value)
        where T : ISpanParsable<T>, ISpanFormattable, IUtf8SpanFormattable => RoundTrips(value, value);

    /// <summary>
    /// Checks that formatting into a destination one element too short writes nothing and says so, in characters and
    /// in UTF-8 bytes.
    /// </summary>
    public static bool ReportsShortDestinations<T>(T value)
        where T : ISpanFormattable, IUtf8SpanFormattable
    {
        var text = value.ToString(null, null);
        var chars = new char[text.Length - 1];
        var bytes = new byte[Encoding.UTF8.GetByteCount(text) - 1];
        return !value.TryFormat(chars, out var charCount, default, null) && charCount == 0
            && !value.TryFormat(bytes, out var byteCount, default, null) && byteCount == 0;
    }

    /// <summary>
    /// Checks that TryParse, with a string and with a span, returns without throwing on any text, null included, and
    /// succeeds exactly when Parse does, with the same value; and that Parse fails only as documented: a
    /// <see cref="FormatException"/>, a <see cref="RuleViolationException"/>, or an <see cref="ArgumentNullException"/>
    /// for null.
    /// </summary>
    public static bool TryParseAgreesWithParse<T>(string? text)
        where T : ISpanParsable<T>
    {
        var tried = T.TryParse(text, null, out var fromString);
        var triedSpan = T.TryParse(text.AsSpan(), French, out var fromSpan);
        if (tried != triedSpan || (tried && !Same(fromString!, fromSpan!)))
        {
            return false;
        }

        try
        {
            var parsed = T.Parse(text!, null);
            return tried && Same(parsed, fromString!);
        }
        catch (FormatException)
        {
            return !tried;
        }
        catch (RuleViolationException)
        {
            return !tried;
        }
        catch (ArgumentNullException) when (text is null)
        {
            return !tried;
        }
    }

    /// <summary>
    /// Gets texts to throw at a parser: arbitrary strings, null, the valid texts given, and near misses made from them
    /// by deleting, inserting or replacing one character, or cutting the text short.
    /// </summary>
    public static Arbitrary<string?> Texts(Gen<string> valid) =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string?>(),
            Gen.Constant<string?>(null),
            valid.Select(t => (string?)t),
            NearMisses(valid).Select(t => (string?)t),
            NearMisses(NearMisses(valid)).Select(t => (string?)t)).ToArbitrary();

    private static Gen<string> NearMisses(Gen<string> valid) =>
        from text in valid
        from operation in Gen.Choose(0, 3)
        from at in Gen.Choose(0, text.Length)
        from c in Gen.Elements(Alphabet.ToCharArray())
        select operation switch
        {
            0 when at < text.Length => text.Remove(at, 1),
            1 => text.Insert(at, c.ToString()),
            2 when at < text.Length => string.Concat(text.AsSpan(0, at), c.ToString(), text.AsSpan(at + 1)),
            _ => text[..at],
        };

    private static bool Same<T>(T left, T right) => EqualityComparer<T>.Default.Equals(left, right);
}

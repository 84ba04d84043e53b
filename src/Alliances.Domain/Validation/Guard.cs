using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace Alliances.Domain.Validation;

/// <summary>
/// The one place where public constructors and factories check their arguments against the programme rules.
/// </summary>
internal static class Guard
{
    /// <summary>
    /// White space as ECMA-262 counts it (<c>\s</c>: WhiteSpace and LineTerminator), the notion of the schemas'
    /// patterns, so that a text the library calls blank is exactly one the published schemas refuse. It differs from
    /// <see cref="char.IsWhiteSpace(char)"/>: U+FEFF is white space here, U+0085 is not.
    /// </summary>
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        "\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF");

    /// <summary>
    /// Throws a <see cref="RuleViolationException"/> naming <paramref name="rule"/> when the condition fails, with its
    /// message in English and in French.
    /// </summary>
    internal static void Require(
        [DoesNotReturnIf(false)] bool condition,
        Rule rule,
        string english,
        string french,
        string? paramName = null)
    {
        if (!condition)
        {
            throw Fail(rule, english, french, paramName);
        }
    }

    /// <summary>
    /// Throws a <see cref="RuleViolationException"/> naming <paramref name="rule"/> when the condition fails; the
    /// interpolated messages, in English and in French, are only formatted then.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Require(
        [DoesNotReturnIf(false)] bool condition,
        Rule rule,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref MessageHandler english,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref MessageHandler french,
        string? paramName = null)
    {
        if (!condition)
        {
            throw Fail(rule, english.ToStringAndClear(), french.ToStringAndClear(), paramName);
        }
    }

    /// <summary>Throws the violation that a check found, if any: the form of a check that several sites share.</summary>
    /// <exception cref="RuleViolationException"><paramref name="violation"/> is not null.</exception>
    internal static void Throw(RuleViolation? violation, string? paramName)
    {
        if (violation is not null)
        {
            throw new RuleViolationException(violation, paramName);
        }
    }

    /// <summary>Builds the exception for one broken rule, for callers that throw themselves.</summary>
    internal static RuleViolationException Fail(Rule rule, string english, string french, string? paramName) =>
        new(new RuleViolation(rule, LocalizedText.Message(english, french), "$"), paramName);

    /// <summary>
    /// Checks that a required text is present and not blank (rule TXT001); <paramref name="what"/> and
    /// <paramref name="quoi"/> name it in English and in French, as a message's subject.
    /// </summary>
    internal static string Text(string? value, string what, string quoi, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        Require(!IsBlank(value), Rules.TextRequired, $"{what} is required and may not be blank.", $"{quoi} ne peut pas être vide.", paramName);
        return WellFormed(value, what, quoi, paramName);
    }

    /// <summary>
    /// Checks that a text is well-formed Unicode (rule TXT003): a surrogate without its pair has no UTF-8 form, and a
    /// writer would put U+FFFD in its place, so the text would not read back.
    /// </summary>
    internal static string WellFormed(string value, string what, string quoi, string? paramName)
    {
        var rest = value.AsSpan();
        for (var i = rest.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0; i = rest.IndexOfAnyInRange('\uD800', '\uDFFF'))
        {
            if (Rune.DecodeFromUtf16(rest[i..], out _, out var used) != OperationStatus.Done)
            {
                var at = value.Length - rest.Length + i;
                throw Fail(
                    Rules.TextWellFormed,
                    $"{what} is well-formed Unicode; it holds a lone surrogate at character {at}.",
                    $"{quoi} doit être de l’Unicode bien formé\u202F; ce texte contient un code de substitution (surrogate) isolé au caractère {at}.",
                    paramName);
            }

            rest = rest[(i + used)..];
        }

        return value;
    }

    /// <summary>
    /// Determines whether a text is empty or only white space as ECMA-262's <c>\s</c> counts it (rules TXT001,
    /// TXT002): the schemas' pattern for a text refuses exactly these.
    /// </summary>
    internal static bool IsBlank(string value) => !value.AsSpan().ContainsAnyExcept(WhiteSpace);

    /// <summary>Checks that a reference is present.</summary>
    internal static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    /// <summary>Checks that a list holds no null element.</summary>
    internal static ValueList<T> NoNullElements<T>(
        ValueList<T> items,
        [CallerArgumentExpression(nameof(items))] string? paramName = null)
        where T : class
    {
        var span = items.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] is null)
            {
                throw new ArgumentNullException(paramName, $"The list holds no missing element; element {i} is null.");
            }
        }

        return items;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Alliances.Domain.Validation;

/// <summary>
/// The one place where public constructors and factories check their arguments against the programme rules.
/// </summary>
internal static class Guard
{
    /// <summary>Throws a <see cref="RuleViolationException"/> naming <paramref name="rule"/> when the condition fails.</summary>
    internal static void Require(
        [DoesNotReturnIf(false)] bool condition,
        Rule rule,
        string message,
        string? paramName = null)
    {
        if (!condition)
        {
            throw Fail(rule, message, paramName);
        }
    }

    /// <summary>
    /// Throws a <see cref="RuleViolationException"/> naming <paramref name="rule"/> when the condition fails; the
    /// interpolated message is only formatted then.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Require(
        [DoesNotReturnIf(false)] bool condition,
        Rule rule,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref MessageHandler message,
        string? paramName = null)
    {
        if (!condition)
        {
            throw Fail(rule, message.ToStringAndClear(), paramName);
        }
    }

    /// <summary>Builds the exception for one broken rule, for callers that throw themselves.</summary>
    internal static RuleViolationException Fail(Rule rule, string message, string? paramName) =>
        new(new RuleViolation(rule, message, "$"), paramName);

    /// <summary>Checks that a required text is present and not blank (rule TXT001).</summary>
    internal static string Text(string? value, string what, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        Require(!string.IsNullOrWhiteSpace(value), Rules.TextRequired, $"{what} is required and may not be blank.", paramName);
        return value;
    }

    /// <summary>Checks that a reference is present.</summary>
    internal static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    /// <summary>Checks that a list holds no null element.</summary>
    internal static Collections.ValueList<T> NoNullElements<T>(
        Collections.ValueList<T> items,
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

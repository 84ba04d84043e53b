using System.Runtime.CompilerServices;

namespace Alliances.Domain.Validation;

/// <summary>The slug format of identifiers (rule IDS001).</summary>
internal static class Identifiers
{
    /// <summary>The longest identifier allowed.</summary>
    internal const int MaximumLength = 64;

    /// <summary>Returns the identifier when it is a slug, and throws otherwise.</summary>
    internal static string Check(string? id, [CallerArgumentExpression(nameof(id))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(id, paramName);
        return IsSlug(id) ? id : throw NotASlug(id, paramName);
    }

    /// <summary>Builds the exception for a text that is not a slug, for callers that throw it or wrap it.</summary>
    internal static RuleViolationException NotASlug(string id, string? paramName) =>
        Guard.Fail(
            Rules.IdentifierFormat,
            $"An identifier is a lowercase slug of letters, digits and single inner hyphens, 1 to {MaximumLength} characters long; got '{MessageText.Quote(id)}'.",
            $"Un identifiant s’écrit en minuscules, de lettres, de chiffres et de traits d’union simples intérieurs, de 1 à {MaximumLength} caractères\u202F; valeur reçue\u00A0: '{MessageText.Quote(id)}'.",
            paramName);

    /// <summary>Determines whether a text is a slug: <c>[a-z0-9]+(-[a-z0-9]+)*</c>, 1 to 64 characters.</summary>
    internal static bool IsSlug(ReadOnlySpan<char> id)
    {
        if (id.Length is 0 or > MaximumLength || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}

using System.Text.Json;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Testing;

/// <summary>
/// Assertions about programme rules that work with any test framework: they throw a
/// <see cref="RuleAssertionException"/> with the details, such as
/// <c>expected rule PRG003 to be violated at $.measures[4], but the document is valid</c>.
/// </summary>
public static class RuleAssert
{
    /// <summary>Asserts that a result holds no violation.</summary>
    /// <param name="result">The validation result.</param>
    /// <exception cref="RuleAssertionException">The result holds violations.</exception>
    public static void IsValid(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsValid)
        {
            throw new RuleAssertionException($"expected no rule to be violated, but found:{Environment.NewLine}{result}");
        }
    }

    /// <summary>Asserts that a result holds a violation of a rule, at a path when one is given.</summary>
    /// <param name="result">The validation result.</param>
    /// <param name="code">The rule's code, such as <c>PRG003</c>.</param>
    /// <param name="path">The JSON path of the violation, or <see langword="null"/> for any path.</param>
    /// <exception cref="RuleAssertionException">No such violation is in the result.</exception>
    public static void Violates(ValidationResult result, string code, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Violations.Any(v => v.Code == code && (path is null || v.Path == path)))
        {
            return;
        }

        throw new RuleAssertionException(Expected(code, path) + (result.IsValid
            ? ", but the document is valid"
            : $", but found:{Environment.NewLine}{result}"));
    }

    /// <summary>Asserts that a result holds violations of one rule and of no other.</summary>
    /// <param name="result">The validation result.</param>
    /// <param name="code">The rule's code.</param>
    /// <param name="path">The JSON path of the first violation, or <see langword="null"/> for any path.</param>
    /// <exception cref="RuleAssertionException">The rule is not violated, or another rule is too.</exception>
    public static void ViolatesOnly(ValidationResult result, string code, string? path = null)
    {
        Violates(result, code, path);
        var others = result.Violations.Where(v => v.Code != code).ToList();
        if (others.Count > 0)
        {
            throw new RuleAssertionException($"expected only rule {code} to be violated, but also found:{Environment.NewLine}{string.Join(Environment.NewLine, others)}");
        }
    }

    /// <summary>Asserts that reading a programme document reports a violation of a rule.</summary>
    /// <param name="json">The document.</param>
    /// <param name="code">The rule's code.</param>
    /// <param name="path">The JSON path, or <see langword="null"/> for any path.</param>
    /// <exception cref="RuleAssertionException">The document does not break that rule there.</exception>
    public static void ProgrammeDocumentViolates(string json, string code, string? path = null) =>
        Violates(ProgrammeJson.Validate(json), code, path);

    /// <summary>Asserts that reading a ledger document reports a violation of a rule.</summary>
    /// <param name="json">The document.</param>
    /// <param name="code">The rule's code.</param>
    /// <param name="path">The JSON path, or <see langword="null"/> for any path.</param>
    /// <param name="programmes">The programmes the document may follow; the canonical programme when null.</param>
    /// <exception cref="RuleAssertionException">The document does not break that rule there.</exception>
    public static void LedgerDocumentViolates(string json, string code, string? path = null, IEnumerable<Programme>? programmes = null) =>
        Violates(LedgerJson.Validate(json, programmes), code, path);

    /// <summary>Asserts that an almost-valid document breaks its rule, at its path, and no other rule.</summary>
    /// <param name="document">The document.</param>
    /// <exception cref="RuleAssertionException">It does not.</exception>
    public static void BreaksOnlyItsRule(InvalidDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = document.Kind == DocumentKind.Programme ? ProgrammeJson.Validate(document.Json) : LedgerJson.Validate(document.Json);
        ViolatesOnly(result, document.RuleCode, document.Path);
    }

    /// <summary>Asserts that an action is refused for a rule: by a <see cref="RuleViolationException"/> or a <see cref="JsonException"/> naming it.</summary>
    /// <param name="action">The action.</param>
    /// <param name="code">The rule's code.</param>
    /// <exception cref="RuleAssertionException">The action succeeds, or fails for another reason.</exception>
    public static void Throws(Action action, string code)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            action();
        }
        catch (RuleViolationException e) when (e.Violations.Any(v => v.Code == code))
        {
            return;
        }
        catch (JsonException e) when (e.Message.StartsWith(code + ":", StringComparison.Ordinal))
        {
            return;
        }
        catch (Exception e) when (e is RuleViolationException or JsonException)
        {
            throw new RuleAssertionException($"expected rule {code} to be violated, but the action failed with: {e.Message}", e);
        }

        throw new RuleAssertionException($"expected rule {code} to be violated, but the action succeeded");
    }

    private static string Expected(string code, string? path) =>
        path is null ? $"expected rule {code} to be violated" : $"expected rule {code} to be violated at {path}";
}

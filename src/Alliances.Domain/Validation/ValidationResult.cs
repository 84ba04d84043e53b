
namespace Alliances.Domain.Validation;

/// <summary>
/// The outcome of validating input against the programme rules: every violation found, in a stable order.
/// </summary>
/// <remarks>Equality compares the violations, in order.</remarks>
public sealed record ValidationResult
{
    /// <summary>Initializes a new result.</summary>
    /// <param name="violations">The violations found; empty when the input is valid.</param>
    public ValidationResult(ValueList<RuleViolation> violations)
    {
        Violations = violations;
    }

    /// <summary>Gets a result with no violation.</summary>
    public static ValidationResult Valid { get; } = new([]);

    /// <summary>Gets every violation found, in the order of the input; empty when the input is valid.</summary>
    public ValueList<RuleViolation> Violations { get; }

    /// <summary>Gets a value indicating whether no rule is broken.</summary>
    public bool IsValid => Violations.Count == 0;

    /// <summary>Gets the distinct codes of the rules broken, ordered by code.</summary>
    public ValueList<string> Codes =>
        ValueList.CreateRange(Violations.Select(v => v.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>Throws when any rule is broken.</summary>
    /// <exception cref="RuleViolationException">At least one rule is broken; the exception lists every violation.</exception>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new RuleViolationException(Violations);
        }
    }

    /// <summary>Returns every violation, one per line, or <c>valid</c>.</summary>
    /// <returns>The violations as text.</returns>
    public override string ToString() =>
        IsValid ? "valid" : string.Join(Environment.NewLine, Violations.Select(v => v.ToString()));
}

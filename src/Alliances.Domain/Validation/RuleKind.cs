namespace Alliances.Domain.Validation;

/// <summary>What a rule does: reject input, or state how the library computes or classifies.</summary>
public enum RuleKind
{
    /// <summary>A constraint: input that breaks it is rejected, by an exception or a validation result.</summary>
    Constraint = 0,

    /// <summary>A computation: how the library works out a figure or classifies a state, such as an effect window or a schedule status.</summary>
    Computation = 1,
}

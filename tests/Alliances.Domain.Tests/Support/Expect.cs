using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests.Support;

/// <summary>Assertions on programme rules, shared by the tests.</summary>
internal static class Expect
{
    /// <summary>Asserts that an action breaks exactly the given rule, and that the message names its code.</summary>
    public static RuleViolationException Violation(Action action, Rule rule)
    {
        var exception = action.Should().Throw<RuleViolationException>().Which;
        exception.Rule.Should().Be(rule);
        exception.Message.Should().StartWith(rule.Code + ":");
        exception.Should().BeAssignableTo<ArgumentException>();
        return exception;
    }

    /// <summary>Asserts that a validation result holds exactly the given codes, in any order.</summary>
    public static void Codes(ValidationResult result, params string[] codes) =>
        result.Codes.Should().BeEquivalentTo(codes, because: result.ToString());
}

using System.Globalization;
using System.Text;

namespace Alliances.Domain.Validation;

/// <summary>
/// The exception thrown when a constructor, a factory or <see cref="ValidationResult.ThrowIfInvalid"/> meets input
/// that breaks one or more programme rules.
/// </summary>
/// <remarks>
/// It derives from <see cref="ArgumentException"/>, so callers that treat bad arguments generically still catch it.
/// Its message starts with the code of the first rule broken; <see cref="Violations"/> gives every one. The message
/// has a bounded length whatever the input: it names at most the first 20 violations and counts the rest, and shortens
/// long paths and messages.
/// </remarks>
public sealed class RuleViolationException : ArgumentException
{
    /// <summary>Initializes a new exception for one violation.</summary>
    /// <param name="violation">The violation.</param>
    /// <param name="paramName">The name of the parameter that holds the bad value, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="violation"/> is null.</exception>
    public RuleViolationException(RuleViolation violation, string? paramName = null)
        : this([violation ?? throw new ArgumentNullException(nameof(violation))], paramName)
    {
    }

    /// <summary>Initializes a new exception for one or more violations.</summary>
    /// <param name="violations">The violations, at least one.</param>
    /// <param name="paramName">The name of the parameter that holds the bad value, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="violations"/> is empty.</exception>
    public RuleViolationException(ValueList<RuleViolation> violations, string? paramName = null)
        : base(Describe(violations), paramName)
    {
        Violations = violations;
    }

    /// <summary>Gets every violation, in the order they were found; never empty.</summary>
    public ValueList<RuleViolation> Violations { get; }

    /// <summary>Gets the first violation.</summary>
    public RuleViolation Violation => Violations[0];

    /// <summary>Gets the first rule broken.</summary>
    public Rule Rule => Violations[0].Rule;

    private static string Describe(ValueList<RuleViolation> violations)
    {
        if (violations.Count == 0)
        {
            throw new ArgumentException("A rule violation exception reports at least one violation.", nameof(violations));
        }

        if (violations.Count == 1)
        {
            var only = violations[0];
            return only.Path == "$" ? $"{only.Code}: {MessageText.Shorten(only.Message, MessageText.MessageLength)}" : $"{only.Code}: {MessageText.Shorten(only.Message, MessageText.MessageLength)} (at {MessageText.Path(only.Path)})";
        }

        // A million violations keep a message of a few lines: the first are named, the rest counted.
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{violations.Count} programme rules are broken:"));
        var listed = Math.Min(violations.Count, MessageText.ListedViolations);
        for (var i = 0; i < listed; i++)
        {
            var v = violations[i];
            text.AppendLine().Append("  ").Append(MessageText.Path(v.Path)).Append(": ").Append(v.Code).Append(' ')
                .Append(MessageText.Shorten(v.Message, MessageText.MessageLength));
        }

        if (violations.Count > listed)
        {
            text.AppendLine().Append(string.Create(CultureInfo.InvariantCulture, $"  … and {violations.Count - listed:N0} more"));
        }

        return text.ToString();
    }
}

namespace Alliances.Domain.Testing;

/// <summary>
/// The exception <see cref="RuleAssert"/> throws when an expectation about a rule fails. Any test framework reports it
/// as a failure with its message.
/// </summary>
public sealed class RuleAssertionException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    public RuleAssertionException()
    {
    }

    /// <summary>Initializes a new exception with a message.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public RuleAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new exception with a message and a cause.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The cause.</param>
    public RuleAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

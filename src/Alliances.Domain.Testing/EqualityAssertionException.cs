namespace Alliances.Domain.Testing;

/// <summary>
/// The exception <see cref="EqualityAssert"/> throws when a type breaks the contract of equality or ordering. Any test
/// framework reports it as a failure with its message, which lists every broken part of the contract.
/// </summary>
public sealed class EqualityAssertionException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    public EqualityAssertionException()
    {
    }

    /// <summary>Initializes a new exception with a message.</summary>
    /// <param name="message">The type and the parts of the contract it breaks.</param>
    public EqualityAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new exception with a message and a cause.</summary>
    /// <param name="message">The type and the parts of the contract it breaks.</param>
    /// <param name="innerException">The cause.</param>
    public EqualityAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

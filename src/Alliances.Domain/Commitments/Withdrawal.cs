using System.Text.Json.Serialization;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>The withdrawal of a commitment: the day from which it no longer holds, and why.</summary>
/// <remarks>Equality compares the day and the reason.</remarks>
[JsonConverter(typeof(WithdrawalJsonConverter))]
public sealed record Withdrawal
{
    /// <summary>Initializes a new withdrawal.</summary>
    /// <param name="date">The first day on which the commitment no longer holds.</param>
    /// <param name="reason">Why the actor withdrew.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="RuleViolationException">The day is outside the ISO calendar or years 1–9999 (DAT002, DAT003).</exception>
    public Withdrawal(LocalDate date, LocalizedText reason)
    {
        Date = IsoDates.Check(date, nameof(date));
        Reason = Guard.NotNull(reason);
    }

    /// <summary>Gets the first day on which the commitment no longer holds.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets why the actor withdrew.</summary>
    public LocalizedText Reason { get; }
}

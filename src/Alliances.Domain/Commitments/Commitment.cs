using System.Text.Json.Serialization;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// An actor's commitment to a measure: who takes it on, in what role, from which day and, optionally, until which day;
/// and, once withdrawn, when and why.
/// </summary>
/// <remarks>
/// <para>
/// A commitment holds on every day from <see cref="From"/> to <see cref="Until"/> inclusive (without an end, on every
/// day from <see cref="From"/> on), except from the day of its <see cref="Withdrawal"/> on. A withdrawal never erases
/// it: <see cref="Withdraw"/> returns the same commitment with its withdrawal, and what held before that day still did.
/// </para>
/// <para>
/// A commitment checks its own days (rules COM001, COM002); a ledger checks it against its programme (LED001, COM003,
/// COM006) and its other commitments (COM004, COM005). Equality compares every property.
/// </para>
/// </remarks>
[JsonConverter(typeof(CommitmentJsonConverter))]
public sealed record Commitment
{
    /// <summary>Initializes a new commitment.</summary>
    /// <param name="actor">Who takes the measure on.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="role">The part the actor takes.</param>
    /// <param name="from">The first day the commitment holds.</param>
    /// <param name="until">The last day it holds, on or after <paramref name="from"/> (rule COM001); <see langword="null"/> when open-ended.</param>
    /// <param name="withdrawal">The withdrawal, dated from <paramref name="from"/> to <paramref name="until"/> (rule COM002); <see langword="null"/> while the commitment stands.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined value.</exception>
    /// <exception cref="RuleViolationException">
    /// The last day is before the first (COM001), the withdrawal is outside the commitment's days (COM002), or a day is
    /// outside the ISO calendar or years 1–9999 (DAT002, DAT003).
    /// </exception>
    public Commitment(Actor actor, MeasureNumber measure, CommitmentRole role, LocalDate from, LocalDate? until = null, Withdrawal? withdrawal = null)
    {
        Actor = Guard.NotNull(actor);
        Measure = measure;
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "A commitment's role is one of the values of CommitmentRole.");
        }

        Role = role;
        From = IsoDates.Check(from, nameof(from));
        if (until is { } last)
        {
            IsoDates.Check(last, nameof(until));
            Guard.Require(last >= from, Rules.CommitmentEndNotBeforeStart, $"A commitment's last day is on or after its first day; got {DateText.Iso(from)} to {DateText.Iso(last)}.", $"Le dernier jour d’un engagement est le jour de son début ou après\u202F; reçu du {DateText.Iso(from)} au {DateText.Iso(last)}.", nameof(until));
        }

        Until = until;
        if (withdrawal is not null)
        {
            Guard.Require(
                withdrawal.Date >= from && (until is not { } end || withdrawal.Date <= end),
                Rules.WithdrawalWithinCommitment,
                $"A commitment is withdrawn within its days; got a withdrawal on {DateText.Iso(withdrawal.Date)} of a commitment from {DateText.Iso(from)}{(until is { } e ? " to " + DateText.Iso(e) : " on")}.",
                $"Un engagement est retiré pendant sa durée\u202F; reçu un retrait le {DateText.Iso(withdrawal.Date)} d’un engagement {(until is { } f ? "du " + DateText.Iso(from) + " au " + DateText.Iso(f) : "à partir du " + DateText.Iso(from))}.",
                nameof(withdrawal));
        }

        Withdrawal = withdrawal;
    }

    /// <summary>Gets who takes the measure on.</summary>
    public Actor Actor { get; }

    /// <summary>Gets the measure.</summary>
    public MeasureNumber Measure { get; }

    /// <summary>Gets the part the actor takes.</summary>
    public CommitmentRole Role { get; }

    /// <summary>Gets the first day the commitment holds.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last day the commitment holds, or <see langword="null"/> when it is open-ended.</summary>
    public LocalDate? Until { get; }

    /// <summary>Gets the withdrawal, or <see langword="null"/> while the commitment stands.</summary>
    public Withdrawal? Withdrawal { get; }

    /// <summary>Gets the last day the commitment holds, withdrawal included: <see langword="null"/> when open-ended and not withdrawn.</summary>
    /// <remarks>A commitment withdrawn on its first day never holds, and its last day is the day before <see cref="From"/>.</remarks>
    public LocalDate? LastDayHeld => Withdrawal is { } w ? w.Date.PlusDays(-1) : Until;

    /// <summary>Determines whether the commitment holds on a day: from its first day to its last, and before its withdrawal.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when the commitment holds on that day.</returns>
    public bool HoldsOn(LocalDate date) => date >= From && (LastDayHeld is not { } last || date <= last);

    /// <summary>Returns this commitment withdrawn from a day on, with the reason kept.</summary>
    /// <param name="date">The first day on which the commitment no longer holds, from <see cref="From"/> to <see cref="Until"/> (rule COM002).</param>
    /// <param name="reason">Why the actor withdrew.</param>
    /// <returns>The withdrawn commitment; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The commitment is already withdrawn.</exception>
    /// <exception cref="RuleViolationException">The day is outside the commitment's days (COM002).</exception>
    public Commitment Withdraw(LocalDate date, LocalizedText reason)
    {
        if (Withdrawal is { } earlier)
        {
            throw new InvalidOperationException($"The commitment was already withdrawn on {DateText.Iso(earlier.Date)}; a withdrawal is kept, never replaced.");
        }

        return new Commitment(Actor, Measure, Role, From, Until, new Withdrawal(date, reason));
    }

    /// <summary>Returns the commitment as text, such as <c>Le RAMEAU lead of measure 9 from 2020-06-05</c>.</summary>
    /// <returns>The commitment as text.</returns>
    public override string ToString() =>
        $"{Actor} {Role.ToString().ToLowerInvariant()} of measure {Measure} from {DateText.Iso(From)}{(Until is { } end ? " to " + DateText.Iso(end) : "")}{(Withdrawal is { } w ? ", withdrawn on " + DateText.Iso(w.Date) : "")}";
}

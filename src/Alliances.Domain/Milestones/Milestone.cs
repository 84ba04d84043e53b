using System.Globalization;
using Alliances.Domain.Dates;
using Alliances.Domain.Text;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Milestones;

/// <summary>
/// A dated step in sharing a programme's results: an event with a title, a kind, where it is held when known, and a
/// date that may be imprecise or still to be confirmed.
/// </summary>
/// <remarks>
/// Sequence numbers order the milestones as the source lists them; within a programme they run from 1 without a gap
/// (rules PRG008, PRG009). Equality compares every property.
/// </remarks>
public sealed record Milestone
{
    /// <summary>Initializes a new milestone.</summary>
    /// <param name="sequence">The position of the milestone in its programme's list, 1 or more (rule MIL001).</param>
    /// <param name="title">What happens, such as "Visite inspirante à Marseille".</param>
    /// <param name="kind">What kind of event it is.</param>
    /// <param name="date">When it happens, as precisely as known.</param>
    /// <param name="place">The town or place where it is held, or <see langword="null"/> when unknown or online; when given, not blank (TXT001).</param>
    /// <param name="hostEvent">The larger event that hosts it, or <see langword="null"/> when none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="date"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    /// <exception cref="RuleViolationException"><paramref name="sequence"/> is below 1 (MIL001), or <paramref name="place"/> is blank (TXT001).</exception>
    public Milestone(
        int sequence,
        LocalizedText title,
        MilestoneKind kind,
        ImpreciseDate date,
        string? place = null,
        LocalizedText? hostEvent = null)
    {
        Guard.Require(sequence >= 1, Rules.MilestoneSequencePositive, $"A milestone's sequence number is 1 or more; got {sequence}.", nameof(sequence));
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A milestone kind is one of the values of MilestoneKind.");
        }

        Sequence = sequence;
        Title = Guard.NotNull(title);
        Kind = kind;
        Date = Guard.NotNull(date);
        Place = place is null ? null : Guard.Text(place, "A milestone's place, when given,");
        HostEvent = hostEvent;
    }

    /// <summary>Gets the position of the milestone in its programme's list, from 1.</summary>
    public int Sequence { get; }

    /// <summary>Gets what happens.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets what kind of event it is.</summary>
    public MilestoneKind Kind { get; }

    /// <summary>Gets when it happens, as precisely as known.</summary>
    public ImpreciseDate Date { get; }

    /// <summary>Gets the town or place where it is held, or <see langword="null"/> when unknown or online.</summary>
    public string? Place { get; }

    /// <summary>Gets the larger event that hosts it, or <see langword="null"/> when none.</summary>
    public LocalizedText? HostEvent { get; }

    /// <summary>Returns a copy with another sequence number, as when the milestone joins another programme's list.</summary>
    /// <param name="sequence">The new sequence number, 1 or more.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="RuleViolationException"><paramref name="sequence"/> is below 1 (MIL001).</exception>
    public Milestone WithSequence(int sequence) => new(sequence, Title, Kind, Date, Place, HostEvent);

    /// <summary>Returns the sequence, the date and the French title, such as <c>#3 8 July 2020: …</c>.</summary>
    /// <returns>The milestone as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"#{Sequence} {Date}: {Title.French}");
}

using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>One change of a milestone's date: the date it had before, whether it was confirmed or moved, and why.</summary>
/// <remarks>Equality compares every property.</remarks>
[JsonConverter(typeof(MilestoneDateChangeJsonConverter))]
public sealed record MilestoneDateChange
{
    /// <summary>Initializes a new change.</summary>
    /// <param name="previous">The date the milestone had before the change.</param>
    /// <param name="kind">Whether the date was confirmed or rescheduled.</param>
    /// <param name="reason">Why; required for a reschedule (rule MIL003), optional for a confirmation; never blank when given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="previous"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    /// <exception cref="RuleViolationException">A reschedule gives no reason (MIL003), or a reason is blank (TXT001).</exception>
    public MilestoneDateChange(ImpreciseDate previous, MilestoneDateChangeKind kind, string? reason = null)
    {
        Previous = Guard.NotNull(previous);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A date change is a confirmation or a reschedule.");
        }

        Guard.Require(
            kind != MilestoneDateChangeKind.Rescheduled || reason is not null,
            Rules.RescheduleExplained,
            "A reschedule gives its reason; got none.",
            "Un report de date donne son motif\u202F; aucun n’est donné.",
            nameof(reason));
        Kind = kind;
        Reason = reason is null ? null : Guard.Text(reason, "The reason for a date change, when given,", "Le motif d’un changement de date, s’il est donné,");
    }

    /// <summary>
    /// Checks that a reschedule moves a date somewhere else (MIL003), wherever one is made or recorded.
    /// </summary>
    /// <param name="from">The date before.</param>
    /// <param name="to">The date after.</param>
    /// <returns>The violation, or null.</returns>
    internal static RuleViolation? CheckMove(ImpreciseDate from, ImpreciseDate to) =>
        to != from
            ? null
            : new(
                Rules.RescheduleExplained,
                $"A reschedule moves a milestone to a different date; it is already {from.ToNaturalText(Language.English)}.",
                $"Un report déplace une étape à une autre date\u202F; elle est déjà {from.ToNaturalText(Language.French)}.",
                "$");

    /// <summary>Gets the date the milestone had before the change.</summary>
    public ImpreciseDate Previous { get; }

    /// <summary>Gets whether the date was confirmed or rescheduled.</summary>
    public MilestoneDateChangeKind Kind { get; }

    /// <summary>Gets why the date changed; always present for a reschedule.</summary>
    public string? Reason { get; }
}

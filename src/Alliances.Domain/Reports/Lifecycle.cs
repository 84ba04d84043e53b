using Alliances.Domain.Validation;

namespace Alliances.Domain.Progress;

/// <summary>
/// The moves between lifecycle statuses that reports may record (rule LIF001).
/// </summary>
/// <remarks>
/// <para>
/// Not started → in progress → effects observed → completed. Suspended is entered from in progress or effects observed
/// and leads back to in progress. Cancelled is reached from any status but completed and cancelled, and is terminal, as
/// completed is. A report may repeat the status of the one before it: that records no move.
/// </para>
/// <para>Every measure starts as not started, so its first report may say not started, in progress or cancelled.</para>
/// </remarks>
public static class Lifecycle
{
    /// <summary>Gets the status every measure has before its first report.</summary>
    public const LifecycleStatus Initial = LifecycleStatus.NotStarted;

    /// <summary>Determines whether a report may move a measure from one status to another.</summary>
    /// <param name="from">The status of the previous report, or <see cref="Initial"/>.</param>
    /// <param name="to">The status of the next report.</param>
    /// <returns><see langword="true"/> when the move is allowed, or when the status does not change.</returns>
    public static bool CanMove(LifecycleStatus from, LifecycleStatus to) =>
        from == to || (from, to) switch
        {
            (LifecycleStatus.NotStarted, LifecycleStatus.InProgress) => true,
            (LifecycleStatus.InProgress, LifecycleStatus.EffectsObserved) => true,
            (LifecycleStatus.EffectsObserved, LifecycleStatus.Completed) => true,
            (LifecycleStatus.InProgress, LifecycleStatus.Suspended) => true,
            (LifecycleStatus.EffectsObserved, LifecycleStatus.Suspended) => true,
            (LifecycleStatus.Suspended, LifecycleStatus.InProgress) => true,
            (_, LifecycleStatus.Cancelled) => !IsTerminal(from) && Enum.IsDefined(from),
            _ => false,
        };

    /// <summary>Determines whether a status is terminal: completed or cancelled.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for completed and cancelled.</returns>
    public static bool IsTerminal(LifecycleStatus status) => status is LifecycleStatus.Completed or LifecycleStatus.Cancelled;

    /// <summary>Determines whether a status means work has started: anything but not started.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> unless <paramref name="status"/> is not started.</returns>
    public static bool HasStarted(LifecycleStatus status) => status != LifecycleStatus.NotStarted;

    /// <summary>Throws when a move is not allowed.</summary>
    /// <param name="from">The status before.</param>
    /// <param name="to">The status after.</param>
    /// <exception cref="RuleViolationException">The move is not allowed (LIF001).</exception>
    public static void RequireMove(LifecycleStatus from, LifecycleStatus to) => Guard.Throw(Check(from, to, PartPath.Root), nameof(to));

    /// <summary>Checks a move (LIF001), wherever a status changes: no violation when the lifecycle allows it.</summary>
    /// <param name="from">The status before.</param>
    /// <param name="to">The status after.</param>
    /// <param name="path">The path of the status that moves, for the violation.</param>
    /// <returns>The violation, or null.</returns>
    internal static RuleViolation? Check(LifecycleStatus from, LifecycleStatus to, PartPath path) =>
        CanMove(from, to)
            ? null
            : new(
                Rules.LifecycleTransition,
                $"A measure's status moves only along its lifecycle; {from} cannot be followed by {to}.",
                $"Le statut d’une mesure ne suit que son cycle de vie\u202F; «\u00A0{from.DisplayName().French}\u00A0» ne peut être suivi de «\u00A0{to.DisplayName().French}\u00A0».",
                path.ToString());
}

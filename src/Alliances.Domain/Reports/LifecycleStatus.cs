using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Progress;

/// <summary>
/// Where a measure is in its life: not started, in progress, effects observed, completed, with suspension and
/// cancellation on the side. <see cref="Lifecycle"/> says which moves are allowed (rule LIF001).
/// </summary>
[JsonConverter(typeof(LifecycleStatusJsonConverter))]
public enum LifecycleStatus
{
    /// <summary>Work on the measure has not started. Every measure starts here.</summary>
    NotStarted = 0,

    /// <summary>Work has started.</summary>
    InProgress = 1,

    /// <summary>First effects have been observed.</summary>
    EffectsObserved = 2,

    /// <summary>The measure is done. Terminal.</summary>
    Completed = 3,

    /// <summary>Work is paused; it can only resume, back to in progress.</summary>
    Suspended = 4,

    /// <summary>The measure was abandoned. Terminal; it leaves the averages and is reported apart.</summary>
    Cancelled = 5,
}

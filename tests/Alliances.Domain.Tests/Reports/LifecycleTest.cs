using Alliances.Domain.Progress;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using static Alliances.Domain.Progress.LifecycleStatus;

namespace Alliances.Domain.Tests.Reports;

public class LifecycleTest
{
    /// <summary>Every pair of statuses, and whether a report may move from the first to the second.</summary>
    public static TheoryData<LifecycleStatus, LifecycleStatus, bool> Moves => new()
    {
        { NotStarted, NotStarted, true }, { NotStarted, InProgress, true }, { NotStarted, EffectsObserved, false },
        { NotStarted, Completed, false }, { NotStarted, Suspended, false }, { NotStarted, Cancelled, true },
        { InProgress, NotStarted, false }, { InProgress, InProgress, true }, { InProgress, EffectsObserved, true },
        { InProgress, Completed, false }, { InProgress, Suspended, true }, { InProgress, Cancelled, true },
        { EffectsObserved, NotStarted, false }, { EffectsObserved, InProgress, false }, { EffectsObserved, EffectsObserved, true },
        { EffectsObserved, Completed, true }, { EffectsObserved, Suspended, true }, { EffectsObserved, Cancelled, true },
        { Completed, NotStarted, false }, { Completed, InProgress, false }, { Completed, EffectsObserved, false },
        { Completed, Completed, true }, { Completed, Suspended, false }, { Completed, Cancelled, false },
        { Suspended, NotStarted, false }, { Suspended, InProgress, true }, { Suspended, EffectsObserved, false },
        { Suspended, Completed, false }, { Suspended, Suspended, true }, { Suspended, Cancelled, true },
        { Cancelled, NotStarted, false }, { Cancelled, InProgress, false }, { Cancelled, EffectsObserved, false },
        { Cancelled, Completed, false }, { Cancelled, Suspended, false }, { Cancelled, Cancelled, true },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void CanMove_FollowsTheLifecycle(LifecycleStatus from, LifecycleStatus to, bool allowed)
    {
        Lifecycle.CanMove(from, to).Should().Be(allowed);
        if (allowed)
        {
            FluentActions.Invoking(() => Lifecycle.RequireMove(from, to)).Should().NotThrow();
        }
        else
        {
            Expect.Violation(() => Lifecycle.RequireMove(from, to), Rules.LifecycleTransition);
        }
    }

    [Fact]
    public void Moves_CoverEveryPair()
    {
        var statuses = Enum.GetValues<LifecycleStatus>();
        var pairs = statuses.SelectMany(from => statuses.Select(to => (from, to)));

        Moves.Select(row => ((LifecycleStatus)row[0], (LifecycleStatus)row[1])).Should().BeEquivalentTo(pairs, "the table gives every pair of statuses exactly once");
    }

    [Fact]
    public void TerminalStatuses_AreCompletedAndCancelled() =>
        Enum.GetValues<LifecycleStatus>().Where(Lifecycle.IsTerminal).Should().Equal(Completed, Cancelled);

    [Fact]
    public void EveryMeasure_StartsNotStarted() => Lifecycle.Initial.Should().Be(NotStarted);
}

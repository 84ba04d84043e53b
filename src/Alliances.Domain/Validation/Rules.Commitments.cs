namespace Alliances.Domain.Validation;

public static partial class Rules
{
    /// <summary>COM001: A commitment's last day, when it has one, is on or after its first day.</summary>
    public static Rule CommitmentEndNotBeforeStart { get; } = new("COM001", "A commitment's last day, when it has one, is on or after its first day.");

    /// <summary>COM002: A commitment is withdrawn on or after its first day and, when it has a last day, on or before that day.</summary>
    public static Rule WithdrawalWithinCommitment { get; } = new("COM002", "A commitment is withdrawn on or after its first day and, when it has a last day, on or before that day.");

    /// <summary>COM003: A commitment's days (its first day, its last day and its withdrawal) lie within the programme's life: from the ledger's launch to the last day of its core-results window.</summary>
    public static Rule CommitmentWithinProgrammeLife { get; } = new("COM003", "A commitment's days (its first day, its last day and its withdrawal) lie within the programme's life: from the ledger's launch to the last day of its core-results window.");

    /// <summary>COM004: A measure has at most one lead on any day, unless the ledger allows co-leads.</summary>
    public static Rule OneLeadPerMeasure { get; } = new("COM004", "A measure has at most one lead on any day, unless the ledger allows co-leads.");

    /// <summary>COM005: No two commitments of a ledger are the same: the same actor, measure, role, days and withdrawal.</summary>
    public static Rule CommitmentsUnique { get; } = new("COM005", "No two commitments of a ledger are the same: the same actor, measure, role, days and withdrawal.");

    /// <summary>COM006: A world that commits to a measure is one of the worlds the programme brings together.</summary>
    public static Rule CommittedWorldKnown { get; } = new("COM006", "A world that commits to a measure is one of the worlds the programme brings together.");

    /// <summary>COM007: A measure is without a lead at a date when it is neither cancelled nor completed and no lead's commitment to it holds that day; a rollup lists such measures by number.</summary>
    public static Rule MeasureWithoutLead { get; } = new("COM007", "A measure is without a lead at a date when it is neither cancelled nor completed and no lead's commitment to it holds that day; a rollup lists such measures by number.", RuleKind.Computation);
}

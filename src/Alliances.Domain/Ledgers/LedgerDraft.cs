using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// The parts of a ledger before the ledger rules have been checked across them: what <see cref="Ledger.Validate"/> reads
/// and <see cref="Ledger.Create"/> and <see cref="Ledger.TryCreate"/> build from.
/// </summary>
/// <remarks>
/// Each part is already a valid value on its own; what a draft can still get wrong is how they fit together with
/// the programme: a report on a measure the programme lacks, two reports on one day, a report before launch, a move
/// the lifecycle forbids. Validation reports every breach at once, with JSON paths over the ledger document
/// (<c>$.reports[12].status</c>). A draft is immutable once initialized; <c>with</c> makes variants of it.
/// </remarks>
public sealed record LedgerDraft
{
    /// <summary>Gets the programme the ledger follows.</summary>
    public required Programme Programme { get; init; }

    /// <summary>Gets the territory, or <see langword="null"/> for a national ledger.</summary>
    public Territory? Territory { get; init; }

    /// <summary>Gets the ledger's own launch date, or <see langword="null"/> to use the programme's.</summary>
    public LocalDate? LaunchDate { get; init; }

    /// <summary>Gets the reports, in any order.</summary>
    public ValueList<MeasureReport> Reports { get; init; }

    /// <summary>Gets the indicators.</summary>
    public ValueList<Indicator> Indicators { get; init; }

    /// <summary>Gets the observations of the indicators, in any order.</summary>
    public ValueList<Observation> Observations { get; init; }

    /// <summary>Gets the measures' own planned starts and ends.</summary>
    public ValueList<MeasurePlan> Plans { get; init; }

    /// <summary>Gets who has committed to which measure, in what role and when, withdrawn commitments included, in any order.</summary>
    public ValueList<Commitment> Commitments { get; init; }

    /// <summary>
    /// Gets a value indicating whether a measure may have several leads on one day; by default it may not (rule COM004).
    /// </summary>
    /// <remarks>
    /// The allowance belongs to the follow-up that agrees who does what, national or territorial, not to the programme:
    /// the 2020 programme says nothing of leads, and one territory may share a lead where another does not.
    /// </remarks>
    public bool AllowsCoLeads { get; init; }

    /// <summary>
    /// Gets the milestones the ledger adds to its programme's base, in any order: a territory's own events, numbered on
    /// from the base's (rule LED009) and within the programme's life (rule LED010).
    /// </summary>
    public ValueList<Milestone> Milestones { get; init; }

    /// <summary>
    /// Gets how the ledger is rolled up unless a caller says otherwise: the weights of measures and dimensions (PRO003),
    /// the unknown policy (PRO004) and the on-track tolerance (PRO010); <see cref="ProgressOptions.Default"/> unless
    /// set. Its weights name measures and dimensions of the programme, each once (LED011).
    /// </summary>
    public ProgressOptions RollupSettings { get; init; } = ProgressOptions.Default;
}

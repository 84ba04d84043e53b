using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Progress;

// Who does what: the commitments that hold on a day, by measure and by actor.
public sealed partial class Ledger
{
    /// <summary>Gets the commitments to a measure that hold on a day, in the order the ledger gives them.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The commitments; empty when none holds on that day.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public ValueList<Commitment> CommitmentsOf(MeasureNumber measure, LocalDate asOf) =>
        TryGetCommitmentsOf(measure, asOf, out var commitments) ? commitments : throw Programme.NoMeasure(measure);

    /// <summary>Gets the commitments to a measure that hold on a day, when the programme has the measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="commitments">The commitments, empty when none holds; empty when the programme lacks the measure.</param>
    /// <returns><see langword="true"/> when the programme has the measure, whether or not anyone has committed to it.</returns>
    public bool TryGetCommitmentsOf(MeasureNumber measure, LocalDate asOf, out ValueList<Commitment> commitments)
    {
        commitments = Programme.HasMeasure(measure) ? Holding(measure, asOf, role: null) : [];
        return Programme.HasMeasure(measure);
    }

    /// <summary>Gets the leads of a measure on a day: one at most, unless the ledger allows co-leads (rule COM004).</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The leads; empty when the measure has no lead that day.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public ValueList<Actor> LeadsOf(MeasureNumber measure, LocalDate asOf) =>
        TryGetLeadsOf(measure, asOf, out var leads) ? leads : throw Programme.NoMeasure(measure);

    /// <summary>Gets the leads of a measure on a day, when the programme has the measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="leads">The leads, empty when the measure has none that day; empty when the programme lacks the measure.</param>
    /// <returns><see langword="true"/> when the programme has the measure, whether or not it has a lead.</returns>
    public bool TryGetLeadsOf(MeasureNumber measure, LocalDate asOf, out ValueList<Actor> leads) =>
        TryGetActors(measure, asOf, CommitmentRole.Lead, out leads);

    /// <summary>Gets the contributors to a measure on a day, each once, in the order the ledger gives them.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The actors committed as contributors; empty when there is none that day.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public ValueList<Actor> ContributorsOf(MeasureNumber measure, LocalDate asOf) =>
        TryGetContributorsOf(measure, asOf, out var contributors) ? contributors : throw Programme.NoMeasure(measure);

    /// <summary>Gets the contributors to a measure on a day, when the programme has the measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="contributors">The contributors, empty when there is none that day; empty when the programme lacks the measure.</param>
    /// <returns><see langword="true"/> when the programme has the measure, whether or not it has contributors.</returns>
    public bool TryGetContributorsOf(MeasureNumber measure, LocalDate asOf, out ValueList<Actor> contributors) =>
        TryGetActors(measure, asOf, CommitmentRole.Contributor, out contributors);

    /// <summary>Gets the measures an actor is committed to on a day, in any role, each once, by number.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The measures; empty when the actor holds no commitment that day, or has never committed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public ValueList<MeasureNumber> MeasuresOf(Actor actor, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ValueList.CreateRange(_commitments.Where(c => c.Actor.Equals(actor) && c.HoldsOn(asOf)).Select(c => c.Measure).Distinct().Order());
    }

    /// <summary>Returns the ledger with one more commitment, checked against every ledger rule.</summary>
    /// <param name="commitment">The commitment.</param>
    /// <returns>The new ledger; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is null.</exception>
    /// <exception cref="RuleViolationException">The commitment breaks LED001 or a commitment rule (COM003–COM006).</exception>
    public Ledger WithCommitment(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var draft = ToDraft();
        return Create(draft with { Commitments = [.. draft.Commitments, commitment] });
    }

    private bool TryGetActors(MeasureNumber measure, LocalDate asOf, CommitmentRole role, out ValueList<Actor> actors)
    {
        actors = Programme.HasMeasure(measure) ? ValueList.CreateRange(Holding(measure, asOf, role).Select(c => c.Actor).Distinct()) : [];
        return Programme.HasMeasure(measure);
    }

    private ValueList<Commitment> Holding(MeasureNumber measure, LocalDate asOf, CommitmentRole? role) =>
        ValueList.CreateRange(_commitments.Where(c => c.Measure == measure && (role is null || c.Role == role) && c.HoldsOn(asOf)));
}

using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// The rules on a ledger's commitments taken together, each checked here and only here: the days within the
/// programme's life (COM003), one lead per measure on any day (COM004), no commitment twice (COM005), and a committing
/// world that the programme brings together (COM006). The measure is checked with the ledger's other parts (LED001).
/// </summary>
internal static class CommitmentRules
{
    /// <summary>Checks a draft's commitments; returns the ones that may be kept, in the draft's order.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="life">The programme's life from the ledger's launch, or <see langword="null"/> when the launch is itself invalid.</param>
    /// <param name="commitments">The draft's commitments.</param>
    /// <param name="allowsCoLeads">Whether a measure may have several leads on one day.</param>
    /// <param name="found">Where the violations go.</param>
    internal static Commitment[] Check(Programme programme, DateInterval? life, ValueList<Commitment> commitments, bool allowsCoLeads, List<RuleViolation> found)
    {
        var kept = new List<Commitment>(commitments.Count);
        var seen = new HashSet<Commitment>();
        var leads = new List<Commitment>();
        for (var i = 0; i < commitments.Count; i++)
        {
            var commitment = commitments[i];
            var path = new PartPath("$.commitments", i, "");
            if (LedgerRules.Present(commitment, path) is { } missing)
            {
                found.Add(missing);
                continue;
            }

            if (LedgerRules.MeasureKnown(programme, commitment.Measure, "commitment", "engagement", path.At(".measure")) is { } unknown)
            {
                found.Add(unknown);
                continue;
            }

            if (!seen.Add(commitment))
            {
                found.Add(new RuleViolation(Rules.CommitmentsUnique, $"No two commitments of a ledger are the same; {commitment} appears twice.", $"Deux engagements d’un registre ne sont jamais identiques\u202F; celui de {commitment.Actor}, {commitment.Role.DisplayName().French} de la mesure {commitment.Measure} à partir du {DateText.Iso(commitment.From)}{(commitment.Until is { } until ? " jusqu’au " + DateText.Iso(until) : string.Empty)}{(commitment.Withdrawal is { } withdrawn ? ", retiré le " + DateText.Iso(withdrawn.Date) : string.Empty)}, apparaît deux fois.", path.ToString()));
                continue;
            }

            if (commitment.Actor is WorldActor { World: var world } && !programme.Worlds.Contains(world))
            {
                found.Add(new RuleViolation(Rules.CommittedWorldKnown, $"A world that commits is one the programme brings together; {programme.Id} has no world '{MessageText.Quote(world.Id)}'.", $"Un monde qui s’engage est l’un de ceux que le programme réunit\u202F; {programme.Id} n’a pas de monde '{MessageText.Quote(world.Id)}'.", path.At(".actor").ToString()));
            }

            if (life is not null && OutsideLife(commitment, life) is ({ } day, { } member))
            {
                found.Add(new RuleViolation(Rules.CommitmentWithinProgrammeLife, $"A commitment's days lie within the programme's life, {DateText.Iso(life.Start)} to {DateText.Iso(life.End)}; this one has {DateText.Iso(day)}.", $"Les jours d’un engagement tiennent dans la vie du programme, du {DateText.Iso(life.Start)} au {DateText.Iso(life.End)}\u202F; celui-ci compte le {DateText.Iso(day)}.", path.At(member).ToString()));
            }

            // A lead withdrawn on its first day never holds, so it overlaps no other: Overlap finds no shared day.
            if (!allowsCoLeads && commitment.Role == CommitmentRole.Lead)
            {
                foreach (var other in leads)
                {
                    if (other.Measure == commitment.Measure && Overlap(other, commitment) is { } shared)
                    {
                        found.Add(new RuleViolation(Rules.OneLeadPerMeasure, $"A measure has one lead on any day; measure {commitment.Measure} is led by {other.Actor} and by {commitment.Actor} on {DateText.Iso(shared)}.", $"Une mesure a un seul pilote à la fois\u202F; la mesure {commitment.Measure} est pilotée par {other.Actor} et par {commitment.Actor} le {DateText.Iso(shared)}.", path.ToString()));
                        break;
                    }
                }

                leads.Add(commitment);
            }

            kept.Add(commitment);
        }

        return [.. kept];
    }

    /// <summary>Finds the first of a commitment's days outside the programme's life, with the member that holds it.</summary>
    private static (LocalDate? Day, string? Member) OutsideLife(Commitment commitment, DateInterval life)
    {
        if (!life.Contains(commitment.From))
        {
            return (commitment.From, ".from");
        }

        if (commitment.Until is { } until && !life.Contains(until))
        {
            return (until, ".until");
        }

        if (commitment.Withdrawal is { } withdrawal && !life.Contains(withdrawal.Date))
        {
            return (withdrawal.Date, ".withdrawal.date");
        }

        return (null, null);
    }

    /// <summary>Gets the first day two commitments both hold, or <see langword="null"/> when they share none.</summary>
    private static LocalDate? Overlap(Commitment a, Commitment b)
    {
        var first = LocalDate.Max(a.From, b.From);
        var last = (a.LastDayHeld, b.LastDayHeld) switch
        {
            ({ } x, { } y) => LocalDate.Min(x, y),
            ({ } x, null) => x,
            (null, { } y) => y,
            _ => (LocalDate?)null,
        };
        return last is not { } end || first <= end ? first : null;
    }

    /// <summary>
    /// The measures without a lead at a date (rule COM007): neither cancelled nor completed, with no lead's commitment
    /// holding that day; by number.
    /// </summary>
    /// <param name="commitments">The ledger's commitments.</param>
    /// <param name="measures">Every measure's figures at the date, in measure order.</param>
    /// <param name="asOf">The date.</param>
    internal static ValueList<MeasureNumber> WithoutLead(ValueList<Commitment> commitments, ReadOnlySpan<MeasureProgress> measures, LocalDate asOf)
    {
        var led = new bool[measures.Length];
        foreach (var commitment in commitments)
        {
            if (commitment.Role == CommitmentRole.Lead && commitment.HoldsOn(asOf) && commitment.Measure.Value <= led.Length)
            {
                led[commitment.Measure.Value - 1] = true;
            }
        }

        var found = new List<MeasureNumber>();
        foreach (ref readonly var measure in measures)
        {
            if (!led[measure.Measure.Value - 1] && measure.Status is not (LifecycleStatus.Cancelled or LifecycleStatus.Completed))
            {
                found.Add(measure.Measure);
            }
        }

        return ValueList.CreateRange(found);
    }
}

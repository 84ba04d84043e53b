using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// The rules on the milestones a ledger adds to its programme's base, each checked here and only here: sequence numbers
/// that follow the base's (LED009) and days within the programme's life (LED010). Each milestone has already checked
/// its own rules (<c>MIL</c>); the measures they serve are checked as a programme's are (PRG015).
/// </summary>
internal static class LedgerMilestoneRules
{
    /// <summary>Checks a draft's milestones; returns them in sequence order when they hold every rule.</summary>
    /// <param name="programme">The programme, whose milestones are the base.</param>
    /// <param name="life">The programme's life from the ledger's launch, or <see langword="null"/> when the launch is itself invalid.</param>
    /// <param name="milestones">The draft's milestones, in any order.</param>
    /// <param name="found">Where the violations go.</param>
    internal static Milestone[] Check(Programme programme, DateInterval? life, ValueList<Milestone> milestones, List<RuleViolation> found)
    {
        if (milestones.IsEmpty)
        {
            return [];
        }

        // The base runs from 1 without a gap (PRG008, PRG009), so its count is its highest number.
        var first = programme.Milestones.Count + 1;
        var last = programme.Milestones.Count + milestones.Count;
        var indexOf = new Dictionary<int, int>(milestones.Count);
        var before = found.Count;
        for (var i = 0; i < milestones.Count; i++)
        {
            var milestone = milestones[i];
            var path = new PartPath("$.milestones", i, "");
            if (LedgerRules.Present(milestone, path) is { } missing)
            {
                found.Add(missing);
                continue;
            }

            if (milestone.Sequence < first || milestone.Sequence > last)
            {
                found.Add(new RuleViolation(
                    Rules.LedgerMilestonesFollowBase,
                    $"A ledger's own milestones number on from its programme's {first - 1}: these {milestones.Count} run from {first} to {last}; milestone {milestone.Sequence} is outside.",
                    $"Les étapes propres d’un registre sont numérotées à la suite des {first - 1} de son programme\u00A0: ces {milestones.Count} vont de {first} à {last}\u202F; l’étape {milestone.Sequence} est en dehors.",
                    path.At(".sequence").ToString()));
            }
            else if (!indexOf.TryAdd(milestone.Sequence, i))
            {
                found.Add(new RuleViolation(
                    Rules.LedgerMilestonesFollowBase,
                    $"Each of a ledger's own milestones has its own sequence number; {milestone.Sequence} appears at index {indexOf[milestone.Sequence]} and again here.",
                    $"Chaque étape propre d’un registre a son propre numéro d’ordre\u202F; {milestone.Sequence} apparaît à l’indice {indexOf[milestone.Sequence]} et de nouveau ici.",
                    path.At(".sequence").ToString()));
            }

            if (life is not null && (milestone.Date.Earliest < life.Start || milestone.Date.Latest > life.End))
            {
                var day = milestone.Date.Earliest < life.Start ? milestone.Date.Earliest : milestone.Date.Latest;
                found.Add(new RuleViolation(
                    Rules.LedgerMilestoneWithinProgrammeLife,
                    $"A ledger's own milestone falls within the programme's life, {DateText.Iso(life.Start)} to {DateText.Iso(life.End)}; milestone {milestone.Sequence} can fall on {DateText.Iso(day)}.",
                    $"Une étape propre d’un registre tombe dans la vie du programme, du {DateText.Iso(life.Start)} au {DateText.Iso(life.End)}\u202F; l’étape {milestone.Sequence} peut tomber le {DateText.Iso(day)}.",
                    path.At(".date").ToString()));
            }
        }

        ProgrammeRules.CheckServes(found, milestones, programme.Measures.Count);
        return found.Count > before ? [] : [.. milestones.OrderBy(static m => m.Sequence)];
    }
}

namespace Alliances.Domain.Validation;

public static partial class Rules
{
    /// <summary>COM001: A commitment's last day, when it has one, is on or after its first day.</summary>
    public static Rule CommitmentEndNotBeforeStart { get; } = new("COM001", "A commitment's last day, when it has one, is on or after its first day.", "Le dernier jour d’un engagement, s’il en a un, tombe le jour de son premier jour ou après.");

    /// <summary>COM002: A commitment is withdrawn on or after its first day and, when it has a last day, on or before that day.</summary>
    public static Rule WithdrawalWithinCommitment { get; } = new("COM002", "A commitment is withdrawn on or after its first day and, when it has a last day, on or before that day.", "Un engagement est retiré le jour de son premier jour ou après et, s’il a un dernier jour, ce jour-là ou avant.");

    /// <summary>COM003: A commitment's days (its first day, its last day and its withdrawal) lie within the programme's life: from the ledger's launch to the last day of its core-results window.</summary>
    public static Rule CommitmentWithinProgrammeLife { get; } = new("COM003", "A commitment's days (its first day, its last day and its withdrawal) lie within the programme's life: from the ledger's launch to the last day of its core-results window.", "Les jours d’un engagement (son premier jour, son dernier jour et son retrait) tombent dans la vie du programme\u00A0: du lancement du registre au dernier jour de sa fenêtre du cœur des résultats.");

    /// <summary>COM004: A measure has at most one lead on any day, unless the ledger allows co-leads.</summary>
    public static Rule OneLeadPerMeasure { get; } = new("COM004", "A measure has at most one lead on any day, unless the ledger allows co-leads.", "Une mesure a au plus un pilote chaque jour, sauf si le registre admet les copilotes.");

    /// <summary>COM005: No two commitments of a ledger are the same: the same actor, measure, role, days and withdrawal.</summary>
    public static Rule CommitmentsUnique { get; } = new("COM005", "No two commitments of a ledger are the same: the same actor, measure, role, days and withdrawal.", "Deux engagements d’un registre ne sont jamais identiques\u00A0: même acteur, même mesure, même rôle, mêmes jours et même retrait.");

    /// <summary>COM006: A world that commits to a measure is one of the worlds the programme brings together.</summary>
    public static Rule CommittedWorldKnown { get; } = new("COM006", "A world that commits to a measure is one of the worlds the programme brings together.", "Un monde qui s’engage sur une mesure est l’un des mondes que le programme rassemble.");

    /// <summary>COM007: A measure is without a lead at a date when it is neither cancelled nor completed and no lead's commitment to it holds that day; a rollup lists such measures by number.</summary>
    public static Rule MeasureWithoutLead { get; } = new("COM007", "A measure is without a lead at a date when it is neither cancelled nor completed and no lead's commitment to it holds that day; a rollup lists such measures by number.", "Une mesure est sans pilote à une date quand elle n’est ni abandonnée ni achevée et qu’aucun engagement de pilote ne vaut ce jour-là\u202F; un agrégat liste ces mesures par numéro.", RuleKind.Computation);
}

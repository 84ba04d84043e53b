namespace Alliances.Domain.Cli;

/// <summary>
/// The command line's own words, each in French and in English, in one table: the headings and column names its
/// renderings share. The programme's texts, the enums' labels (<see cref="Labels"/>) and the figures
/// (<see cref="NaturalText"/>) come from the library.
/// </summary>
internal static class Words
{
    internal static readonly LocalizedText ProgressAsOf = new("avancement au", "progress as of");
    internal static readonly LocalizedText ScheduleAsOf = new("calendrier au", "schedule as of");
    internal static readonly LocalizedText NationalView = new("Vue nationale", "National view");
    internal static readonly LocalizedText TerritoriesCount = new("territoires", "territories");
    internal static readonly LocalizedText TerritoriesRanked = new("Classement des territoires", "Territories ranked");
    internal static readonly LocalizedText LaggingAcrossTerritories = new("Mesures les plus en retard, tous territoires", "Measures lagging most across territories");
    internal static readonly LocalizedText NationalLedger = new("Registre national", "National ledger");
    internal static readonly LocalizedText Launch = new("Lancement", "Launch");
    internal static readonly LocalizedText Programme = new("Programme", "Programme");
    internal static readonly LocalizedText Number = new("n°", "#");
    internal static readonly LocalizedText Status = new("Statut", "Status");
    internal static readonly LocalizedText Progress = new("Avancement", "Progress");
    internal static readonly LocalizedText Expected = new("Attendu", "Expected");
    internal static readonly LocalizedText Variance = new("Écart", "Variance");
    internal static readonly LocalizedText Coverage = new("Couverture", "Coverage");
    internal static readonly LocalizedText Breadth = new("Étendue", "Breadth");
    internal static readonly LocalizedText BalancedIndex = new("Indice équilibré", "Balanced index");
    internal static readonly LocalizedText WeakestDimension = new("Dimension la plus faible", "Weakest dimension");
    internal static readonly LocalizedText Schedule = new("Calendrier", "Schedule");
    internal static readonly LocalizedText Forecast = new("Prévision", "Forecast");
    internal static readonly LocalizedText Measure = new("Mesure", "Measure");
    internal static readonly LocalizedText Measures = new("Mesures", "Measures");
    internal static readonly LocalizedText Territory = new("Territoire", "Territory");
    internal static readonly LocalizedText Lead = new("Pilote", "Lead");
    internal static readonly LocalizedText Leads = new("Pilotes", "Leads");
    internal static readonly LocalizedText WithoutLead = new("Sans pilote (COM007)", "Without a lead (COM007)");
    internal static readonly LocalizedText WithoutALead = new("sans pilote (COM007)", "without a lead (COM007)");
    internal static readonly LocalizedText None = new("aucun", "none");
    internal static readonly LocalizedText LaggingMeasures = new("Mesures les plus en retard", "Lagging measures");
    internal static readonly LocalizedText CancelledMeasures = new("Mesures abandonnées", "Cancelled measures");
    internal static readonly LocalizedText OnTrack = new("dans les temps", "on track");
    internal static readonly LocalizedText OffTrack = new("en retard", "off track");
    internal static readonly LocalizedText Unknown = new("inconnu", "unknown");
    internal static readonly LocalizedText FirstEffectsWindows = new("Fenêtres des premiers effets", "First-effects windows");
    internal static readonly LocalizedText Windows = new("Fenêtres", "Windows");
    internal static readonly LocalizedText Window = new("Fenêtre", "Window");
    internal static readonly LocalizedText From = new("Du", "From");
    internal static readonly LocalizedText To = new("Au", "To");
    internal static readonly LocalizedText CoreResults = new("Cœur des résultats", "Core results");
    internal static readonly LocalizedText Evaluation = new("Évaluation", "Evaluation");
    internal static readonly LocalizedText WithinTheProgrammesDates = new("dans les dates du programme", "within the programme's dates");
    internal static readonly LocalizedText Milestones = new("Étapes", "Milestones");
    internal static readonly LocalizedText Milestone = new("Étape", "Milestone");
    internal static readonly LocalizedText Timing = new("Où en est-elle", "Timing");
    internal static readonly LocalizedText Date = new("Date", "Date");
    internal static readonly LocalizedText Kind = new("Genre", "Kind");
    internal static readonly LocalizedText AddedToTheBase = new("Étape ajoutée au socle du programme.", "Added to the programme's base.");
    internal static readonly LocalizedText AddedBy = new("Étape ajoutée par", "Added by");
    internal static readonly LocalizedText DateNotSettled = new("Date non arrêtée : l’événement couvre tous les jours possibles.", "Date not settled: the event covers every day it may fall on.");
    internal static readonly LocalizedText Rule = new("Règle", "Rule");
    internal static readonly LocalizedText NoMilestoneAhead = new("Aucune étape à venir.", "No milestone ahead.");
    internal static readonly LocalizedText Added = new("ajoutée", "added");

    /// <summary>Gets a colon as each language writes it: after a no-break space in French.</summary>
    internal static string Colon(Language language) => language == Language.French ? "\u00A0:" : ":";

    /// <summary>Says when the next milestone comes: <c>n° 4, dans 12 jours</c> / <c>#4, in 12 days</c>.</summary>
    internal static string NextMilestone(int sequence, int days, Language language)
    {
        var count = days.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var number = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return language == Language.French
            ? $"Prochaine étape{Colon(language)} n° {number}, dans {count} jour{(days > 1 ? "s" : string.Empty)}."
            : $"Next milestone: #{number}, in {count} day{(days > 1 ? "s" : string.Empty)}.";
    }

    /// <summary>Says whether a ledger is on track, off track, or that it cannot be said.</summary>
    internal static LocalizedText Track(bool? onTrack) => onTrack switch
    {
        true => OnTrack,
        false => OffTrack,
        _ => Unknown,
    };
}

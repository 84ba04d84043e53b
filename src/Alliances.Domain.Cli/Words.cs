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
    internal static readonly LocalizedText OneTerritory = new("territoire", "territory");
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
    internal static readonly LocalizedText Timing = new("Situation", "Timing");
    internal static readonly LocalizedText Date = new("Date", "Date");
    internal static readonly LocalizedText Kind = new("Genre", "Kind");
    internal static readonly LocalizedText AddedToTheBase = new("Étape ajoutée au socle du programme.", "Added to the programme's base.");
    internal static readonly LocalizedText AddedBy = new("Étape ajoutée par", "Added by");
    internal static readonly LocalizedText DateNotSettled = new("Date non arrêtée\u00A0: l’événement couvre tous les jours possibles.", "Date not settled: the event covers every day it may fall on.");
    internal static readonly LocalizedText Rule = new("Règle", "Rule");
    internal static readonly LocalizedText NoMilestoneAhead = new("Aucune étape à venir.", "No milestone ahead.");
    internal static readonly LocalizedText Added = new("ajoutée", "added");

    // The catalogue.
    internal static readonly LocalizedText Launched = new("Lancement", "Launched");
    internal static readonly LocalizedText CatalogueSource = new("Source", "Source");
    internal static readonly LocalizedText FirstEffects = new("premiers effets", "first effects");
    internal static readonly LocalizedText Governance = new("Gouvernance", "Governance");
    internal static readonly LocalizedText LeadRole = new("pilote", "lead");
    internal static readonly LocalizedText CommissionedBy = new("Commandée par", "Commissioned by");
    internal static readonly LocalizedText LedBy = new("Conduite par", "Led by");
    internal static readonly LocalizedText Organisations = new("Organisations mobilisées", "Organisations mobilised");
    internal static readonly LocalizedText Contributors = new("contributeurs", "contributors");
    internal static readonly LocalizedText DeliveredTo = new("remis à", "delivered to");
    internal static readonly LocalizedText Worlds = new("Mondes", "Worlds");
    internal static readonly LocalizedText Audiences = new("Publics", "Audiences");
    internal static readonly LocalizedText Poll = new("Sondage", "Opinion poll");
    internal static readonly LocalizedText CatalogueFor = new("pour", "for");

    // Who does what.
    internal static readonly LocalizedText WhoDoesWhatOn = new("qui fait quoi au", "who does what on");
    internal static readonly LocalizedText NationalScope = new("National (tout le territoire)", "National");
    internal static readonly LocalizedText AnswerableBody = new("instance responsable", "answerable body");
    internal static readonly LocalizedText Since = new("Depuis", "Since");
    internal static readonly LocalizedText Until = new("Jusqu’au", "Until");
    internal static readonly LocalizedText Role = new("Rôle", "Role");
    internal static readonly LocalizedText Actor = new("Acteur", "Actor");

    // The report page.
    internal static readonly LocalizedText FiguresFooter = new(
        "Chiffres calculés par Alliances.Domain selon les règles du programme\u202F; les pourcentages sont arrondis (PRO017).",
        "Figures worked out by Alliances.Domain under the programme's rules; percentages are rounded (PRO017).");
    internal static readonly LocalizedText TimelineCaption = new(
        "Fenêtres des premiers effets, cœur des résultats, évaluation et étapes\u202F; une date incertaine est hachurée sur les jours où elle peut tomber, le trait vertical marque la date du rapport.",
        "First-effects windows, core results, evaluation and milestones; an uncertain date is hatched over the days it may fall on, and the vertical line marks the report's date.");
    internal static readonly LocalizedText ProgressAsOfThen = new("avancement au ", "progress as of ");
    internal static readonly LocalizedText NationalProgress = new("Avancement national", "National progress");
    internal static readonly LocalizedText Scope = new("Ensemble", "Scope");
    internal static readonly LocalizedText TerritoriesRankedByProgress = new("Territoires classés par avancement", "Territories ranked by progress");
    internal static readonly LocalizedText Rank = new("Rang", "Rank");
    internal static readonly LocalizedText MeasuresAcrossTerritories = new("Mesures, tous territoires", "Measures across territories");
    internal static readonly LocalizedText MeasuresAcrossTerritoriesCaption = new("Avancement moyen de chaque mesure et écart moyen à l’attendu", "Each measure's mean progress and mean variance from expected");
    internal static readonly LocalizedText NumberColumn = new("N°", "No.");
    internal static readonly LocalizedText MeanVariance = new("Écart moyen", "Mean variance");
    internal static readonly LocalizedText OffTrackColumn = new("En retard", "Off track");
    internal static readonly LocalizedText ProgrammeProgress = new("Avancement du programme", "Programme progress");
    internal static readonly LocalizedText VarianceThen = new("écart ", "variance ");
    internal static readonly LocalizedText CoverageThen = new("couverture ", "coverage ");
    internal static readonly LocalizedText ProgressAndExpected = new("Avancement et attendu", "Progress and expected");
    internal static readonly LocalizedText MeasuresCaption = new("Chaque mesure face à son avancement attendu", "Each measure against its expected progress");
    internal static readonly LocalizedText MeasuresLaggingMost = new("Mesures les plus en retard", "Measures lagging most");
    internal static readonly LocalizedText NoMeasureBehind = new("Aucune mesure n’est en retard sur l’attendu.", "No measure is behind its expected progress.");
    internal static readonly LocalizedText NextMilestoneThenColon = new("Prochaine étape\u00A0: ", "Next milestone: ");
    internal static readonly LocalizedText InDaysThen = new(", dans ", ", in ");
    internal static readonly LocalizedText ThenAddedByTheTerritory = new(" (ajoutée par le territoire)", " (added by the territory)");
    internal static readonly LocalizedText HowTheFiguresAreWorkedOut = new("Règles de calcul", "How the figures are worked out");
    internal static readonly LocalizedText UnknownValuesThenColon = new("Valeurs inconnues\u00A0: ", "Unknown values: ");
    internal static readonly LocalizedText ThenToleranceThenColon = new(" · tolérance\u00A0: ", " · tolerance: ");
    internal static readonly LocalizedText ThenWeightsThenColon = new(" · pondérations\u00A0: ", " · weights: ");
    internal static readonly LocalizedText MeasureLower = new("mesure", "measure");
    internal static readonly LocalizedText Equal = new("égales", "equal");
    internal static readonly LocalizedText NationalChartCaption = new("Avancement national du programme et de ses dimensions", "National progress of the programme and its dimensions");
    internal static readonly LocalizedText TerritoriesChartCaption = new("Avancement de chaque territoire, le trait marquant l’avancement attendu", "Each territory's progress, the mark showing expected progress");
    internal static readonly LocalizedText ProgrammeChartCaption = new("Avancement du programme et de ses dimensions, le trait marquant l’avancement attendu", "Progress of the programme and its dimensions, the mark showing expected progress");

    /// <summary>Gets a semicolon as each language writes it: after a narrow no-break space in French.</summary>
    internal static string Semicolon(Language language) => language == Language.French ? "\u202F;" : ";";

    /// <summary>Gets a colon as each language writes it: after a no-break space in French.</summary>
    internal static string Colon(Language language) => language == Language.French ? "\u00A0:" : ":";

    /// <summary>Says when the next milestone comes: <c>n° 4, dans 12 jours</c> / <c>#4, in 12 days</c>.</summary>
    internal static string NextMilestone(int sequence, int days, Language language)
    {
        var number = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return language == Language.French
            ? $"Prochaine étape{Colon(language)} n°\u00A0{number}, dans {Days(days, language)}."
            : $"Next milestone: #{number}, in {Days(days, language)}.";
    }

    /// <summary>Counts days: <c>1 jour</c>, <c>12 jours</c> / <c>1 day</c>, <c>12 days</c>.</summary>
    internal static string Days(int days, Language language) =>
        $"{days.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(language == Language.French ? "jour" : "day")}{(days > 1 ? "s" : string.Empty)}";

    /// <summary>Counts territories: <c>1 territoire</c>, <c>4 territoires</c> / <c>1 territory</c>, <c>4 territories</c>.</summary>
    internal static string Territories(int count, Language language) =>
        $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(count > 1 ? TerritoriesCount : OneTerritory).Get(language)}";

    /// <summary>Says whether a ledger is on track, off track, or that it cannot be said.</summary>
    internal static LocalizedText Track(bool? onTrack) => onTrack switch
    {
        true => OnTrack,
        false => OffTrack,
        _ => Unknown,
    };
}

namespace Alliances.Domain.Validation;

public static partial class Rules
{
    /// <summary>SCH001: An effect window runs from launch plus the horizon's minimum months to launch plus its maximum months, both days included; where the target month lacks the launch's day (the 31st, 29 February), the month's last day is taken.</summary>
    public static Rule EffectWindow { get; } = new("SCH001", "An effect window runs from launch plus the horizon's minimum months to launch plus its maximum months, both days included; where the target month lacks the launch's day (the 31st, 29 February), the month's last day is taken.", "Une fenêtre d’effets va du lancement plus le minimum de mois de l’horizon au lancement plus son maximum, les deux jours compris\u202F; quand le mois visé n’a pas le jour du lancement (le 31, le 29 février), on prend le dernier jour du mois.", RuleKind.Computation);

    /// <summary>SCH002: Before its dimension's window opens, a measure without recorded effects is not due.</summary>
    public static Rule StatusNotDue { get; } = new("SCH002", "Before its dimension's window opens, a measure without recorded effects is not due.", "Avant l’ouverture de la fenêtre de sa dimension, une mesure sans effets consignés n’est pas encore attendue.", RuleKind.Computation);

    /// <summary>SCH003: From the first to the last day of its dimension's window, a measure without recorded effects is due.</summary>
    public static Rule StatusDue { get; } = new("SCH003", "From the first to the last day of its dimension's window, a measure without recorded effects is due.", "Du premier au dernier jour de la fenêtre de sa dimension, une mesure sans effets consignés est attendue.", RuleKind.Computation);

    /// <summary>SCH004: After its dimension's window closes, a measure without recorded effects is overdue.</summary>
    public static Rule StatusOverdue { get; } = new("SCH004", "After its dimension's window closes, a measure without recorded effects is overdue.", "Après la fermeture de la fenêtre de sa dimension, une mesure sans effets consignés est en retard.", RuleKind.Computation);

    /// <summary>SCH005: A measure whose first effects were recorded before its dimension's window opened is early.</summary>
    public static Rule StatusEarly { get; } = new("SCH005", "A measure whose first effects were recorded before its dimension's window opened is early.", "Une mesure dont les premiers effets ont été consignés avant l’ouverture de la fenêtre de sa dimension est en avance.", RuleKind.Computation);

    /// <summary>SCH006: A measure whose first effects were recorded within its dimension's window is on time.</summary>
    public static Rule StatusOnTime { get; } = new("SCH006", "A measure whose first effects were recorded within its dimension's window is on time.", "Une mesure dont les premiers effets ont été consignés dans la fenêtre de sa dimension est à l’heure.", RuleKind.Computation);

    /// <summary>SCH007: A measure whose first effects were recorded after its dimension's window closed is late.</summary>
    public static Rule StatusLate { get; } = new("SCH007", "A measure whose first effects were recorded after its dimension's window closed is late.", "Une mesure dont les premiers effets ont été consignés après la fermeture de la fenêtre de sa dimension est tardive.", RuleKind.Computation);

    /// <summary>SCH008: A schedule's windows end by the last day of the year 9999.</summary>
    public static Rule WindowInRange { get; } = new("SCH008", "A schedule's windows end by the last day of the year 9999.", "Les fenêtres d’un calendrier se terminent au plus tard le dernier jour de l’an 9999.");

    /// <summary>DAT004: Early in a month covers days 1 to 10, mid-month days 11 to 20, and late in a month day 21 to the month's last day.</summary>
    public static Rule MonthThirds { get; } = new("DAT004", "Early in a month covers days 1 to 10, mid-month days 11 to 20, and late in a month day 21 to the month's last day.", "Le début d’un mois couvre les jours 1 à 10, la mi-mois les jours 11 à 20, et la fin du mois du 21 au dernier jour du mois.", RuleKind.Computation);

    /// <summary>DAT005: A date is confirmed only with days it could fall on; moving it elsewhere is a reschedule.</summary>
    public static Rule ConfirmWithinPossibleDays { get; } = new("DAT005", "A date is confirmed only with days it could fall on; moving it elsewhere is a reschedule.", "Une date n’est confirmée qu’avec des jours où elle pouvait tomber\u202F; la déplacer ailleurs est un report.");

    /// <summary>DAT006: An imprecise date is definitely before a day when its latest possible day is earlier, definitely after when its earliest possible day is later, and possibly the same otherwise; two dates compare likewise by their possible days.</summary>
    public static Rule ThreeValuedComparison { get; } = new("DAT006", "An imprecise date is definitely before a day when its latest possible day is earlier, definitely after when its earliest possible day is later, and possibly the same otherwise; two dates compare likewise by their possible days.", "Une date imprécise est sûrement avant un jour quand son dernier jour possible est antérieur, sûrement après quand son premier jour possible est postérieur, et peut-être le même sinon\u202F; deux dates se comparent de même par leurs jours possibles.", RuleKind.Computation);

    /// <summary>MIL002: A milestone's time zone is an identifier known to the TZDB, such as Europe/Paris.</summary>
    public static Rule MilestoneTimeZoneKnown { get; } = new("MIL002", "A milestone's time zone is an identifier known to the TZDB, such as Europe/Paris.", "Le fuseau horaire d’une étape est un identifiant connu de la TZDB, comme Europe/Paris.");

    /// <summary>MIL003: A reschedule moves a milestone to a different date and gives its reason.</summary>
    public static Rule RescheduleExplained { get; } = new("MIL003", "A reschedule moves a milestone to a different date and gives its reason.", "Un report déplace une étape à une autre date et en donne la raison.");

    /// <summary>MIL004: A milestone serves every measure or names the measures it serves, not both.</summary>
    public static Rule MilestoneServesEveryOrSome { get; } = new("MIL004", "A milestone serves every measure or names the measures it serves, not both.", "Une étape sert toutes les mesures ou nomme celles qu’elle sert, pas les deux.");

    /// <summary>EVA002: The planned evaluation can fall on or after the launch and no later than the last day of the core-results window.</summary>
    public static Rule EvaluationWithinProgramme { get; } = new("EVA002", "The planned evaluation can fall on or after the launch and no later than the last day of the core-results window.", "L’évaluation prévue peut tomber le jour du lancement ou après, et au plus tard le dernier jour de la fenêtre du cœur des résultats.");
}

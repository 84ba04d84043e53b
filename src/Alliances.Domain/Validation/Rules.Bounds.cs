namespace Alliances.Domain.Validation;

public static partial class Rules
{
    /// <summary>MEA010: A measure number is at most 999.</summary>
    public static Rule MeasureNumberBounded { get; } = new("MEA010", "A measure number is at most 999.", "Un numéro de mesure vaut au plus 999.");

    /// <summary>MIL010: A milestone's sequence number is at most 999.</summary>
    public static Rule MilestoneSequenceBounded { get; } = new("MIL010", "A milestone's sequence number is at most 999.", "Le numéro d’ordre d’une étape vaut au plus 999.");

    /// <summary>WGT010: A weight lies from 0.000001 (10⁻⁶) to 1,000,000,000 (10⁹).</summary>
    public static Rule WeightBounded { get; } = new("WGT010", "A weight lies from 0.000001 (10⁻⁶) to 1,000,000,000 (10⁹).", "Un poids est compris entre 0,000001 (10⁻⁶) et 1\u202F000\u202F000\u202F000 (10⁹).");

    /// <summary>IND010: Indicator values (baseline, targets, observations) lie from −1,000,000,000,000 (−10¹²) to 1,000,000,000,000 (10¹²).</summary>
    public static Rule IndicatorValueBounded { get; } = new("IND010", "Indicator values (baseline, targets, observations) lie from −1,000,000,000,000 (−10¹²) to 1,000,000,000,000 (10¹²).", "Les valeurs d’un indicateur (référence, cibles, observations) sont comprises entre −1\u202F000\u202F000\u202F000\u202F000 (−10¹²) et 1\u202F000\u202F000\u202F000\u202F000 (10¹²).");

    /// <summary>DAT010: Each of a period's years, months and days, a week counting 7 days, is at most 999,999.</summary>
    public static Rule PeriodBounded { get; } = new("DAT010", "Each of a period's years, months and days, a week counting 7 days, is at most 999,999.", "Les années, mois et jours d’une durée, une semaine comptant 7 jours, valent chacun au plus 999\u202F999.");

    /// <summary>POL010: A poll's answers nest at most 20 levels deep under a top-level answer, so that its document stays within the readers' depth of 64.</summary>
    public static Rule PollNestingBounded { get; } = new("POL010", "A poll's answers nest at most 20 levels deep under a top-level answer, so that its document stays within the readers' depth of 64.", "Les réponses d’un sondage s’imbriquent sur au plus 20 niveaux sous une réponse de premier niveau, pour que le document reste dans la profondeur de 64 des lecteurs.");
}

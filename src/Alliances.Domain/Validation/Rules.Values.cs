namespace Alliances.Domain.Validation;

public static partial class Rules
{
    /// <summary>TXT001: A required text (a name, a title, the French side of a localized text) is present and not blank: it holds a character that ECMA-262 does not count as white space (its \s: U+FEFF is white space, U+0085 is not).</summary>
    public static Rule TextRequired { get; } = new("TXT001", "A required text (a name, a title, the French side of a localized text) is present and not blank: it holds a character that ECMA-262 does not count as white space (its \\s: U+FEFF is white space, U+0085 is not).", "Un texte requis (un nom, un titre, la version française d’un texte bilingue) est présent et non vide\u00A0: il contient un caractère que l’ECMA-262 ne compte pas comme espace (son \\s\u00A0: U+FEFF est un espace, U+0085 non).");

    /// <summary>TXT002: The English side of a localized text, when given, is not blank (white space as for TXT001).</summary>
    public static Rule EnglishTextNotBlank { get; } = new("TXT002", "The English side of a localized text, when given, is not blank (white space as for TXT001).", "La version anglaise d’un texte bilingue, quand elle est donnée, n’est pas vide (les espaces comptant comme pour TXT001).");

    /// <summary>TXT003: A text is well-formed Unicode: no UTF-16 surrogate (U+D800–U+DFFF) stands without its pair, so the text has an exact UTF-8 form and a document can hold it.</summary>
    public static Rule TextWellFormed { get; } = new("TXT003", "A text is well-formed Unicode: no UTF-16 surrogate (U+D800–U+DFFF) stands without its pair, so the text has an exact UTF-8 form and a document can hold it.", "Un texte est de l’Unicode bien formé\u00A0: aucun demi-codet UTF-16 (U+D800–U+DFFF) n’est seul, si bien que le texte a une forme UTF-8 exacte et qu’un document peut le contenir.");

    /// <summary>IDS001: An identifier is a lowercase slug of ASCII letters, digits and single inner hyphens, 1 to 64 characters long.</summary>
    public static Rule IdentifierFormat { get; } = new("IDS001", "An identifier is a lowercase slug of ASCII letters, digits and single inner hyphens, 1 to 64 characters long.", "Un identifiant est un slug en minuscules fait de lettres ASCII, de chiffres et de traits d’union simples et intérieurs, de 1 à 64 caractères.");

    /// <summary>PCT001: A percentage is a finite number from 0 to 100 inclusive.</summary>
    public static Rule PercentageRange { get; } = new("PCT001", "A percentage is a finite number from 0 to 100 inclusive.", "Un pourcentage est un nombre fini de 0 à 100 inclus.");

    /// <summary>CNT001: A count of people or organisations is 0 or more.</summary>
    public static Rule CountNotNegative { get; } = new("CNT001", "A count of people or organisations is 0 or more.", "Un nombre de personnes ou d’organisations vaut 0 ou plus.");

    /// <summary>MEA001: A measure number is 1 or more.</summary>
    public static Rule MeasureNumberPositive { get; } = new("MEA001", "A measure number is 1 or more.", "Un numéro de mesure vaut 1 ou plus.");

    /// <summary>HOR001: Both ends of an effect horizon are 0 months or more.</summary>
    public static Rule HorizonNotNegative { get; } = new("HOR001", "Both ends of an effect horizon are 0 months or more.", "Les deux bornes d’un horizon d’effets valent 0 mois ou plus.");

    /// <summary>HOR002: The minimum of an effect horizon is at most its maximum.</summary>
    public static Rule HorizonOrdered { get; } = new("HOR002", "The minimum of an effect horizon is at most its maximum.", "Le minimum d’un horizon d’effets vaut au plus son maximum.");

    /// <summary>DAT001: A span of days ends after the day it starts: its latest possible day is after its earliest, and a single day is an exact day, not a span.</summary>
    public static Rule SpanOrdered { get; } = new("DAT001", "A span of days ends after the day it starts: its latest possible day is after its earliest, and a single day is an exact day, not a span.", "Une période de jours se termine après son premier jour\u00A0: son dernier jour possible suit le premier, et un jour seul est un jour exact, pas une période.");

    /// <summary>DAT002: A date's year lies from 1 to 9999.</summary>
    public static Rule YearInRange { get; } = new("DAT002", "A date's year lies from 1 to 9999.", "L’année d’une date va de 1 à 9999.");

    /// <summary>DAT003: A date is in the ISO calendar.</summary>
    public static Rule IsoCalendar { get; } = new("DAT003", "A date is in the ISO calendar.", "Une date est dans le calendrier ISO.");

    /// <summary>MIL001: A milestone's sequence number is 1 or more.</summary>
    public static Rule MilestoneSequencePositive { get; } = new("MIL001", "A milestone's sequence number is 1 or more.", "Le numéro d’ordre d’une étape vaut 1 ou plus.");

    /// <summary>GOV001: A follow-up committee is made of at least one body.</summary>
    public static Rule CommitteeHasBodies { get; } = new("GOV001", "A follow-up committee is made of at least one body.", "Un comité de suivi compte au moins une instance.");

    /// <summary>MIS001: A mission is led by at least one person.</summary>
    public static Rule MissionHasLeaders { get; } = new("MIS001", "A mission is led by at least one person.", "Une mission est conduite par au moins une personne.");

    /// <summary>MIS002: A mission's report is delivered on or after the first day of the month the mission was commissioned.</summary>
    public static Rule ReportAfterCommission { get; } = new("MIS002", "A mission's report is delivered on or after the first day of the month the mission was commissioned.", "Le rapport d’une mission est remis le premier jour du mois où la mission a été commandée ou après.");

    /// <summary>POL001: An opinion poll names at least one pollster and has at least one answer.</summary>
    public static Rule PollNotEmpty { get; } = new("POL001", "An opinion poll names at least one pollster and has at least one answer.", "Un sondage nomme au moins un institut et a au moins une réponse.");

    /// <summary>POL002: The shares of a poll's top-level answers add up to 100 %.</summary>
    public static Rule PollSharesSumToHundred { get; } = new("POL002", "The shares of a poll's top-level answers add up to 100 %.", "Les parts des réponses de premier niveau d’un sondage font 100\u202F% au total.");

    /// <summary>POL003: The shares nested under an answer add up to at most that answer's share, so no nested share is above its parent.</summary>
    public static Rule NestedSharesWithinParent { get; } = new("POL003", "The shares nested under an answer add up to at most that answer's share, so no nested share is above its parent.", "Les parts imbriquées sous une réponse font au plus la part de cette réponse, si bien qu’aucune part imbriquée ne dépasse son parent.");

    /// <summary>EVA001: The period an evaluation looks back over is positive and made of years, months, weeks or days only.</summary>
    public static Rule EvaluationPeriodPositive { get; } = new("EVA001", "The period an evaluation looks back over is positive and made of years, months, weeks or days only.", "La période sur laquelle une évaluation revient est positive et faite seulement d’années, de mois, de semaines ou de jours.");
}

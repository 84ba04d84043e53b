namespace Alliances.Domain.Validation;

public static partial class Rules
{
    /// <summary>PRG001: Every required part of a programme is given, and no list in it holds a missing element.</summary>
    public static Rule ProgrammePartRequired { get; } = new("PRG001", "Every required part of a programme is given, and no list in it holds a missing element.", "Toute partie requise d’un programme est donnée, et aucune de ses listes ne contient d’élément manquant.");

    /// <summary>PRG002: A programme has at least one dimension.</summary>
    public static Rule ProgrammeHasDimensions { get; } = new("PRG002", "A programme has at least one dimension.", "Un programme a au moins une dimension.");

    /// <summary>PRG003: No two dimensions of a programme share a kind.</summary>
    public static Rule DimensionKindsUnique { get; } = new("PRG003", "No two dimensions of a programme share a kind.", "Deux dimensions d’un programme n’ont jamais le même type.");

    /// <summary>PRG004: No two measures of a programme share a number.</summary>
    public static Rule MeasureNumbersUnique { get; } = new("PRG004", "No two measures of a programme share a number.", "Deux mesures d’un programme n’ont jamais le même numéro.");

    /// <summary>PRG005: Measure numbers run from 1 to the highest number without a gap.</summary>
    public static Rule MeasureNumbersContiguous { get; } = new("PRG005", "Measure numbers run from 1 to the highest number without a gap.", "Les numéros de mesure vont de 1 au plus grand numéro, sans trou.");

    /// <summary>PRG006: Every measure belongs to a dimension the programme has.</summary>
    public static Rule MeasureDimensionKnown { get; } = new("PRG006", "Every measure belongs to a dimension the programme has.", "Toute mesure appartient à une dimension du programme.");

    /// <summary>PRG007: Every dimension of a programme holds at least one measure.</summary>
    public static Rule DimensionHasMeasures { get; } = new("PRG007", "Every dimension of a programme holds at least one measure.", "Toute dimension d’un programme compte au moins une mesure.");

    /// <summary>PRG008: No two milestones of a programme share a sequence number.</summary>
    public static Rule MilestoneSequencesUnique { get; } = new("PRG008", "No two milestones of a programme share a sequence number.", "Deux étapes d’un programme n’ont jamais le même numéro d’ordre.");

    /// <summary>PRG009: Milestone sequence numbers run from 1 to the highest number without a gap.</summary>
    public static Rule MilestoneSequencesContiguous { get; } = new("PRG009", "Milestone sequence numbers run from 1 to the highest number without a gap.", "Les numéros d’ordre des étapes vont de 1 au plus grand numéro, sans trou.");

    /// <summary>PRG010: No two worlds of a programme share an identifier.</summary>
    public static Rule WorldIdsUnique { get; } = new("PRG010", "No two worlds of a programme share an identifier.", "Deux mondes d’un programme n’ont jamais le même identifiant.");

    /// <summary>PRG011: No two audiences of a programme share an identifier.</summary>
    public static Rule AudienceIdsUnique { get; } = new("PRG011", "No two audiences of a programme share an identifier.", "Deux publics d’un programme n’ont jamais le même identifiant.");

    /// <summary>PRG012: A programme is launched on or after the day its mission's report was delivered.</summary>
    public static Rule LaunchAfterReport { get; } = new("PRG012", "A programme is launched on or after the day its mission's report was delivered.", "Un programme est lancé le jour de la remise du rapport de sa mission ou après.");

    /// <summary>PRG013: A measure's answerable body is one of the bodies of its programme's follow-up committee.</summary>
    public static Rule AnswerableBodyOfTheCommittee { get; } = new("PRG013", "A measure's answerable body is one of the bodies of its programme's follow-up committee.", "L’instance dont répond une mesure est l’une des instances du comité de suivi de son programme.");

    /// <summary>PRG014: When a programme requires answerable bodies, every measure names one.</summary>
    public static Rule AnswerableBodyRequired { get; } = new("PRG014", "When a programme requires answerable bodies, every measure names one.", "Quand un programme exige des instances responsables, chaque mesure en nomme une.");

    /// <summary>PRG015: A milestone serves only measures its programme has, each once.</summary>
    public static Rule MilestoneServesKnownMeasures { get; } = new("PRG015", "A milestone serves only measures its programme has, each once.", "Une étape ne sert que des mesures de son programme, chacune une fois.");
}

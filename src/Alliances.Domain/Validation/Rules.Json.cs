namespace Alliances.Domain.Validation;

public static partial class Rules
{
    /// <summary>JSN001: A document is well-formed JSON in the shape of the contract: no comments or trailing commas, nesting at most 64 deep, known properties only and each once, every required property present and not null, and every value of the right type and within range.</summary>
    public static Rule JsonShape { get; } = new("JSN001", "A document is well-formed JSON in the shape of the contract: no comments or trailing commas, nesting at most 64 deep, known properties only and each once, every required property present and not null, and every value of the right type and within range.", "Un document est du JSON bien formé qui a la forme du contrat\u00A0: ni commentaire ni virgule finale, au plus 64 niveaux d’imbrication, seulement des propriétés connues et chacune une fois, toute propriété requise présente et non nulle, et toute valeur du bon type et dans ses bornes.");

    /// <summary>JSN002: A document names the kind expected and a schemaVersion this library reads.</summary>
    public static Rule JsonKindAndVersion { get; } = new("JSN002", "A document names the kind expected and a schemaVersion this library reads.", "Un document nomme le type attendu et une version de schéma (schemaVersion) que la bibliothèque sait lire.");

    /// <summary>JSN003: A ledger document names, by identifier, a programme the reader knows.</summary>
    public static Rule JsonProgrammeKnown { get; } = new("JSN003", "A ledger document names, by identifier, a programme the reader knows.", "Un registre nomme, par son identifiant, un programme que le lecteur connaît.");

    /// <summary>JSN010: A document is no larger than the reader accepts: 1 GiB of UTF-8 unless the app sets another DocumentReadOptions.MaxDocumentBytes.</summary>
    public static Rule JsonDocumentSize { get; } = new("JSN010", "A document is no larger than the reader accepts: 1 GiB of UTF-8 unless the app sets another DocumentReadOptions.MaxDocumentBytes.", "Un document ne dépasse pas la taille que le lecteur accepte\u00A0: 1 Gio d’UTF-8, sauf si l’application fixe une autre DocumentReadOptions.MaxDocumentBytes.");
}

namespace Alliances.Domain.Validation;

public static partial class Rules
{
    /// <summary>JSN001: A document is well-formed JSON in the shape of the contract: no comments or trailing commas, nesting at most 64 deep, known properties only and each once, every required property present and not null, and every value of the right type and within range.</summary>
    public static Rule JsonShape { get; } = new("JSN001", "A document is well-formed JSON in the shape of the contract: no comments or trailing commas, nesting at most 64 deep, known properties only and each once, every required property present and not null, and every value of the right type and within range.");

    /// <summary>JSN002: A document names the kind expected and a schemaVersion this library reads.</summary>
    public static Rule JsonKindAndVersion { get; } = new("JSN002", "A document names the kind expected and a schemaVersion this library reads.");

    /// <summary>JSN003: A ledger document names, by identifier, a programme the reader knows.</summary>
    public static Rule JsonProgrammeKnown { get; } = new("JSN003", "A ledger document names, by identifier, a programme the reader knows.");

    /// <summary>JSN010: A document is no larger than the reader accepts: 1 GiB of UTF-8 unless the app sets another DocumentReadOptions.MaxDocumentBytes.</summary>
    public static Rule JsonDocumentSize { get; } = new("JSN010", "A document is no larger than the reader accepts: 1 GiB of UTF-8 unless the app sets another DocumentReadOptions.MaxDocumentBytes.");
}

using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

/// <summary>The public document a programme's facts come from: its title, who published it and when.</summary>
/// <remarks>Equality compares every property.</remarks>
[JsonConverter(typeof(SourceDocumentJsonConverter))]
public sealed record SourceDocument
{
    /// <summary>Initializes a new source reference.</summary>
    /// <param name="title">The title, verbatim in French.</param>
    /// <param name="publisher">Who published it.</param>
    /// <param name="published">The day it was published.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="publisher"/> is null.</exception>
    public SourceDocument(LocalizedText title, Organisation publisher, LocalDate published)
    {
        Title = Guard.NotNull(title);
        Publisher = Guard.NotNull(publisher);
        Published = IsoDates.Check(published, nameof(published));
    }

    /// <summary>Gets the title, verbatim in French.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets who published the document.</summary>
    public Organisation Publisher { get; }

    /// <summary>Gets the day the document was published.</summary>
    public LocalDate Published { get; }
}

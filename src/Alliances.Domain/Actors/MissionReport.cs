using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

/// <summary>The report a mission delivered: what it is, when and to whom.</summary>
/// <remarks>Equality compares every property.</remarks>
[JsonConverter(typeof(MissionReportJsonConverter))]
public sealed record MissionReport
{
    /// <summary>Initializes a new report.</summary>
    /// <param name="title">What the report is, such as "Rapport ministériel".</param>
    /// <param name="delivered">The day the report was delivered.</param>
    /// <param name="deliveredTo">The person the report was delivered to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="deliveredTo"/> is null.</exception>
    public MissionReport(LocalizedText title, LocalDate delivered, Person deliveredTo)
    {
        Title = Guard.NotNull(title);
        Delivered = IsoDates.Check(delivered, nameof(delivered));
        DeliveredTo = Guard.NotNull(deliveredTo);
    }

    /// <summary>Gets what the report is.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the day the report was delivered.</summary>
    public LocalDate Delivered { get; }

    /// <summary>Gets the person the report was delivered to.</summary>
    public Person DeliveredTo { get; }
}

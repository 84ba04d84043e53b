using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

/// <summary>
/// The mission that produced a programme: who asked for it and when, who led it, who contributed, and the report it
/// delivered.
/// </summary>
/// <remarks>Equality compares every property, the leaders in order.</remarks>
[JsonConverter(typeof(MissionJsonConverter))]
public sealed record Mission
{
    /// <summary>Initializes a new mission.</summary>
    /// <param name="title">What the mission is, such as "Mission ministérielle".</param>
    /// <param name="subject">The question the mission was given, in a sentence.</param>
    /// <param name="commissionedBy">The person who commissioned the mission.</param>
    /// <param name="commissioned">The month the mission was commissioned.</param>
    /// <param name="ledBy">The people who led the mission; at least one (rule MIS001).</param>
    /// <param name="contributors">Who contributed.</param>
    /// <param name="report">The report the mission delivered, on or after the month it was commissioned (rule MIS002).</param>
    /// <exception cref="ArgumentNullException">An argument or a leader is null.</exception>
    /// <exception cref="RuleViolationException"><paramref name="ledBy"/> is empty (MIS001), or the report comes before the commission (MIS002).</exception>
    public Mission(
        LocalizedText title,
        LocalizedText subject,
        Person commissionedBy,
        YearMonth commissioned,
        ValueList<Person> ledBy,
        Contributors contributors,
        MissionReport report)
    {
        Title = Guard.NotNull(title);
        Subject = Guard.NotNull(subject);
        CommissionedBy = Guard.NotNull(commissionedBy);
        Guard.Require(ledBy.Count > 0, Rules.MissionHasLeaders, "A mission is led by at least one person; got none.", "Une mission est conduite par au moins une personne\u202F; aucune n’est donnée.", nameof(ledBy));
        LedBy = Guard.NoNullElements(ledBy);
        Contributors = Guard.NotNull(contributors);
        Report = Guard.NotNull(report);
        Commissioned = IsoDates.Check(commissioned, nameof(commissioned));
        Guard.Require(
            report.Delivered >= commissioned.OnDayOfMonth(1),
            Rules.ReportAfterCommission,
            $"A mission's report is delivered on or after the month it was commissioned; got {DateText.Iso(report.Delivered)} for a mission commissioned in {DateText.Iso(commissioned)}.",
            $"Le rapport d’une mission est remis au plus tôt le mois où elle a été confiée\u202F; reçu {DateText.Iso(report.Delivered)} pour une mission confiée en {DateText.Iso(commissioned)}.",
            nameof(report));
    }

    /// <summary>Gets what the mission is.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the question the mission was given.</summary>
    public LocalizedText Subject { get; }

    /// <summary>Gets the person who commissioned the mission.</summary>
    public Person CommissionedBy { get; }

    /// <summary>Gets the month the mission was commissioned.</summary>
    public YearMonth Commissioned { get; }

    /// <summary>Gets the people who led the mission, in the order the source names them; never empty.</summary>
    public ValueList<Person> LedBy { get; }

    /// <summary>Gets who contributed.</summary>
    public Contributors Contributors { get; }

    /// <summary>Gets the report the mission delivered.</summary>
    public MissionReport Report { get; }
}


namespace Alliances.Domain;

/// <summary>Names for <see cref="MilestoneKind"/> values, for people.</summary>
public static class MilestoneKindExtensions
{
    private static readonly LocalizedText DigitalEvent = new("événement numérique", "digital event");
    private static readonly LocalizedText Meeting = new("rencontre", "meeting");
    private static readonly LocalizedText Visit = new("visite", "visit");
    private static readonly LocalizedText Conference = new("conférence", "conference");
    private static readonly LocalizedText Workshop = new("atelier", "workshop");
    private static readonly LocalizedText Other = new("autre", "other");

    /// <summary>Gets the name of a kind of milestone, in French and English, lowercase.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name, such as "conférence" / "conference".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this MilestoneKind kind) => kind switch
    {
        MilestoneKind.DigitalEvent => DigitalEvent,
        MilestoneKind.Meeting => Meeting,
        MilestoneKind.Visit => Visit,
        MilestoneKind.Conference => Conference,
        MilestoneKind.Workshop => Workshop,
        MilestoneKind.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A milestone kind is one of the values of MilestoneKind."),
    };
}

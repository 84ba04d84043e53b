using NodaTime;

namespace Alliances.Domain.Catalogue;

public static partial class Odd17
{
    /// <summary>
    /// The base of seven events of 2020 for sharing the results, as precisely as the source dates them. Territories
    /// may add more (<see cref="Programme.WithMilestone"/>).
    /// </summary>
    private static ValueList<Milestone> CreateMilestones() =>
    [
        new(
            1,
            new LocalizedText(
                "Remise du rapport lors d’un événement numérique dédié",
                "Delivery of the report at a dedicated online event"),
            MilestoneKind.DigitalEvent,
            new ExactDay(new LocalDate(2020, 5, 7))),
        new(
            2,
            new LocalizedText(
                "Mobilisation des 50 contributeurs, autour du «\u00A0qui fait quoi\u00A0» pour contribuer à mettre en œuvre le programme d’action, lors d’un événement numérique dédié",
                "Mobilisation of the 50 contributors around “who does what”, to help carry out the action programme, at a dedicated online event"),
            MilestoneKind.DigitalEvent,
            new PartOfMonth(new YearMonth(2020, 6), MonthPart.Early, isToBeConfirmed: true),
            servesEveryMeasure: true),
        new(
            3,
            new LocalizedText(
                "6ème Rencontre des pionniers des alliances en territoire",
                "6th Meeting of the pioneers of alliances in the territories"),
            MilestoneKind.Meeting,
            new ExactDay(new LocalDate(2020, 7, 8))),
        new(
            4,
            new LocalizedText("Visite inspirante à Marseille", "Inspiring visit to Marseille"),
            MilestoneKind.Visit,
            new PartOfMonth(new YearMonth(2020, 8), MonthPart.Late, isToBeConfirmed: true),
            place: "Marseille"),
        new(
            5,
            new LocalizedText(
                "Conférence lors du Forum Mondial Convergences",
                "Conference at the Convergences World Forum"),
            MilestoneKind.Conference,
            new DaySpan(new LocalDate(2020, 9, 3), new LocalDate(2020, 9, 4)),
            hostEvent: new LocalizedText("Forum Mondial Convergences", "Convergences World Forum")),
        new(
            6,
            new LocalizedText(
                "Conférence lors du World Forum de Lille sur l’Economie Responsable",
                "Conference at the Lille World Forum for a Responsible Economy"),
            MilestoneKind.Conference,
            new ExactDay(new LocalDate(2020, 10, 14)),
            place: "Lille",
            hostEvent: new LocalizedText(
                "World Forum de Lille sur l’Economie Responsable",
                "Lille World Forum for a Responsible Economy")),
        new(
            7,
            new LocalizedText(
                "Conférence lors du Forum National des Associations & des Fondations",
                "Conference at the National Forum of Associations & Foundations"),
            MilestoneKind.Conference,
            new ExactDay(new LocalDate(2020, 10, 15)),
            hostEvent: new LocalizedText(
                "Forum National des Associations & des Fondations",
                "National Forum of Associations & Foundations")),
    ];
}

using NodaTime;

namespace Alliances.Domain.Catalogue;

public static partial class Odd17
{
    private static readonly Person SecretaryOfState =
        new("Gabriel ATTAL", new LocalizedText("Secrétaire d’Etat", "Secretary of State"));

    private static Mission CreateMission() => new(
        new LocalizedText("Mission ministérielle", "Ministerial mission"),
        new LocalizedText(
            "Trouver les moyens d’accélérer, concrètement, les alliances entre associations, entreprises et collectivités.",
            "Find practical ways to speed up alliances between associations, companies and local authorities."),
        SecretaryOfState,
        new YearMonth(2019, 10),
        [
            new Person("Cathy RACON-BOUZON", new LocalizedText("députée", "Member of Parliament")),
            new Person("Charles-Benoît HEIDSIECK", new LocalizedText("président-fondateur du RAMEAU", "founding president of Le RAMEAU")),
        ],
        new Contributors(ApproximateCount.About(100), ApproximateCount.Exactly(50)),
        new MissionReport(
            new LocalizedText("Rapport ministériel", "Ministerial report"),
            new LocalDate(2020, 5, 7),
            SecretaryOfState));

    private static OpinionPoll CreatePoll() => new(
        [new Organisation("Comisis"), new Organisation("OpinionWay")],
        new Organisation("Observatoire des partenariats"),
        new LocalDate(2020, 5, 7),
        new LocalizedText("les Français", "French people"),
        new LocalizedText(
            "Pour sortir de la crise du Covid-19, est-il utile qu’associations, collectivités, entreprises et initiatives citoyennes agissent ensemble ?",
            "To get out of the Covid-19 crisis, is it useful for associations, local authorities, companies and citizen initiatives to act together?"),
        [
            new PollAnswer(
                new LocalizedText("utile", "useful"),
                new Percentage(81),
                [new PollAnswer(new LocalizedText("incontournable", "indispensable"), new Percentage(29))]),
            new PollAnswer(new LocalizedText("secondaire", "secondary"), new Percentage(9)),
            new PollAnswer(new LocalizedText("inutile", "useless"), new Percentage(4)),
            new PollAnswer(new LocalizedText("contre-productif", "counter-productive"), new Percentage(3)),
            new PollAnswer(new LocalizedText("ne se prononcent pas", "no opinion"), new Percentage(3)),
        ]);
}

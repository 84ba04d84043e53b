
namespace Alliances.Domain.Catalogue;

public static partial class Odd17
{
    /// <summary>
    /// The 21 measures in number order: 1–7 operational, 8–14 strategic, 15–21 political. The French titles are the
    /// source's, character for character, non-breaking spaces included.
    /// </summary>
    private static ValueList<Measure> CreateMeasures() =>
    [
        new(new MeasureNumber(1), new LocalizedText(
            "Rendre immédiatement accessible l’existant pour agir dès à présent",
            "Make what already exists accessible right away, so that action can start now"),
            DimensionKind.Operational),
        new(new MeasureNumber(2), new LocalizedText(
            "Favoriser la convergence entre la diversité des outils pour les organisations et les territoires",
            "Encourage convergence among the many tools available to organisations and territories"),
            DimensionKind.Operational),
        new(new MeasureNumber(3), new LocalizedText(
            "Faciliter l’usage des données pour mieux cibler les priorités stratégiques",
            "Make data easier to use, to target strategic priorities better"),
            DimensionKind.Operational),
        new(new MeasureNumber(4), new LocalizedText(
            "Valoriser les alliances stratégiques au travers des événements de référence",
            "Showcase strategic alliances through landmark events"),
            DimensionKind.Operational),
        new(new MeasureNumber(5), new LocalizedText(
            "Organiser une démarche de dialogue actif entre les dynamiques du «\u00A0jouer collectif\u00A0»",
            "Organise an active dialogue between the movements that “play together”"),
            DimensionKind.Operational),
        new(new MeasureNumber(6), new LocalizedText(
            "Articuler les complémentarités\u00A0entre les acteurs de l’ingénierie nationale & territoriale, en croisant les connaissances sectorielles et territoriales",
            "Link up the complementary strengths of national and territorial engineering actors, combining sector and territorial knowledge"),
            DimensionKind.Operational),
        new(new MeasureNumber(7), new LocalizedText(
            "Faire des ODD l’occasion d’expérimentations d’alliance en territoire pour agir concrètement là où aucun acteur ne peut répondre seul",
            "Use the SDGs as an occasion for alliance experiments in the territories, to act concretely where no actor can answer alone"),
            DimensionKind.Operational),
        new(new MeasureNumber(8), new LocalizedText(
            "Promouvoir et valoriser l’investissement dans l’innovation sociétale partenariale",
            "Promote and recognise investment in partnership-based societal innovation"),
            DimensionKind.Strategic),
        new(new MeasureNumber(9), new LocalizedText(
            "Accompagner les alliances stratégiques",
            "Support strategic alliances"),
            DimensionKind.Strategic),
        new(new MeasureNumber(10), new LocalizedText(
            "Structurer une réflexion partagée sur l’évaluation partenariale",
            "Structure a shared reflection on partnership evaluation"),
            DimensionKind.Strategic),
        new(new MeasureNumber(11), new LocalizedText(
            "Inciter à un Etat exemplaire en matière d’alliances innovantes",
            "Encourage the State to set an example in innovative alliances"),
            DimensionKind.Strategic),
        new(new MeasureNumber(12), new LocalizedText(
            "Positionner les services de l’Etat comme «\u00A0médiateurs\u00A0» des dynamiques d’alliances stratégiques",
            "Position State services as “mediators” of strategic alliance dynamics"),
            DimensionKind.Strategic),
        new(new MeasureNumber(13), new LocalizedText(
            "Structurer une capacité collective de R&D partenariale pour anticiper les besoins et suivre les expérimentations innovantes",
            "Build a collective capacity for partnership R&D, to anticipate needs and follow innovative experiments"),
            DimensionKind.Strategic),
        new(new MeasureNumber(14), new LocalizedText(
            "Piloter une recherche-action collective sur l’hybridation des modèles socio-économiques",
            "Lead collective action research on hybrid socio-economic models"),
            DimensionKind.Strategic),
        new(new MeasureNumber(15), new LocalizedText(
            "Inscrire les «\u00A0alliances stratégiques\u00A0» aux agendas des instances des différents « mondes\u00A0»",
            "Put “strategic alliances” on the agendas of the governing bodies of the different “worlds”"),
            DimensionKind.Political),
        new(new MeasureNumber(16), new LocalizedText(
            "Créer une Conférence des alliances stratégiques au service des défis communs, déclinée localement",
            "Create a Conference of strategic alliances serving common challenges, with local editions"),
            DimensionKind.Political),
        new(new MeasureNumber(17), new LocalizedText(
            "Inciter à croiser «\u00A0espaces de dialogue\u00A0», «\u00A0compétences de catalyseurs »\u00A0et «\u00A0pédagogie des alliances\u00A0»",
            "Encourage combining “spaces for dialogue”, “catalyst skills” and “teaching of alliances”"),
            DimensionKind.Political),
        new(new MeasureNumber(18), new LocalizedText(
            "Expérimenter un «\u00A0droit de l’alliance\u00A0»",
            "Experiment with an “alliance law”"),
            DimensionKind.Political),
        new(new MeasureNumber(19), new LocalizedText(
            "Instruire l’opportunité d’un nouveau statut de «\u00A0société de bien commun\u00A0»",
            "Examine the case for a new “common-good company” status"),
            DimensionKind.Political),
        new(new MeasureNumber(20), new LocalizedText(
            "Développer notre capacité collective à «\u00A0apprendre à faire alliance\u00A0»",
            "Develop our collective capacity to “learn to form alliances”"),
            DimensionKind.Political),
        new(new MeasureNumber(21), new LocalizedText(
            "Inscrire les nouvelles formes d’alliance et de partenariats aux programmes de formation, de l’éducation des plus jeunes à la formation continue",
            "Include the new forms of alliance and partnership in training curricula, from the education of the youngest to lifelong learning"),
            DimensionKind.Political),
    ];
}

using Alliances.Domain.Catalogue;
using NodaTime;

namespace Alliances.Domain.Tests.Catalogue;

/// <summary>The canonical catalogue, checked fact by fact against the source document of 7 May 2020.</summary>
public class Odd17Test
{
    private static readonly Domain.Programme Programme = Odd17.Programme;

    /// <summary>The French titles as the source writes them, non-breaking spaces (U+00A0) included.</summary>
    public static TheoryData<int, string> FrenchTitles => new()
    {
        { 1, "Rendre immédiatement accessible l’existant pour agir dès à présent" },
        { 2, "Favoriser la convergence entre la diversité des outils pour les organisations et les territoires" },
        { 3, "Faciliter l’usage des données pour mieux cibler les priorités stratégiques" },
        { 4, "Valoriser les alliances stratégiques au travers des événements de référence" },
        { 5, "Organiser une démarche de dialogue actif entre les dynamiques du «\u00A0jouer collectif\u00A0»" },
        { 6, "Articuler les complémentarités\u00A0entre les acteurs de l’ingénierie nationale & territoriale, en croisant les connaissances sectorielles et territoriales" },
        { 7, "Faire des ODD l’occasion d’expérimentations d’alliance en territoire pour agir concrètement là où aucun acteur ne peut répondre seul" },
        { 8, "Promouvoir et valoriser l’investissement dans l’innovation sociétale partenariale" },
        { 9, "Accompagner les alliances stratégiques" },
        { 10, "Structurer une réflexion partagée sur l’évaluation partenariale" },
        { 11, "Inciter à un Etat exemplaire en matière d’alliances innovantes" },
        { 12, "Positionner les services de l’Etat comme «\u00A0médiateurs\u00A0» des dynamiques d’alliances stratégiques" },
        { 13, "Structurer une capacité collective de R&D partenariale pour anticiper les besoins et suivre les expérimentations innovantes" },
        { 14, "Piloter une recherche-action collective sur l’hybridation des modèles socio-économiques" },
        { 15, "Inscrire les «\u00A0alliances stratégiques\u00A0» aux agendas des instances des différents « mondes\u00A0»" },
        { 16, "Créer une Conférence des alliances stratégiques au service des défis communs, déclinée localement" },
        { 17, "Inciter à croiser «\u00A0espaces de dialogue\u00A0», «\u00A0compétences de catalyseurs »\u00A0et «\u00A0pédagogie des alliances\u00A0»" },
        { 18, "Expérimenter un «\u00A0droit de l’alliance\u00A0»" },
        { 19, "Instruire l’opportunité d’un nouveau statut de «\u00A0société de bien commun\u00A0»" },
        { 20, "Développer notre capacité collective à «\u00A0apprendre à faire alliance\u00A0»" },
        { 21, "Inscrire les nouvelles formes d’alliance et de partenariats aux programmes de formation, de l’éducation des plus jeunes à la formation continue" },
    };

    [Fact]
    public void Identity_IsStable()
    {
        Programme.Id.Value.Should().Be("odd17-2020");
        Programme.Name.French.Should().Be("Programme des 21 mesures pour réussir l’ODD 17");
        Programme.Name.English.Should().Be("Programme of 21 measures to achieve SDG 17");
    }

    [Fact]
    public void Source_IsTheArticleOfSeventhMay()
    {
        Programme.Source!.Title.French.Should().Be("21 mesures pour réussir l’ODD 17… et la sortie de crise !");
        Programme.Source.Publisher.Name.Should().Be("Le RAMEAU");
        Programme.Source.Published.Should().Be(new LocalDate(2020, 5, 7));
    }

    [Fact]
    public void LaunchDate_IsSeventhMay2020() => Programme.LaunchDate.Should().Be(new LocalDate(2020, 5, 7));

    [Fact]
    public void Measures_AreTwentyOneNumberedFromOne() =>
        Programme.Measures.Select(m => m.Number.Value).Should().Equal(Enumerable.Range(1, 21));

    [Theory]
    [MemberData(nameof(FrenchTitles))]
    public void Measure_HasTheSourceTitleVerbatim(int number, string french)
    {
        var measure = Programme.GetMeasure(new MeasureNumber(number));

        measure.Title.French.Should().Be(french);
        measure.Title.English.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Titles_KeepTypographicApostrophesAndGuillemets()
    {
        var titles = Programme.Measures.Select(m => m.Title.French).ToList();

        titles.Should().NotContain(t => t.Contains('\''), "the source uses the typographic apostrophe ’");
        titles.Count(t => t.Contains('’')).Should().Be(12);
        titles.Count(t => t.Contains('«') && t.Contains('»')).Should().Be(7);
        titles.Should().NotContain(t => t.EndsWith(' ') || t.EndsWith('\u00A0'));
    }

    [Theory]
    [InlineData(9, "Support strategic alliances")]
    [InlineData(18, "Experiment with an “alliance law”")]
    public void Measure_HasAnEnglishTitle(int number, string english) =>
        Programme.GetMeasure(new MeasureNumber(number)).Title.English.Should().Be(english);

    [Theory]
    [InlineData(1, DimensionKind.Operational)]
    [InlineData(7, DimensionKind.Operational)]
    [InlineData(8, DimensionKind.Strategic)]
    [InlineData(14, DimensionKind.Strategic)]
    [InlineData(15, DimensionKind.Political)]
    [InlineData(21, DimensionKind.Political)]
    public void Measure_BelongsToItsDimension(int number, DimensionKind kind) =>
        Programme.GetMeasure(new MeasureNumber(number)).Dimension.Should().Be(kind);

    [Theory]
    [InlineData(DimensionKind.Operational, "Mesures opérationnelles", "Operational measures", 3, 9)]
    [InlineData(DimensionKind.Strategic, "Mesures stratégiques", "Strategic measures", 6, 12)]
    [InlineData(DimensionKind.Political, "Mesures politiques", "Political measures", 12, 18)]
    public void Dimension_HasItsNameHorizonAndSevenMeasures(DimensionKind kind, string french, string english, int min, int max)
    {
        var dimension = Programme.GetDimension(kind);

        dimension.Name.French.Should().Be(french);
        dimension.Name.English.Should().Be(english);
        dimension.Horizon.Should().Be(new EffectHorizon(min, max));
        dimension.Purpose.English.Should().NotBeNullOrWhiteSpace();
        Programme.MeasuresIn(kind).Should().HaveCount(7);
    }

    [Fact]
    public void Dimensions_AreOperationalStrategicPolitical() =>
        Programme.Dimensions.Select(d => d.Kind).Should().Equal(DimensionKind.Operational, DimensionKind.Strategic, DimensionKind.Political);

    [Fact]
    public void ResultsHorizon_IsEighteenToThirtySixMonths() => Programme.ResultsHorizon.Should().Be(new EffectHorizon(18, 36));

    [Fact]
    public void Evaluation_IsIn2022OverThreeYears()
    {
        Programme.Evaluation!.When.Should().Be(new WholeYear(2022));
        Programme.Evaluation.LooksBackOver.Should().Be(Period.FromYears(3));
    }

    [Fact]
    public void Governance_IsAFollowUpCommitteeOfTwoBodies()
    {
        Programme.Governance.Name.French.Should().Be("Comité de suivi");
        Programme.Governance.Bodies.Select(b => b.Name.French).Should().Equal("Conseil d’orientation", "Comité opérationnel");
        Programme.Governance.Bodies.Select(b => b.Name.English).Should().Equal("Orientation council", "Operational committee");
        Programme.Governance.Bodies.Should().OnlyContain(b => b.Role == null, "the source gives the bodies no role");
    }

    [Fact]
    public void Milestones_AreTheSevenEventsOf2020InOrder() =>
        Programme.Milestones.Select(m => m.Sequence).Should().Equal(1, 2, 3, 4, 5, 6, 7);

    [Fact]
    public void Milestone1_IsTheReportOnSeventhMay()
    {
        var m = Programme.Milestones[0];
        m.Title.French.Should().Be("Remise du rapport lors d’un événement numérique dédié");
        m.Kind.Should().Be(MilestoneKind.DigitalEvent);
        m.Date.Should().Be(new ExactDay(new LocalDate(2020, 5, 7)));
    }

    [Fact]
    public void Milestone2_IsEarlyJuneToBeConfirmed()
    {
        var m = Programme.Milestones[1];
        m.Title.French.Should().StartWith("Mobilisation des 50 contributeurs, autour du «\u00A0qui fait quoi\u00A0»");
        m.Kind.Should().Be(MilestoneKind.DigitalEvent);
        m.Date.Should().Be(new PartOfMonth(new YearMonth(2020, 6), MonthPart.Early, isToBeConfirmed: true));
        m.Date.Earliest.Should().Be(new LocalDate(2020, 6, 1));
        m.Date.Latest.Should().Be(new LocalDate(2020, 6, 10));
    }

    [Fact]
    public void Milestone3_IsThePioneersMeetingOnEighthJuly()
    {
        var m = Programme.Milestones[2];
        m.Title.French.Should().Be("6ème Rencontre des pionniers des alliances en territoire");
        m.Kind.Should().Be(MilestoneKind.Meeting);
        m.Date.Should().Be(new ExactDay(new LocalDate(2020, 7, 8)));
    }

    [Fact]
    public void Milestone4_IsTheVisitToMarseilleLateAugustToBeConfirmed()
    {
        var m = Programme.Milestones[3];
        m.Title.French.Should().Be("Visite inspirante à Marseille");
        m.Kind.Should().Be(MilestoneKind.Visit);
        m.Place.Should().Be("Marseille");
        m.Date.Should().Be(new PartOfMonth(new YearMonth(2020, 8), MonthPart.Late, isToBeConfirmed: true));
        m.Date.Latest.Should().Be(new LocalDate(2020, 8, 31));
    }

    [Fact]
    public void Milestone5_IsConvergencesOverTwoDays()
    {
        var m = Programme.Milestones[4];
        m.Title.French.Should().Be("Conférence lors du Forum Mondial Convergences");
        m.Kind.Should().Be(MilestoneKind.Conference);
        m.HostEvent!.French.Should().Be("Forum Mondial Convergences");
        m.Date.Should().Be(new DaySpan(new LocalDate(2020, 9, 3), new LocalDate(2020, 9, 4)));
    }

    [Fact]
    public void Milestone6_IsTheWorldForumInLilleOnFourteenthOctober()
    {
        var m = Programme.Milestones[5];
        m.Title.French.Should().Be("Conférence lors du World Forum de Lille sur l’Economie Responsable");
        m.HostEvent!.French.Should().Be("World Forum de Lille sur l’Economie Responsable");
        m.Place.Should().Be("Lille");
        m.Date.Should().Be(new ExactDay(new LocalDate(2020, 10, 14)));
    }

    [Fact]
    public void Milestone7_IsTheNationalForumOnFifteenthOctober()
    {
        var m = Programme.Milestones[6];
        m.Title.French.Should().Be("Conférence lors du Forum National des Associations & des Fondations");
        m.HostEvent!.French.Should().Be("Forum National des Associations & des Fondations");
        m.Kind.Should().Be(MilestoneKind.Conference);
        m.Date.Should().Be(new ExactDay(new LocalDate(2020, 10, 15)));
    }

    [Fact]
    public void Milestones_ToBeConfirmedAreTheSecondAndFourth() =>
        Programme.Milestones.Where(m => m.Date.IsToBeConfirmed).Select(m => m.Sequence).Should().Equal(2, 4);

    [Fact]
    public void Mission_WasCommissionedByTheSecretaryOfStateInOctober2019()
    {
        var mission = Programme.Mission;
        mission.Title.French.Should().Be("Mission ministérielle");
        mission.CommissionedBy.Name.Should().Be("Gabriel ATTAL");
        mission.CommissionedBy.Role.French.Should().Be("Secrétaire d’Etat");
        mission.Commissioned.Should().Be(new YearMonth(2019, 10));
    }

    [Fact]
    public void Mission_WasLedByTheMemberOfParliamentAndTheFounderOfLeRameau()
    {
        Programme.Mission.LedBy.Select(p => p.Name).Should().Equal("Cathy RACON-BOUZON", "Charles-Benoît HEIDSIECK");
        Programme.Mission.LedBy[0].Role.French.Should().Be("députée");
        Programme.Mission.LedBy[1].Role.French.Should().Be("président-fondateur du RAMEAU");
    }

    [Fact]
    public void Mission_MobilisedAboutAHundredOrganisationsAndFiftyContributors()
    {
        Programme.Mission.Contributors.OrganisationsMobilised.Should().Be(ApproximateCount.About(100));
        Programme.Mission.Contributors.ContributorCount.Should().Be(ApproximateCount.Exactly(50));
    }

    [Fact]
    public void Mission_DeliveredItsReportOnSeventhMayToTheSecretaryOfState()
    {
        Programme.Mission.Report.Delivered.Should().Be(new LocalDate(2020, 5, 7));
        Programme.Mission.Report.DeliveredTo.Name.Should().Be("Gabriel ATTAL");
    }

    [Fact]
    public void Worlds_AreAssociationsCompaniesLocalAuthoritiesAndCitizenInitiatives()
    {
        Programme.Worlds.Select(w => w.Id).Should().Equal("associations", "companies", "local-authorities", "citizen-initiatives");
        Programme.Worlds.Select(w => w.Name.French).Should().Equal("associations", "entreprises", "collectivités", "initiatives citoyennes");
    }

    [Fact]
    public void Audiences_AreFieldActorsEngineeringPioneersAndInstitutions()
    {
        Programme.Audiences.Select(a => a.Id).Should().Equal("field-actors", "engineering", "pioneers", "institutions");
        Programme.Audiences.Select(a => a.Name.French).Should().Equal(
            "acteurs de terrain", "ingénierie nationale et territoriale", "«\u00A0pionniers\u00A0»", "institutions");
    }

    [Fact]
    public void Poll_WasRunByComisisAndOpinionWayForTheObservatoryOnSeventhMay()
    {
        var poll = Programme.Poll!;
        poll.Pollsters.Select(p => p.Name).Should().Equal("Comisis", "OpinionWay");
        poll.CommissionedBy.Name.Should().Be("Observatoire des partenariats");
        poll.Conducted.Should().Be(new LocalDate(2020, 5, 7));
        poll.Population.French.Should().Be("les Français");
    }

    [Fact]
    public void Poll_Shares_AreThoseOfTheSource()
    {
        var answers = Programme.Poll!.Answers;
        answers.Select(a => (a.Label.French, a.Share.Points)).Should().Equal(
            ("utile", 81), ("secondaire", 9), ("inutile", 4), ("contre-productif", 3), ("ne se prononcent pas", 3));
        answers[0].Nested.Should().ContainSingle().Which.Should().Match<Domain.PollAnswer>(
            a => a.Label.French == "incontournable" && a.Label.English == "indispensable" && a.Share.Points == 29);
    }

    [Fact]
    public void Draft_IsTheProgrammesOwn() => Programme.Create(Odd17.Draft).Should().Be(Programme);

    [Fact]
    public void Programme_IsOneInstance() => Odd17.Programme.Should().BeSameAs(Odd17.Programme);
}

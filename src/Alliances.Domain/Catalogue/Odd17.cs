using NodaTime;

namespace Alliances.Domain.Catalogue;

/// <summary>
/// The canonical catalogue: the programme of 21 measures for strategic alliances (SDG 17, "ODD 17") as the source
/// document of 7 May 2020 describes it, with every fact that document gives about it.
/// </summary>
/// <remarks>
/// <para>
/// The French titles and names are the source's, verbatim. The English texts are the library's translations. The
/// sentences that describe purposes and questions are the library's own wording, not quotations.
/// </para>
/// <para>
/// The values are built once, on first use, and are immutable. To derive a variant (a territorial programme, a
/// later launch), start from <see cref="Draft"/> with a <c>with</c> expression.
/// </para>
/// </remarks>
public static partial class Odd17
{
    private static readonly Lazy<Programme> Instance = new(() => Programme.Create(CreateDraft()));

    /// <summary>Gets the identifier of the canonical programme, <c>odd17-2020</c>.</summary>
    public static ProgrammeId Id { get; } = new("odd17-2020");

    /// <summary>Gets the day the programme starts: 7 May 2020, when the mission's report was delivered.</summary>
    public static LocalDate LaunchDate { get; } = new(2020, 5, 7);

    /// <summary>Gets the canonical programme.</summary>
    public static Programme Programme => Instance.Value;

    /// <summary>Gets the draft of the canonical programme, the starting point for variants.</summary>
    public static ProgrammeDraft Draft => Instance.Value.ToDraft();

    private static ProgrammeDraft CreateDraft() => new()
    {
        Id = Id,
        Name = new LocalizedText(
            "Programme des 21 mesures pour réussir l’ODD 17",
            "Programme of 21 measures to achieve SDG 17"),
        Source = new SourceDocument(
            new LocalizedText(
                "21 mesures pour réussir l’ODD 17… et la sortie de crise !",
                "21 measures to achieve SDG 17… and to get out of the crisis!"),
            new Organisation("Le RAMEAU"),
            new LocalDate(2020, 5, 7)),
        Mission = CreateMission(),
        LaunchDate = LaunchDate,
        Dimensions =
        [
            new Dimension(
                DimensionKind.Operational,
                new LocalizedText("Mesures opérationnelles", "Operational measures"),
                new LocalizedText(
                    "Mettre en valeur ce qui marche déjà et pousser chacun à agir, pour que les alliances gagnent vite du terrain.",
                    "Build on what already works and spur actors into action, so that alliances gain ground quickly."),
                new EffectHorizon(3, 9)),
            new Dimension(
                DimensionKind.Strategic,
                new LocalizedText("Mesures stratégiques", "Strategic measures"),
                new LocalizedText(
                    "Concevoir avec les pionniers des solutions de plus grande ampleur, et en mesurer l’impact avant de les étendre.",
                    "Design larger-scale solutions with the pioneers, and assess their impact before spreading them."),
                new EffectHorizon(6, 12)),
            new Dimension(
                DimensionKind.Political,
                new LocalizedText("Mesures politiques", "Political measures"),
                new LocalizedText(
                    "Montrer par des actes que les institutions portent la co-construction entre acteurs différents.",
                    "Show through action that institutions stand behind co-construction among different actors."),
                new EffectHorizon(12, 18)),
        ],
        Measures = CreateMeasures(),
        Governance = new FollowUpCommittee(
            new LocalizedText("Comité de suivi", "Follow-up committee"),
            new LocalizedText(
                "Veiller à l’avancement du programme et en rendre compte.",
                "Keep track of how the programme advances, and report on it."),
            [
                new GovernanceBody(new LocalizedText("Conseil d’orientation", "Orientation council")),
                new GovernanceBody(new LocalizedText("Comité opérationnel", "Operational committee")),
            ]),
        Milestones = CreateMilestones(),
        ResultsHorizon = new EffectHorizon(18, 36),
        Evaluation = new PlannedEvaluation(
            new WholeYear(2022),
            new LocalizedText(
                "Mesurer le chemin parcouru ensemble depuis le lancement.",
                "Measure how far the actors have come together since the launch."),
            Period.FromYears(3)),
        Worlds =
        [
            new World("associations", new LocalizedText("associations", "associations")),
            new World("companies", new LocalizedText("entreprises", "companies")),
            new World("local-authorities", new LocalizedText("collectivités", "local authorities")),
            new World("citizen-initiatives", new LocalizedText("initiatives citoyennes", "citizen initiatives")),
        ],
        Audiences =
        [
            new Audience("field-actors", new LocalizedText("acteurs de terrain", "field actors")),
            new Audience("engineering", new LocalizedText("ingénierie nationale et territoriale", "national and territorial engineering")),
            new Audience("pioneers", new LocalizedText("«\u00A0pionniers\u00A0»", "“pioneers”")),
            new Audience("institutions", new LocalizedText("institutions", "institutions")),
        ],
        Poll = CreatePoll(),
    };
}

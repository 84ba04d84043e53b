using Alliances.Domain.Testing;

namespace Alliances.Domain.Tests.Support;

/// <summary>Programme drafts for the tests, from the Testing package's builder.</summary>
internal static class Drafts
{
    /// <summary>The draft of the canonical programme.</summary>
    public static ProgrammeDraft Canonical => ProgrammeBuilder.Canonical().Draft;

    /// <summary>A follow-up programme of 12 measures in 2 dimensions (strategic 1–6, political 7–12).</summary>
    public static ProgrammeDraft FollowUp => ProgrammeBuilder.Canonical()
        .WithId("odd17-follow-up")
        .With(d => d with { Name = new LocalizedText("Programme de suivi", "Follow-up programme") })
        .WithMeasures(12, DimensionKind.Strategic, DimensionKind.Political)
        .Draft;

    /// <summary>The canonical draft with its measures replaced.</summary>
    public static ProgrammeDraft WithMeasures(params Measure[] measures) =>
        ProgrammeBuilder.Canonical().With(d => d with { Measures = [.. measures] }).Draft;

    /// <summary>A measure with a placeholder title.</summary>
    public static Measure Measure(int number, DimensionKind dimension = DimensionKind.Operational) =>
        new(new MeasureNumber(number), new LocalizedText($"Mesure {number}"), dimension);
}

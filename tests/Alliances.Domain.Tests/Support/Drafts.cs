using Alliances.Domain.Catalogue;
using Alliances.Domain.Collections;
using Alliances.Domain.Dimensions;
using Alliances.Domain.Measures;
using Alliances.Domain.Programmes;
using Alliances.Domain.Text;

namespace Alliances.Domain.Tests.Support;

/// <summary>Programme drafts for the tests: the canonical one, and variants of other shapes.</summary>
internal static class Drafts
{
    /// <summary>The draft of the canonical programme.</summary>
    public static ProgrammeDraft Canonical => Odd17.Draft;

    /// <summary>A follow-up programme of 12 measures in 2 dimensions (strategic 1–6, political 7–12).</summary>
    public static ProgrammeDraft FollowUp => Odd17.Draft with
    {
        Id = new ProgrammeId("odd17-follow-up"),
        Name = new LocalizedText("Programme de suivi", "Follow-up programme"),
        Dimensions = [Odd17.Programme.GetDimension(DimensionKind.Strategic), Odd17.Programme.GetDimension(DimensionKind.Political)],
        Measures = ValueList.CreateRange(Enumerable.Range(1, 12).Select(n => new Measure(
            new MeasureNumber(n),
            new LocalizedText($"Mesure {n}", $"Measure {n}"),
            n <= 6 ? DimensionKind.Strategic : DimensionKind.Political))),
    };

    /// <summary>The canonical draft with its measures replaced.</summary>
    public static ProgrammeDraft WithMeasures(params Measure[] measures) =>
        Canonical with { Measures = ValueList.Create<Measure>(measures) };

    /// <summary>A measure with a placeholder title.</summary>
    public static Measure Measure(int number, DimensionKind dimension = DimensionKind.Operational) =>
        new(new MeasureNumber(number), new LocalizedText($"Mesure {number}"), dimension);
}

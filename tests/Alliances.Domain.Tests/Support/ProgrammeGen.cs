using Alliances.Domain.Catalogue;
using Alliances.Domain.Collections;
using Alliances.Domain.Dates;
using Alliances.Domain.Dimensions;
using Alliances.Domain.Measures;
using Alliances.Domain.Milestones;
using Alliances.Domain.Programmes;
using Alliances.Domain.Tests.Dates;
using Alliances.Domain.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Alliances.Domain.Tests.Support;

/// <summary>FsCheck generators of valid programmes of many shapes.</summary>
internal static class ProgrammeGen
{
    private static readonly string[] Words = ["alliance", "territoire", "« pionniers »", "co-construction", "R&D", "l’État", "<b>", "\"citation\"", "été", "Œuvre"];

    public static Gen<LocalizedText> Text =>
        from french in Gen.Elements(Words)
        from more in Gen.Elements(Words)
        from english in Gen.Elements<string?>(null, "alliance", "pioneers & co")
        select new LocalizedText($"{french} {more}", english);

    public static Gen<Programme> Programme =>
        from kinds in Gen.SubListOf(Enum.GetValues<DimensionKind>()).Where(k => k.Count > 0)
        from horizons in Gen.ArrayOf(Gen.Choose(0, 24).SelectMany(min => Gen.Choose(min, 36).Select(max => new EffectHorizon(min, max))), kinds.Count)
        from count in Gen.Choose(kinds.Count, 25)
        from titles in Gen.ArrayOf(Text, count)
        from launchOffset in Gen.Choose(0, 2000)
        from milestones in Gen.ListOf(Milestone).Select(l => l.Take(8).ToList())
        from withPoll in Gen.Elements(true, false)
        from withSource in Gen.Elements(true, false)
        from resultsMax in Gen.Choose(1, 60)
        select Build(kinds, horizons, titles, launchOffset, milestones, withPoll, withSource, resultsMax);

    private static Gen<(LocalizedText Title, MilestoneKind Kind, ImpreciseDate Date, string? Place)> Milestone =>
        from title in Text
        from kind in Gen.Elements(Enum.GetValues<MilestoneKind>())
        from date in DateGen.Any
        from place in Gen.Elements<string?>(null, "Marseille", "Lille & Roubaix")
        select (title, kind, date, place);

    private static Programme Build(
        IReadOnlyList<DimensionKind> kinds,
        EffectHorizon[] horizons,
        LocalizedText[] titles,
        int launchOffset,
        List<(LocalizedText Title, MilestoneKind Kind, ImpreciseDate Date, string? Place)> milestones,
        bool withPoll,
        bool withSource,
        int resultsMax)
    {
        var canonical = Odd17.Draft;
        var launch = Odd17.LaunchDate.PlusDays(launchOffset);
        var draft = canonical with
        {
            LaunchDate = launch,
            Dimensions = ValueList.CreateRange(kinds.Select((k, i) => new Dimension(k, titles[0], titles[^1], horizons[i]))),
            Measures = ValueList.CreateRange(titles.Select((t, i) => new Measure(new MeasureNumber(i + 1), t, kinds[i % kinds.Count]))),
            Milestones = ValueList.CreateRange(milestones.Select((m, i) => new Milestone(i + 1, m.Title, m.Kind, m.Date, m.Place))),
            ResultsHorizon = new EffectHorizon(0, resultsMax),
            Evaluation = new PlannedEvaluation(ImpreciseDate.On(launch), titles[0], NodaTime.Period.FromYears(1)),
            Poll = withPoll ? canonical.Poll : null,
            Source = withSource ? canonical.Source : null,
        };
        return draft.ToProgramme();
    }
}

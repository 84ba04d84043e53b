using Alliances.Domain.Catalogue;
using Alliances.Domain.Collections;
using Alliances.Domain.Dates;
using Alliances.Domain.Dimensions;
using Alliances.Domain.Indicators;
using Alliances.Domain.Ledgers;
using Alliances.Domain.Measures;
using Alliances.Domain.Milestones;
using Alliances.Domain.Programmes;
using Alliances.Domain.Progress;
using Alliances.Domain.Quantities;
using Alliances.Domain.Reports;
using Alliances.Domain.Territories;
using Alliances.Domain.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Alliances.Domain.Testing;

/// <summary>
/// FsCheck generators of valid values: imprecise dates, programmes of many shapes, ledgers and portfolios. Every value
/// they give passes validation. Replaying FsCheck with the same seed gives the same values.
/// </summary>
public static class AlliancesGenerators
{
    private static readonly LifecycleStatus[] Statuses = Enum.GetValues<LifecycleStatus>();
    private static readonly string[] Words = ["alliance", "territoire", "« pionniers »", "co-construction", "R&D", "l’État", "<b>", "\"citation\"", "été", "Œuvre"];

    /// <summary>Gets days from 2000 to 2040.</summary>
    public static Gen<LocalDate> Days => Gen.Choose(0, 365 * 40).Select(offset => new LocalDate(2000, 1, 1).PlusDays(offset));

    /// <summary>Gets imprecise dates of every precision, to be confirmed or not.</summary>
    public static Gen<ImpreciseDate> ImpreciseDates =>
        from precision in Gen.Choose(0, 4)
        from day in Days
        from length in Gen.Choose(1, 40)
        from part in Gen.Elements(MonthPart.Early, MonthPart.Mid, MonthPart.Late)
        from tbc in Gen.Elements(true, false)
        select precision switch
        {
            0 => (ImpreciseDate)ImpreciseDate.On(day, tbc),
            1 => ImpreciseDate.Between(day, day.PlusDays(length), tbc),
            2 => ImpreciseDate.InPartOf(day.ToYearMonth(), part, tbc),
            3 => ImpreciseDate.InMonth(day.ToYearMonth(), tbc),
            _ => ImpreciseDate.InYear(day.Year, tbc),
        };

    /// <summary>Gets localized texts, French always, English sometimes, with characters that need care in JSON and HTML.</summary>
    public static Gen<LocalizedText> Texts =>
        from french in Gen.Elements(Words)
        from more in Gen.Elements(Words)
        from english in Gen.Elements<string?>(null, "alliance", "pioneers & co")
        select new LocalizedText($"{french} {more}", english);

    /// <summary>
    /// Gets valid programmes: one to three dimensions with their own horizons, one to 25 measures, up to eight
    /// milestones of any date, a later launch, with or without poll and source.
    /// </summary>
    public static Gen<Programme> Programmes =>
        from kinds in Gen.SubListOf(Enum.GetValues<DimensionKind>()).Where(k => k.Count > 0)
        from horizons in Gen.ArrayOf(Gen.Choose(0, 24).SelectMany(min => Gen.Choose(min, 36).Select(max => new EffectHorizon(min, max))), kinds.Count)
        from count in Gen.Choose(kinds.Count, 25)
        from titles in Gen.ArrayOf(Texts, count)
        from launchOffset in Gen.Choose(0, 2000)
        from milestones in Gen.ListOf(Milestones).Select(l => l.Take(8).ToList())
        from withPoll in Gen.Elements(true, false)
        from withSource in Gen.Elements(true, false)
        from resultsMax in Gen.Choose(1, 60)
        select BuildProgramme(kinds, horizons, titles, launchOffset, milestones, withPoll, withSource, resultsMax);

    /// <summary>Gets reports on one measure of the canonical programme that follow the lifecycle, on increasing days after launch.</summary>
    /// <param name="measure">The measure number.</param>
    /// <returns>The generator.</returns>
    public static Gen<MeasureReport[]> ReportsOn(int measure) =>
        from count in Gen.Choose(0, 6)
        from gaps in Gen.ArrayOf(Gen.Choose(1, 120), count)
        from picks in Gen.ArrayOf(Gen.Choose(0, 100), count)
        from declared in Gen.ArrayOf(Gen.Choose(-30, 100), count)
        select Walk(measure, gaps, picks, declared);

    /// <summary>Gets reports on every measure of the canonical programme.</summary>
    public static Gen<MeasureReport[]> Reports =>
        Enumerable.Range(1, Odd17.Programme.Measures.Count).Aggregate(
            Gen.Constant(Array.Empty<MeasureReport>()),
            (all, measure) => from before in all from more in ReportsOn(measure) select before.Concat(more).ToArray());

    /// <summary>Gets valid ledgers of the canonical programme: national or territorial, with an indicator, observations, a plan and comments.</summary>
    public static Gen<Ledger> Ledgers =>
        from reports in Reports
        from territory in Gen.Elements<Territory?>(null, new Territory("13", "Bouches-du-Rhône", TerritoryLevel.Departement), new Territory("FR-IDF", "Île-de-France", TerritoryLevel.Region))
        from values in Gen.ArrayOf(Gen.Choose(-1000, 1000), 5)
        from comment in Gen.Elements<string?>(null, "Réunion « partenaires » & <élus>", "ok")
        select BuildLedger(reports, territory, values, comment);

    /// <summary>Gets valid portfolios of one to four territories of the canonical programme.</summary>
    public static Gen<Portfolio> Portfolios =>
        from reportSets in Gen.ListOf(Reports).Select(l => l.Take(4).ToList()).Where(l => l.Count > 0)
        from weight in Gen.Choose(1, 30)
        select BuildPortfolio(reportSets, weight / 10.0);

    private static Gen<(LocalizedText Title, MilestoneKind Kind, ImpreciseDate Date, string? Place)> Milestones =>
        from title in Texts
        from kind in Gen.Elements(Enum.GetValues<MilestoneKind>())
        from date in ImpreciseDates
        from place in Gen.Elements<string?>(null, "Marseille", "Lille & Roubaix")
        select (title, kind, date, place);

    private static Programme BuildProgramme(
        List<DimensionKind> kinds,
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
        return (canonical with
        {
            LaunchDate = launch,
            Dimensions = ValueList.CreateRange(kinds.Select((k, i) => new Dimension(k, titles[0], titles[^1], horizons[i]))),
            Measures = ValueList.CreateRange(titles.Select((t, i) => new Measure(new MeasureNumber(i + 1), t, kinds[i % kinds.Count]))),
            Milestones = ValueList.CreateRange(milestones.Select((m, i) => new Milestone(i + 1, m.Title, m.Kind, m.Date, m.Place))),
            ResultsHorizon = new EffectHorizon(0, resultsMax),
            Evaluation = new PlannedEvaluation(ImpreciseDate.On(launch), titles[0], Period.FromYears(1)),
            Poll = withPoll ? canonical.Poll : null,
            Source = withSource ? canonical.Source : null,
        }).ToProgramme();
    }

    private static MeasureReport[] Walk(int measure, int[] gaps, int[] picks, int[] declared)
    {
        var reports = new MeasureReport[gaps.Length];
        var status = Lifecycle.Initial;
        var day = Odd17.LaunchDate;
        for (var i = 0; i < gaps.Length; i++)
        {
            day = day.PlusDays(gaps[i]);
            var allowed = Statuses.Where(s => Lifecycle.CanMove(status, s)).ToArray();
            status = allowed[picks[i] % allowed.Length];
            reports[i] = new MeasureReport(new MeasureNumber(measure), day, status, declared[i] < 0 ? null : new Percentage(declared[i]));
        }

        return reports;
    }

    private static Ledger BuildLedger(MeasureReport[] reports, Territory? territory, int[] values, string? comment)
    {
        var launch = Odd17.LaunchDate;
        var indicator = new Indicator(
            "alliances", new MeasureNumber(9), new LocalizedText("Alliances « signées »", "Alliances"), "alliances", IndicatorDirection.HigherIsBetter,
            new IndicatorPoint(values[0] / 7.0, launch), new IndicatorPoint(values[1] + 5000, launch.PlusYears(3)),
            [new IndicatorPoint(values[2], launch.PlusYears(1))], weight: 1.25);
        var observations = values.Select((v, i) => new Observation("alliances", launch.PlusDays(30 * (i + 1)), v / 3.0));
        var withComment = reports.Select((r, i) => i % 5 == 0 && comment is not null
            ? new MeasureReport(r.Measure, r.Date, r.Status, r.DeclaredProgress, Health.AtRisk, comment, r.Date.PlusDays(30))
            : r);
        return new LedgerDraft
        {
            Programme = Odd17.Programme,
            Territory = territory,
            Reports = [.. withComment],
            Indicators = [indicator],
            Observations = [.. observations],
            Plans = [new MeasurePlan(new MeasureNumber(2), launch, launch.PlusYears(2))],
        }.ToLedger();
    }

    private static Portfolio BuildPortfolio(List<MeasureReport[]> reportSets, double weight)
    {
        var ledgers = reportSets.Select((reports, i) => new LedgerDraft
        {
            Programme = Odd17.Programme,
            Territory = FrenchDepartements.All[i * 7],
            Reports = [.. reports],
        }.ToLedger());
        return Portfolio.Create(ledgers, [new TerritoryWeight(FrenchDepartements.All[0].Code, weight)]);
    }
}

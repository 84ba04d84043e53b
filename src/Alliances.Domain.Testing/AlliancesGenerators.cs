using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Alliances.Domain.Testing;

/// <summary>
/// FsCheck generators of valid values: imprecise dates, programmes of many shapes, ledgers and portfolios, and values
/// over the whole range their type accepts (percentages, measure numbers, counts, horizons, territories, milestones,
/// identifiers, awkward text). Every value they give passes validation. Replaying FsCheck with the same seed gives the
/// same values.
/// </summary>
public static class AlliancesGenerators
{
    private static readonly LifecycleStatus[] Statuses = Enum.GetValues<LifecycleStatus>();
    private static readonly string[] Words = ["alliance", "territoire", "« pionniers »", "co-construction", "R&D", "l’État", "<b>", "\"citation\"", "été", "Œuvre"];

    private static readonly string[] Pieces =
    [
        "a", "Z", "42", " ", "  ", "é", "è", "ç", "à", "œ", "Œ", "É", "’", "«\u00A0", "\u00A0»", "…", "–", "—",
        "\"", "'", "\\", "/", "<", ">", "&", "<script>", "&amp;", "\\u0041", "+", "`", "%", "{}", "[]",
        "\t", "\n", "\r\n", "\b", "\f", "\0", "\u0001", "\u001F", "\u007F", "\u0085", "\u00AD",
        "\u2028", "\u2029", "\u200B", "\uFEFF", "\uFFFD", "\uFFFF", "\u0301", "e\u0301",
        "中文", "Ελληνικά", "עברית", "العربية", "\U0001F600", "\U0001F469\u200D\U0001F469\u200D\U0001F467", "\U0001D11E", "\U0010FFFF",
    ];

    private static readonly string[] Visible = ["x", "É", "«", "\U0001F600", "&", "<", "\\", "\"", "中", "0"];

    private static readonly char[] SlugChars = [.. "abcdefghijklmnopqrstuvwxyz0123456789-"];

    private static readonly char[] CodeChars = [.. "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"];

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
        from milestones in Gen.ListOf(MilestoneParts).Select(l => l.Take(8).ToList())
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

    /// <summary>Gets valid ledgers of the canonical programme: national or territorial, with an indicator, observations, a plan, and comments with a milestone of their own or neither.</summary>
    public static Gen<Ledger> Ledgers =>
        from reports in Reports
        from territory in Gen.Elements<Territory?>(null, new Territory(new TerritoryCode("13"), "Bouches-du-Rhône", TerritoryLevel.Departement), new Territory(new TerritoryCode("FR-IDF"), "Île-de-France", TerritoryLevel.Region))
        from values in Gen.ArrayOf(Gen.Choose(-1000, 1000), 5)
        from comment in Gen.Elements<string?>(null, "Réunion « partenaires » & <élus>", "ok")
        select BuildLedger(reports, territory, values, comment);

    /// <summary>Gets valid portfolios of one to four territories of the canonical programme.</summary>
    public static Gen<Portfolio> Portfolios =>
        from reportSets in Gen.ListOf(Reports).Select(l => l.Take(4).ToList()).Where(l => l.Count > 0)
        from weight in Gen.Choose(1, 30)
        select BuildPortfolio(reportSets, weight / 10.0);

    /// <summary>
    /// Gets non-blank strings with the characters that need care in JSON and HTML: French letters and typographic
    /// punctuation, quotes, backslashes, <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, control characters, the line
    /// separators U+2028 and U+2029, other scripts, and characters beyond the Basic Multilingual Plane as surrogate
    /// pairs. Every string is well-formed UTF-16: no lone surrogate.
    /// </summary>
    public static Gen<string> NonBlankStrings =>
        from pieces in Gen.NonEmptyListOf(Gen.Elements(Pieces))
        from visible in Gen.Elements(Visible)
        from at in Gen.Choose(0, 100)
        select Compose(pieces, visible, at);

    /// <summary>
    /// Gets identifiers as programmes, worlds, audiences and indicators carry them: lowercase slugs of 1 to 64 letters,
    /// digits and single inner hyphens.
    /// </summary>
    public static Gen<string> Identifiers =>
        from length in Gen.Frequency((9, Gen.Choose(1, 12)), (1, Gen.Choose(13, 64)))
        from chars in Gen.ArrayOf(Gen.Elements(SlugChars), length)
        select Slug(chars);

    /// <summary>
    /// Gets percentages across the whole range the type accepts: whole points, hundredths as reports declare them, any
    /// double from 0 to 100 (tiny and subnormal ones included), and the edges: 0, 100, the smallest double above 0, the
    /// largest below 100, and the double just above 0.01.
    /// </summary>
    public static Gen<Percentage> Percentages =>
        Gen.Frequency(
            (2, Gen.Choose(0, 100).Select(points => (double)points)),
            (3, Gen.Choose(0, 10_000).Select(hundredths => hundredths / 100.0)),
            (3, Gen.Choose(0, int.MaxValue).Select(n => n / (double)int.MaxValue * 100)),
            (2, LongsUpTo(BitConverter.DoubleToInt64Bits(100)).Select(BitConverter.Int64BitsToDouble)),
            (1, Gen.Elements(0, 100, double.Epsilon, Math.BitDecrement(100.0), Math.BitIncrement(0.01))))
        .Select(points => new Percentage(points));

    /// <summary>Gets measure numbers: mostly 1 to 30, sometimes up to <see cref="MeasureNumber.MaximumValue"/>.</summary>
    public static Gen<MeasureNumber> MeasureNumbers =>
        Gen.Frequency(
            (8, Gen.Choose(1, 30)),
            (1, Gen.Choose(1, MeasureNumber.MaximumValue)),
            (1, Gen.Elements(1, MeasureNumber.MaximumValue)))
        .Select(number => new MeasureNumber(number));

    /// <summary>Gets counts from 0 to <see cref="int.MaxValue"/>, exact or approximate.</summary>
    public static Gen<ApproximateCount> ApproximateCounts =>
        from value in Gen.Frequency((6, Gen.Choose(0, 5000)), (1, Gen.Choose(0, int.MaxValue)), (1, Gen.Elements(0, int.MaxValue)))
        from approximate in Gen.Elements(true, false)
        select new ApproximateCount(value, approximate);

    /// <summary>
    /// Gets effect horizons of 0 to 120 months, the minimum at most the maximum: each fits a programme launched before
    /// the year 9989.
    /// </summary>
    public static Gen<EffectHorizon> EffectHorizons =>
        from minimum in Gen.Choose(0, 120)
        from maximum in Gen.Choose(minimum, 120)
        select new EffectHorizon(minimum, maximum);

    /// <summary>
    /// Gets territory codes over the whole range the type accepts: 1 to 16 ASCII letters, digits and hyphens, in any
    /// order and case (<c>2A</c>, <c>-</c>, <c>fr-IDF--9</c>), the 16-character ones included.
    /// </summary>
    public static Gen<TerritoryCode> TerritoryCodes =>
        from length in Gen.Frequency((4, Gen.Choose(1, 16)), (1, Gen.Constant(16)))
        from code in Gen.ArrayOf(Gen.Elements(CodeChars), length)
        select new TerritoryCode(new string(code));

    /// <summary>
    /// Gets territories of every level: codes from <see cref="TerritoryCodes"/>, and names from
    /// <see cref="NonBlankStrings"/>.
    /// </summary>
    public static Gen<Territory> Territories =>
        from code in TerritoryCodes
        from name in NonBlankStrings
        from level in Gen.Elements(Enum.GetValues<TerritoryLevel>())
        select new Territory(code, name, level);

    /// <summary>
    /// Gets milestones of any kind and sequence, in time zones other than Paris too, with a place and a host event or
    /// not, and a history of up to four confirmations and reschedules, made through <see cref="Milestone.Confirm(LocalDate)"/>
    /// and <see cref="Milestone.Reschedule"/>.
    /// </summary>
    public static Gen<Milestone> Milestones =>
        from sequence in Gen.Frequency((8, Gen.Choose(1, 40)), (1, Gen.Choose(1, Milestone.MaximumSequence)), (1, Gen.Elements(1, Milestone.MaximumSequence)))
        from title in Texts
        from kind in Gen.Elements(Enum.GetValues<MilestoneKind>())
        from date in ImpreciseDates
        from place in Gen.Elements<string?>(null, "Marseille", "Lille & Roubaix", "Saint-Denis (La Réunion)")
        from host in Gen.Elements<LocalizedText?>(null, new LocalizedText("Forum « Alliances »", "Alliances forum"), new LocalizedText("Salon des maires"))
        from zone in Gen.Elements(Milestone.DefaultTimeZoneId, "Indian/Reunion", "America/Cayenne", "Pacific/Noumea", "UTC")
        from steps in Gen.ListOf(HistoryStep).Select(l => l.Take(4).ToArray())
        select Replay(new Milestone(sequence, title, kind, date, place, host, zone), steps);

    private static Gen<(bool Confirm, int Pick, ImpreciseDate To, string Reason)> HistoryStep =>
        from confirm in Gen.Elements(true, false)
        from pick in Gen.Choose(0, 400)
        from to in ImpreciseDates
        from reason in Gen.Elements("Report du comité", "Salle indisponible « travaux »", "Élections")
        select (confirm, pick, to, reason);

    private static Gen<(LocalizedText Title, MilestoneKind Kind, ImpreciseDate Date, string? Place)> MilestoneParts =>
        from title in Texts
        from kind in Gen.Elements(Enum.GetValues<MilestoneKind>())
        from date in ImpreciseDates
        from place in Gen.Elements<string?>(null, "Marseille", "Lille & Roubaix")
        select (title, kind, date, place);

    /// <summary>Joins pieces into a string, with one visible piece somewhere so that it is not blank.</summary>
    private static string Compose(IEnumerable<string> pieces, string visible, int at)
    {
        var list = pieces.Take(12).ToList();
        list.Insert(at % (list.Count + 1), visible);
        return string.Concat(list);
    }

    /// <summary>Turns characters into a slug: no leading, trailing or doubled hyphen.</summary>
    private static string Slug(char[] chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '-' && (i == 0 || i == chars.Length - 1 || chars[i - 1] == '-'))
            {
                chars[i] = (char)('a' + (i % 26));
            }
        }

        return new string(chars);
    }

    /// <summary>Gets whole numbers from 0 to a bound, over the full width of a long.</summary>
    private static Gen<long> LongsUpTo(long max) =>
        from high in Gen.Choose(0, (int)(max >> 32))
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        select Math.Min(max, ((long)high << 32) | (uint)low);

    /// <summary>Applies confirmations and reschedules to a milestone, skipping a reschedule to the date it already has.</summary>
    private static Milestone Replay(Milestone milestone, (bool Confirm, int Pick, ImpreciseDate To, string Reason)[] steps)
    {
        foreach (var (confirm, pick, to, reason) in steps)
        {
            var date = milestone.Date;
            if (confirm)
            {
                var days = Period.DaysBetween(date.Earliest, date.Latest) + 1;
                milestone = milestone.Confirm(date.Earliest.PlusDays(pick % days));
            }
            else if (to != date)
            {
                milestone = milestone.Reschedule(to, reason);
            }
        }

        return milestone;
    }

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
        return Programme.Create(canonical with
        {
            LaunchDate = launch,
            Dimensions = ValueList.CreateRange(kinds.Select((k, i) => new Dimension(k, titles[0], titles[^1], horizons[i]))),
            Measures = ValueList.CreateRange(titles.Select((t, i) => new Measure(new MeasureNumber(i + 1), t, kinds[i % kinds.Count]))),
            Milestones = ValueList.CreateRange(milestones.Select((m, i) => new Milestone(i + 1, m.Title, m.Kind, m.Date, m.Place))),
            ResultsHorizon = new EffectHorizon(0, resultsMax),
            Evaluation = new PlannedEvaluation(ImpreciseDate.On(launch), titles[0], Period.FromYears(1)),
            Poll = withPoll ? canonical.Poll : null,
            Source = withSource ? canonical.Source : null,
        });
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
        return Ledger.Create(new LedgerDraft
        {
            Programme = Odd17.Programme,
            Territory = territory,
            Reports = [.. withComment],
            Indicators = [indicator],
            Observations = [.. observations],
            Plans = [new MeasurePlan(new MeasureNumber(2), launch, launch.PlusYears(2))],
            Milestones = comment is null
                ? []
                : [new Milestone(Odd17.Programme.Milestones.Count + 1, new LocalizedText(comment, comment), MilestoneKind.Workshop, ImpreciseDate.InMonth(new YearMonth(2021, 1 + Math.Abs(values[0] % 12))), serves: [new MeasureNumber(2)])],
        });
    }

    private static Portfolio BuildPortfolio(List<MeasureReport[]> reportSets, double weight)
    {
        var ledgers = reportSets.Select((reports, i) => Ledger.Create(new LedgerDraft
        {
            Programme = Odd17.Programme,
            Territory = FrenchDepartements.All[i * 7],
            Reports = [.. reports],
        }));
        return Portfolio.Create(new PortfolioDraft { Ledgers = [.. ledgers], Weights = [new TerritoryWeight(FrenchDepartements.All[0].Code, weight)] });
    }
}

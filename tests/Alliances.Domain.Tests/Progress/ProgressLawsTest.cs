using Alliances.Domain.Progress;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Progress;

/// <summary>The laws of the progress rules, over generated ledgers.</summary>
public class ProgressLawsTest
{
    private static readonly ProgressOptions Strict = new() { Policy = UnknownPolicy.Strict };

    private static readonly ProgressOptions Weighted = new()
    {
        MeasureWeights = [new MeasureWeight(new MeasureNumber(1), 3), new MeasureWeight(new MeasureNumber(5), 0.5), new MeasureWeight(new MeasureNumber(20), 2)],
    };

    /// <summary>Days from launch to three years and a bit after.</summary>
    private static Gen<NodaTime.LocalDate> Days => Gen.Choose(0, 1200).Select(d => Domain.Catalogue.Odd17.LaunchDate.PlusDays(d));

    /// <summary>The programme with its measures' dimensions dealt in turn (1 operational, 2 strategic, 3 political, 4 operational…), so that no two neighbours share one.</summary>
    private static readonly Domain.Programme Interleaved = Domain.Programme.Create(Domain.Catalogue.Odd17.Programme.ToDraft() with
    {
        Measures = Domain.ValueList.CreateRange(Domain.Catalogue.Odd17.Programme.Measures.Select(m =>
            new Measure(m.Number, m.Title, (Domain.DimensionKind)((m.Number.Value - 1) % 3)))),
    });

    private static Ledger BuildLedger(IEnumerable<MeasureReport> reports) =>
        Ledger.Create(new LedgerDraft { Programme = Domain.Catalogue.Odd17.Programme, Reports = [.. reports] });

    /// <summary>
    /// PRO007 against PRO003: a geometric mean never exceeds the arithmetic mean of the same dimensions with the same
    /// weights, and it is 0 % exactly when one of them is; it is unknown exactly when a dimension that counts is.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property TheBalancedIndex_NeverExceedsTheProgrammesProgress_AndIsZeroOnlyWhereADimensionIs() =>
        Prop.ForAll(AlliancesGenerators.Ledgers.ToArbitrary(), Days.ToArbitrary(), (ledger, day) =>
            new[] { ProgressOptions.Default, Strict, Weighted }.All(options =>
            {
                var rollup = ledger.RollupAt(day, options);
                var counted = rollup.Dimensions.Where(d => d.CancelledCount < d.MeasureCount).ToList();
                var unknown = counted.Count == 0 || counted.Any(d => d.Progress is null);
                return rollup.BalancedIndex is { } balanced
                    ? !unknown
                        && rollup.Progress is { } mean && balanced.Points <= mean.Points + 1e-9
                        && (balanced == Percentage.Zero) == counted.Any(d => d.Progress == Percentage.Zero)
                    : unknown;
            }));

    /// <summary>PRO005 over any ledger: the share of the measures not cancelled whose status is anything but not started.</summary>
    [Property(MaxTest = 200)]
    public Property Breadth_IsTheShareOfTheMeasuresNotCancelledThatHaveStarted() =>
        Prop.ForAll(AlliancesGenerators.Ledgers.ToArbitrary(), Days.ToArbitrary(), (ledger, day) =>
        {
            var rollup = ledger.RollupAt(day);
            var active = rollup.Measures.Where(m => !m.IsCancelled).ToList();
            var started = active.Count(m => m.Status != LifecycleStatus.NotStarted);
            var expected = active.Count == 0 ? 0 : 100.0 * started / active.Count;
            return Math.Abs(rollup.Breadth.Points - expected) < 1e-9;
        });

    /// <summary>PRO014 over any ledger and options: known weight over total weight, across the measures not cancelled.</summary>
    [Property(MaxTest = 200)]
    public Property ProgrammeCoverage_IsTheKnownWeightOverTheWeightOfEveryMeasureNotCancelled() =>
        Prop.ForAll(AlliancesGenerators.Ledgers.ToArbitrary(), Days.ToArbitrary(), (ledger, day) =>
            new[] { ProgressOptions.Default, Strict, Weighted }.All(options =>
            {
                var rollup = ledger.RollupAt(day, options);
                var active = rollup.Measures.Where(m => !m.IsCancelled).ToList();
                var total = active.Sum(m => options.WeightOf(m.Measure));
                var known = active.Where(m => m.Progress is not null).Sum(m => options.WeightOf(m.Measure));
                return Math.Abs(rollup.Coverage.Points - (total == 0 ? 0 : 100 * known / total)) < 1e-9;
            }));

    /// <summary>
    /// PRO015 over any ledger (each plans measure 2 itself) and options: the programme expects the mean of what its
    /// measures expect, weighted as its progress is, without the cancelled measures.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property ProgrammeExpected_IsTheWeightedMeanOfWhatItsMeasuresExpect() =>
        Prop.ForAll(AlliancesGenerators.Ledgers.ToArbitrary(), Days.ToArbitrary(), (ledger, day) =>
            new[] { ProgressOptions.Default, Weighted, Weighted with { DimensionWeights = [new DimensionWeight(Domain.DimensionKind.Strategic, 4)] } }.All(options =>
            {
                var rollup = ledger.RollupAt(day, options);
                var dimensions = rollup.Measures.Where(m => !m.IsCancelled).GroupBy(m => m.Dimension)
                    .Select(d => (Mean: d.Sum(m => m.Expected.Points * options.WeightOf(m.Measure)) / d.Sum(m => options.WeightOf(m.Measure)), Weight: options.WeightOf(d.Key)))
                    .ToList();
                var expected = dimensions.Count == 0 ? ledger.RollupAt(day).GetMeasure(new MeasureNumber(1)).Expected.Points : dimensions.Sum(d => d.Mean * d.Weight) / dimensions.Sum(d => d.Weight);
                return Math.Abs(rollup.Expected.Points - expected) < 1e-9;
            }));

    [Property(MaxTest = 200)]
    public Property Dimensions_AreTheMeansOfTheirMeasures_WhereverTheMeasuresStand() =>
        Prop.ForAll(AlliancesGenerators.Reports.ToArbitrary(), Days.ToArbitrary(), (reports, day) =>
        {
            var ledger = Ledger.Create(new LedgerDraft { Programme = Interleaved, Reports = [.. reports] });
            return new[] { ProgressOptions.Default, Strict, Weighted }.All(options =>
            {
                var rollup = ledger.RollupAt(day, options);
                return rollup.Dimensions.All(d =>
                {
                    var members = rollup.Measures.Where(m => m.Dimension == d.Dimension).ToList();
                    var active = members.Where(m => !m.IsCancelled).ToList();
                    var known = active.Where(m => m.Progress is not null).Select(m => (m.Progress!.Value.Points, Weight: options.WeightOf(m.Measure))).ToList();
                    var unknown = known.Count < active.Count;
                    double? expected = known.Count == 0 || (unknown && options == Strict) ? null : known.Sum(k => k.Points * k.Weight) / known.Sum(k => k.Weight);
                    return d.MeasureCount == members.Count
                        && d.CancelledCount == members.Count - active.Count
                        && d.KnownCount == known.Count
                        && (d.Progress is { } p ? expected is { } e && Math.Abs(p.Points - e) < 1e-9 : expected is null);
                });
            });
        });

    [Property(MaxTest = 200)]
    public Property EveryMeasuresScheduleStatus_IsTheSchedulesVerdictOnItsFirstEffects() =>
        Prop.ForAll(AlliancesGenerators.Ledgers.ToArbitrary(), Days.ToArbitrary(), (ledger, day) =>
            ledger.RollupAt(day).Measures.All(m =>
                m.Schedule == ledger.Schedule.StatusOf(m.Measure, day, m.FirstEffects).Status));

    [Property(MaxTest = 200)]
    public Property Rollups_LieBetweenTheirInputs() =>
        Prop.ForAll(AlliancesGenerators.Ledgers.ToArbitrary(), Days.ToArbitrary(), (ledger, day) =>
        {
            var rollup = ledger.RollupAt(day);
            var dimensionsOk = rollup.Dimensions.All(d =>
            {
                var inputs = rollup.Measures.Where(m => m.Dimension == d.Dimension && !m.IsCancelled && m.Progress is not null).Select(m => m.Progress!.Value.Points).ToList();
                return d.Progress is not { } p || (p.Points >= inputs.Min() - 1e-9 && p.Points <= inputs.Max() + 1e-9);
            });
            var known = rollup.Dimensions.Where(d => d.Progress is not null).Select(d => d.Progress!.Value.Points).ToList();
            var programmeOk = rollup.Progress is not { } overall || (overall.Points >= known.Min() - 1e-9 && overall.Points <= known.Max() + 1e-9);
            var balancedOk = rollup.BalancedIndex is not { } b || b.Points <= known.Max() + 1e-9;
            return dimensionsOk && programmeOk && balancedOk;
        });

    /// <summary>
    /// Raising a measure that is known, neither cancelled nor completed, never lowers the programme. A ledger with no
    /// such measure is discarded rather than passed, so that FsCheck reports it if the generator stops giving any.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property RaisingOneMeasure_NeverLowersTheProgramme() =>
        Prop.ForAll(AlliancesGenerators.Ledgers.ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (ledger, pick, raise) =>
        {
            var asOf = Domain.Catalogue.Odd17.LaunchDate.PlusDays(1300);
            var before = ledger.RollupAt(asOf);
            var raisable = before.Measures.Where(m => m.Progress is not null && !m.IsCancelled && m.Status != LifecycleStatus.Completed).ToList();
            bool Holds()
            {
                var figures = raisable[pick % raisable.Count];
                var current = figures.Progress!.Value;
                var higher = new Percentage(Math.Min(100, Math.Round(current.Points + raise)));
                var raised = ledger.Add(new MeasureReport(figures.Measure, asOf, figures.Status, higher));
                var after = raised.RollupAt(asOf);
                return after.Progress!.Value.Points >= before.Progress!.Value.Points - 1e-9
                    && after.GetMeasure(figures.Measure).Progress!.Value >= current;
            }

            return Prop.When(Holds, raisable.Count > 0);
        });

    [Property(MaxTest = 100)]
    public Property Results_DoNotDependOnTheOrderReportsAreGiven() =>
        Prop.ForAll(AlliancesGenerators.Reports.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), Days.ToArbitrary(), (reports, seed, day) =>
        {
            var shuffled = reports.Reverse().ToArray();
            var random = new Random(seed);
            var other = reports.OrderBy(_ => random.Next()).ToArray();
            var a = BuildLedger(shuffled);
            var b = BuildLedger(other);
            return a == b && a.RollupAt(day) == b.RollupAt(day) && a.RollupAt(day, Strict) == b.RollupAt(day, Strict);
        });

    [Property(MaxTest = 100)]
    public Property AddingReportsOneByOneInDateOrder_GivesTheSameLedger() =>
        Prop.ForAll(AlliancesGenerators.Reports.ToArbitrary(), reports =>
        {
            var oneByOne = reports.OrderBy(r => r.Date).ThenBy(r => r.Measure)
                .Aggregate(Ledger.National(Domain.Catalogue.Odd17.Programme), (ledger, report) => ledger.Add(report));
            return oneByOne == BuildLedger(reports);
        });

    [Property(MaxTest = 200)]
    public Property QueriesAtADate_IgnoreReportsDatedAfterIt() =>
        Prop.ForAll(AlliancesGenerators.Reports.ToArbitrary(), Days.ToArbitrary(), (reports, day) =>
        {
            var known = BuildLedger(reports.Where(r => r.Date <= day));
            var everything = BuildLedger(reports);
            return known.RollupAt(day) == everything.RollupAt(day)
                && known.RollupAt(day, Strict) == everything.RollupAt(day, Strict)
                && Enumerable.Range(1, 21).All(m => known.ForecastCompletion(new MeasureNumber(m), day) == everything.ForecastCompletion(new MeasureNumber(m), day));
        });

    [Property(MaxTest = 100)]
    public Property EveryTerritoryOfANationalRollup_IsItsLedgersOwnRollup() =>
        Prop.ForAll(AlliancesGenerators.Portfolios.ToArbitrary(), Days.ToArbitrary(), (portfolio, day) =>
            new[] { ProgressOptions.Default, Strict, Weighted }.All(options =>
            {
                var national = portfolio.RollupAt(day, options);
                return national.Territories.Select((territory, t) => (territory, own: portfolio.Ledgers[t].RollupAt(day, options)))
                    .All(pair => pair.territory == pair.own
                        && pair.territory.GetHashCode() == pair.own.GetHashCode()
                        && pair.territory.Measures.SequenceEqual(pair.own.Measures));
            }));

    [Property(MaxTest = 100)]
    public Property EveryMeasureAcrossTerritories_CountsWhatTheTerritoriesSay() =>
        Prop.ForAll(AlliancesGenerators.Portfolios.ToArbitrary(), Days.ToArbitrary(), (portfolio, day) =>
        {
            var national = portfolio.RollupAt(day);
            return national.Measures.All(across =>
            {
                var figures = national.Territories.Select(t => t.GetMeasure(across.Measure)).ToList();
                return across.CancelledCount == figures.Count(f => f.IsCancelled)
                    && across.KnownCount == figures.Count(f => !f.IsCancelled && f.Progress is not null)
                    && across.OffTrackCount == figures.Count(f => !f.IsCancelled && f.IsOnTrack == false);
            });
        });

    [Property(MaxTest = 100)]
    public Property TheNationalFigures_AreTheWeightedMeansOfTheTerritories() =>
        Prop.ForAll(AlliancesGenerators.Portfolios.ToArbitrary(), Days.ToArbitrary(), (portfolio, day) =>
        {
            var national = portfolio.RollupAt(day);
            var weights = portfolio.Ledgers.Select(l => portfolio.WeightOf(l.Territory!.Code)).ToList();

            // The weighted mean over the territories where a figure is known, or null when it is known in none.
            double? Mean(Func<ProgrammeProgress, double?> figure)
            {
                var known = national.Territories.Select((t, i) => (Value: figure(t), Weight: weights[i])).Where(x => x.Value is not null).ToList();
                return known.Count == 0 ? null : known.Sum(x => x.Value!.Value * x.Weight) / known.Sum(x => x.Weight);
            }

            static bool Close(double? actual, double? expected) =>
                actual is { } a ? expected is { } e && Math.Abs(a - e) < 1e-9 : expected is null;

            return Close(national.Progress?.Points, Mean(t => t.Progress?.Points))
                && national.Dimensions.Select((d, k) => Close(d.Progress?.Points, Mean(t => t.Dimensions[k].Progress?.Points))).All(x => x)
                && national.Measures.All(across =>
                {
                    MeasureProgress Of(ProgrammeProgress t) => t.GetMeasure(across.Measure);
                    bool Counts(ProgrammeProgress t) => !Of(t).IsCancelled;
                    return Close(across.Progress?.Points, Mean(t => Counts(t) ? Of(t).Progress?.Points : null))
                        && Close(across.MeanVariance, Mean(t => Counts(t) ? Of(t).Variance : null));
                });
        });
}

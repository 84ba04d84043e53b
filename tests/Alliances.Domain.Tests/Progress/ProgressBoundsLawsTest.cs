using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Alliances.Domain.Tests.Progress;

/// <summary>
/// Every figure a valid ledger or portfolio gives can be worked out and is a finite number in its range, and means lie
/// between what they average, with weights and indicator values at the very ends of what the rules allow (WGT010, IND010).
/// </summary>
public class ProgressBoundsLawsTest
{
    private static readonly LocalDate Launch = Odd17.LaunchDate;

    /// <summary>Days from launch to three years and a bit after.</summary>
    private static Gen<LocalDate> Days => Gen.Choose(0, 1200).Select(d => Launch.PlusDays(d));

    /// <summary>Weights from 10⁻⁶ to 10⁹: the edges, everyday ones, and any double between.</summary>
    private static Gen<double> Weights => Gen.Frequency(
        (3, Gen.Elements(1e-6, 1e9, Math.BitIncrement(1e-6), Math.BitDecrement(1e9), 1.0)),
        (1, Gen.Choose(1, 300).Select(n => n / 10.0)),
        (2, Gen.Choose(-6, 9).Select(e => Math.Pow(10, e))));

    /// <summary>Indicator values within ±10¹²: the edges, zero, subnormals, and everyday ones.</summary>
    private static Gen<double> Values => Gen.Frequency(
        (3, Gen.Elements(1e12, -1e12, Math.BitDecrement(1e12), Math.BitIncrement(-1e12), 0.0, -0.0, double.Epsilon, -double.Epsilon, 1e-300)),
        (2, Gen.Choose(-1000, 1000).Select(n => n / 7.0)),
        (1, Gen.Choose(-12, 12).Select(e => Math.Pow(10, e))));

    /// <summary>Ledgers with indicators on a few measures whose values and weights reach the ends of their ranges.</summary>
    private static Gen<Ledger> Ledgers =>
        from reports in AlliancesGenerators.Reports
        from count in Gen.Choose(1, 6)
        from indicators in Gen.ArrayOf(Indicator, count)
        from territory in Gen.Elements<Territory?>(null, new Territory(new TerritoryCode("13"), "Bouches-du-Rhône", TerritoryLevel.Departement))
        select Ledger.Create(new LedgerDraft
        {
            Programme = Odd17.Programme,
            Territory = territory,
            Reports = [.. reports],
            Indicators = [.. indicators.Select((x, i) => x.Indicator(i))],
            Observations = [.. indicators.SelectMany((x, i) => x.Observations.Select((v, d) => new Observation($"i{i}", Launch.PlusDays(1 + (97 * d)), v)))],
        });

    private static Gen<(Func<int, Indicator> Indicator, double[] Observations)> Indicator =>
        from measure in Gen.Elements(1, 2, 9, 21)
        from baseline in Values
        from target in Values
        from weight in Weights
        from direction in Gen.Elements(IndicatorDirection.HigherIsBetter, IndicatorDirection.LowerIsBetter)
        from observations in Gen.ArrayOf(Values, 4)
        select ((Func<int, Indicator>)(i => new Indicator(
            $"i{i}", new MeasureNumber(measure), new LocalizedText("x"), "u", direction,
            new IndicatorPoint(baseline, Launch), new IndicatorPoint(target, Launch.PlusYears(3)), weight: weight)), observations);

    private static Gen<ProgressOptions> Options =>
        from measureWeights in Gen.ArrayOf(Weights, 21)
        from dimensionWeights in Gen.ArrayOf(Weights, 3)
        from strict in Gen.Elements(true, false)
        select new ProgressOptions
        {
            Policy = strict ? UnknownPolicy.Strict : UnknownPolicy.Available,
            MeasureWeights = [.. measureWeights.Select((w, m) => new MeasureWeight(new MeasureNumber(m + 1), w))],
            DimensionWeights = [.. dimensionWeights.Select((w, d) => new DimensionWeight((DimensionKind)d, w))],
        };

    /// <summary>Reports on every measure, or now and then every measure started with no figure: a territory whose progress is unknown.</summary>
    private static Gen<MeasureReport[]> ReportsOrNothingKnown => Gen.Frequency(
        (4, AlliancesGenerators.Reports),
        (1, Gen.Constant(Odd17.Programme.Measures.Select(m => new MeasureReport(m.Number, Launch, LifecycleStatus.InProgress)).ToArray())));

    private static Gen<Portfolio> Portfolios =>
        from ledgers in Gen.ArrayOf(ReportsOrNothingKnown, 3)
        from weights in Gen.ArrayOf(Weights, 3)
        select Portfolio.Create(new PortfolioDraft { Ledgers = [.. ledgers.Select((reports, t) => Ledger.Create(new LedgerDraft { Programme = Odd17.Programme, Territory = FrenchDepartements.All[t * 7], Reports = [.. reports] }))], Weights = [.. weights.Select((w, t) => new TerritoryWeight(FrenchDepartements.All[t * 7].Code, w))] });

    [Property(MaxTest = 200)]
    public Property EveryFigureOfALedger_IsFiniteAndInItsRange_AtTheEndsOfEveryRange() =>
        Prop.ForAll(Ledgers.ToArbitrary(), Options.ToArbitrary(), Days.ToArbitrary(), (ledger, options, day) =>
        {
            var rollup = ledger.RollupAt(day, options);

            // Reading each percentage works it out; a Percentage holds 0–100 by construction, so what can fail here is
            // the working out itself (a NaN from extreme weights would break PCT001 as it is read), not the range.
            _ = rollup.Measures.Select(m => m.Progress)
                .Concat(rollup.Dimensions.Select(d => d.Progress)).Concat(rollup.Dimensions.Select(d => (Percentage?)d.Coverage))
                .Append(rollup.Progress).Append(rollup.BalancedIndex).Append(rollup.Breadth).Append(rollup.Coverage).Append(rollup.Expected)
                .ToList();
            var variances = rollup.Measures.Select(m => m.Variance).Append(rollup.Variance).OfType<double>();
            var indexes = rollup.Measures.Select(m => m.PerformanceIndex).Append(rollup.PerformanceIndex).OfType<double>();
            var forecasts = Odd17.Programme.Measures.Select(m => ledger.ForecastCompletion(m.Number, day).PointsPerDay).OfType<double>();
            return variances.All(v => v is >= -100 and <= 100)
                && indexes.All(i => double.IsFinite(i) && i >= 0)
                && forecasts.All(double.IsFinite);
        });

    [Property(MaxTest = 200)]
    public Property AMeasuresIndicatorMean_LiesBetweenItsIndicators_WhateverTheirWeights() =>
        Prop.ForAll(Ledgers.ToArbitrary(), Days.ToArbitrary(), (ledger, day) =>
            ledger.RollupAt(day).Measures.Where(m => m.Source == ProgressSource.Indicators).All(m =>
            {
                var progress = ledger.Indicators.Where(i => i.Measure == m.Measure)
                    .Select(i => ledger.Observations.Where(o => o.Indicator == i.Id && o.Date <= day).MaxBy(o => o.Date) is { } latest ? i.ProgressFrom(latest.Value) : null)
                    .OfType<Percentage>().Select(p => p.Points).ToList();
                return m.Progress!.Value.Points >= progress.Min() - 1e-9 && m.Progress.Value.Points <= progress.Max() + 1e-9;
            }));

    [Property(MaxTest = 200)]
    public Property DimensionsAndProgramme_LieBetweenWhatTheyAverage_WhateverTheWeights() =>
        Prop.ForAll(AlliancesGenerators.Ledgers.ToArbitrary(), Options.ToArbitrary(), Days.ToArbitrary(), (ledger, options, day) =>
        {
            var rollup = ledger.RollupAt(day, options with { Policy = UnknownPolicy.Available });
            var dimensionsOk = rollup.Dimensions.All(d =>
            {
                var inputs = rollup.Measures.Where(m => m.Dimension == d.Dimension && !m.IsCancelled && m.Progress is not null).Select(m => m.Progress!.Value.Points).ToList();
                return d.Progress is not { } p || (p.Points >= inputs.Min() - 1e-9 && p.Points <= inputs.Max() + 1e-9);
            });
            var known = rollup.Dimensions.Where(d => d.Progress is not null).Select(d => d.Progress!.Value.Points).ToList();
            return dimensionsOk && (rollup.Progress is not { } overall || (overall.Points >= known.Min() - 1e-9 && overall.Points <= known.Max() + 1e-9));
        });

    [Property(MaxTest = 100)]
    public Property NationalFigures_LieBetweenTheTerritories_WhateverTheirWeights() =>
        Prop.ForAll(Portfolios.ToArbitrary(), Days.ToArbitrary(), (portfolio, day) =>
        {
            var national = portfolio.RollupAt(day);
            var territories = national.Territories.Where(t => t.Progress is not null).Select(t => t.Progress!.Value.Points).ToList();
            var measuresOk = national.Measures.All(across =>
            {
                var figures = national.Territories.Select(t => t.GetMeasure(across.Measure)).Where(f => !f.IsCancelled && f.Progress is not null).ToList();
                return (across.Progress is not { } p || (p.Points >= figures.Min(f => f.Progress!.Value.Points) - 1e-9 && p.Points <= figures.Max(f => f.Progress!.Value.Points) + 1e-9))
                    && (across.MeanVariance is not { } v || (double.IsFinite(v) && v >= figures.Min(f => f.Variance!.Value) - 1e-9 && v <= figures.Max(f => f.Variance!.Value) + 1e-9));
            });
            var dimensionsOk = national.Dimensions.Select((d, k) => (d.Progress, Inputs: national.Territories.Select(t => t.Dimensions[k].Progress).OfType<Percentage>().Select(p => p.Points).ToList()))
                .All(x => x.Progress is { } p
                    ? x.Inputs.Count > 0 && p.Points >= x.Inputs.Min() - 1e-9 && p.Points <= x.Inputs.Max() + 1e-9
                    : x.Inputs.Count == 0);

            // The national coverage is the share of the territories' weight whose progress is known.
            var weights = national.Territories.Select(t => portfolio.WeightOf(t.Territory!.Code)).ToList();
            var coverage = 100 * national.Territories.Select((t, i) => t.Progress is null ? 0 : weights[i]).Sum() / weights.Sum();
            return measuresOk && dimensionsOk && Math.Abs(national.Coverage.Points - coverage) < 1e-9
                && (national.Progress is not { } overall || (overall.Points >= territories.Min() - 1e-9 && overall.Points <= territories.Max() + 1e-9));
        });

    [Theory]
    [InlineData("odd17.portfolio.json", "\"weight\": 2.6", "\"weight\": 1e308", "WGT010")]
    [InlineData("odd17.portfolio.json", "\"weight\": 2.6", "\"weight\": 1e-300", "WGT010")]
    [InlineData("odd17.ledger-13.json", "\"weight\": 1\n", "\"weight\": 1e308\n", "WGT010")]
    [InlineData("odd17.ledger-13.json", "\"value\": 60,", "\"value\": -1.7e308,", "IND010")]
    public void PublishedDocument_WithAFigureThatWouldOverflowTheRollup_IsRefusedAtReading(string file, string value, string extreme, string code)
    {
        var json = Support.Files.Docs("examples", file).ReplaceLineEndings("\n");
        json.Should().Contain(value);

        var result = Domain.Serialization.LedgerJson.Validate(json.Replace(value, extreme));

        result.Codes.Should().Equal(code);
    }

    [Fact]
    public void OneHeavyTerritory_WeighsAsHeavyAsTheRulesAllow_AndNoMore()
    {
        // At 50 % and 100 %, weighing 10⁹ and 1: the national figure is a hair above 50 %, not 100 %.
        var half = Ledger.Create(new LedgerDraft { Programme = Odd17.Programme, Territory = FrenchDepartements.All[0], Reports = [Tests.Support.LedgerFixtures.Report(1, "2020-06-01", Domain.Progress.LifecycleStatus.InProgress, 50)] });
        var full = Ledger.Create(new LedgerDraft { Programme = Odd17.Programme, Territory = FrenchDepartements.All[1], Reports = [Tests.Support.LedgerFixtures.Report(1, "2020-06-01", Domain.Progress.LifecycleStatus.InProgress, 100)] });
        var portfolio = Portfolio.Create(new PortfolioDraft { Ledgers = [half, full], Weights = [new TerritoryWeight(half.Territory!.Code, 1e9), new TerritoryWeight(full.Territory!.Code, 1)] });

        var measure = portfolio.RollupAt(new LocalDate(2020, 6, 1)).Measures[0];

        measure.Progress!.Value.Points.Should().BeApproximately(50 + (50 / (1e9 + 1)), 1e-12);
    }
}

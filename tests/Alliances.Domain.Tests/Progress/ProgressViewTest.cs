using System.Text.Json;
using System.Text.Json.Nodes;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using Alliances.Domain.Testing;
using Alliances.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Alliances.Domain.Scheduling;
using NodaTime;

namespace Alliances.Domain.Tests.Progress;

/// <summary>The progress view: the figures of the model, in the JSON its schema describes, whatever the app's options.</summary>
public class ProgressViewTest
{
    private static readonly LocalDate AsOf = new(2021, 11, 7);

    private static Portfolio ExamplePortfolio => LedgerJson.Deserialize(Files.Docs("examples", "odd17.portfolio.json")).Portfolio!;

    private static Ledger Bouches => LedgerJson.Deserialize(Files.Docs("examples", "odd17.ledger-13.json")).Ledger!;

    private static JsonNode Json(ProgressView view) => JsonNode.Parse(JsonSerializer.Serialize(view))!;

    [Fact]
    public void ALedgersView_HoldsEveryFigureOfItsRollup_Rounded()
    {
        var ledger = Bouches;
        var rollup = ledger.RollupAt(AsOf);

        var view = ProgressView.Of(ledger, AsOf);
        var json = Json(view);

        view.Scope.Should().Be(LedgerScope.Territorial);
        view.National.Should().BeNull();
        view.Ledgers.Should().ContainSingle().Which.Figures.Should().Be(rollup);
        var written = json["ledgers"]![0]!;
        written["territory"]!["code"]!.GetValue<string>().Should().Be("13");
        written["progress"]!.GetValue<double>().Should().Be((double)NaturalText.Round(rollup.Progress!.Value.Points, 2));
        written["expected"]!.GetValue<double>().Should().Be((double)NaturalText.Round(rollup.Expected.Points, 2));
        written["variance"]!.GetValue<double>().Should().Be((double)NaturalText.Round(rollup.Variance!.Value, 2));
        written["performanceIndex"]!.GetValue<double>().Should().Be((double)NaturalText.Round(rollup.PerformanceIndex!.Value, 2));
        written["onTrack"]!.GetValue<bool>().Should().Be(rollup.IsOnTrack!.Value);
        written["measures"]!.AsArray().Should().HaveCount(21);
        written["lagging"]!.AsArray().Select(n => n!.GetValue<int>()).Should().Equal(rollup.Lagging().Select(m => m.Measure.Value));
    }

    [Fact]
    public void AMeasuresPart_HasItsFiguresForecastLeadsAndTitle()
    {
        var ledger = Bouches;
        var view = ProgressView.Of(ledger, AsOf);

        foreach (var measure in view.Ledgers[0].Measures)
        {
            var number = measure.Figures.Measure;
            measure.Figures.Should().Be(ledger.ProgressOf(number, AsOf));
            measure.Forecast.Should().Be(ledger.ForecastCompletion(number, AsOf));
            measure.Leads.Should().Equal(ledger.LeadsOf(number, AsOf));
            measure.Title.Should().Be(Odd17.Programme.GetMeasure(number).Title);
        }

        var first = Json(view)["ledgers"]![0]!["measures"]![0]!;
        var figures = view.Ledgers[0].Measures[0];
        first["measure"]!.GetValue<int>().Should().Be(1);
        first["title"]!["fr"]!.GetValue<string>().Should().Be(figures.Title.French);
        first["status"]!.GetValue<string>().Should().Be(JsonSerializer.Serialize(figures.Figures.Status).Trim('"'));
        first["schedule"]!.GetValue<string>().Should().Be(JsonSerializer.Serialize(figures.Figures.Schedule).Trim('"'));
        first["scheduleRule"]!.GetValue<string>().Should().Be(figures.Figures.Schedule.Rule().Code);
        first["forecast"]!["outcome"]!.GetValue<string>().Should().Be(JsonSerializer.Serialize(figures.Forecast.Outcome).Trim('"'));
    }

    [Fact]
    public void APortfoliosView_HasTheNationalFiguresTheRankingAndEveryTerritory()
    {
        var portfolio = ExamplePortfolio;
        var national = portfolio.RollupAt(AsOf);

        var view = ProgressView.Of(portfolio, AsOf);
        var json = Json(view);

        view.Scope.Should().Be(LedgerScope.Portfolio);
        view.National.Should().Be(national);
        view.Ledgers.Select(l => l.Territory!.Code).Should().Equal(portfolio.Ledgers.Select(l => l.Territory!.Code));
        view.GetTerritory(new TerritoryCode("59")).Figures.Should().Be(portfolio.GetLedger(new TerritoryCode("59")).RollupAt(AsOf));
        json["national"]!["ranking"]!.AsArray().Select(r => r!["territory"]!["code"]!.GetValue<string>())
            .Should().Equal(national.Ranking.Select(r => r.Territory.Code.Value));
        json["national"]!["lagging"]!.AsArray().Select(n => n!.GetValue<int>()).Should().Equal(national.Lagging().Select(m => m.Measure.Value));
        json["ledgers"]!.AsArray().Should().HaveCount(4);
    }

    [Fact]
    public void ANationalLedgersView_IsNational_AndSaysWhatItIs()
    {
        var national = Ledger.Create(Bouches.ToDraft() with { Territory = null, Milestones = [] });

        var view = ProgressView.Of(national, AsOf);

        view.Scope.Should().Be(LedgerScope.National);
        view.Ledgers[0].Territory.Should().BeNull();
        view.ToString().Should().Be("odd17-2020 national progress as of 2021-11-07");
        ProgressView.Of(ExamplePortfolio, AsOf).ToString().Should().Be("odd17-2020 portfolio progress as of 2021-11-07");
    }

    [Fact]
    public void AnUnknownTerritory_IsNotFound()
    {
        var view = ProgressView.Of(ExamplePortfolio, AsOf);

        view.TryGetTerritory(new TerritoryCode("99"), out var none).Should().BeFalse();
        none.Should().BeNull();
        FluentActions.Invoking(() => view.GetTerritory(new TerritoryCode("99"))).Should().Throw<KeyNotFoundException>().WithMessage("The view has 4 territories; there is no territory '99'.");
    }

    [Fact]
    public void TheSettings_AreThoseTheFiguresWereRolledUpWith()
    {
        var options = new ProgressOptions
        {
            Policy = UnknownPolicy.Strict,
            Tolerance = new Percentage(5),
            MeasureWeights = [new MeasureWeight(new MeasureNumber(3), 2)],
            DimensionWeights = [new DimensionWeight(DimensionKind.Political, 0.5)],
        };

        var view = ProgressView.Of(Bouches, AsOf, options);
        var settings = Json(view)["rollupSettings"]!;

        view.Ledgers[0].Figures.Should().Be(Bouches.RollupAt(AsOf, options));
        settings.ToJsonString().Should().Be("""{"unknownPolicy":"strict","tolerance":5,"measureWeights":[{"measure":3,"weight":2}],"dimensionWeights":[{"dimension":"political","weight":0.5}]}""");
    }

    [Fact]
    public void WithoutCommitments_NoMeasureIsSaidToLackALead_WithThemTheFindingIsListed()
    {
        var withCommitments = Bouches;
        withCommitments.Commitments.Should().NotBeEmpty("the example says who does what");
        var without = LedgerJson.Deserialize(Files.Docs("examples", "odd17.portfolio.json")).Portfolio!.Ledgers.First(l => l.Commitments.IsEmpty);

        ProgressView.Of(without, AsOf).Ledgers[0].WithoutLead.Should().BeNull();
        Json(ProgressView.Of(without, AsOf))["ledgers"]![0]!["withoutLead"].Should().BeNull();
        ProgressView.Of(withCommitments, AsOf).Ledgers[0].WithoutLead!.Value.Should().Equal(withCommitments.RollupAt(AsOf).WithoutLead);
    }

    [Fact]
    public void BeforeTheLaunch_NothingIsExpected_AndAfterEveryReport_TheLatestFiguresCarryOn()
    {
        var ledger = Bouches;
        var before = ProgressView.Of(ledger, ledger.LaunchDate.PlusDays(-1)).Ledgers[0];
        var last = ledger.Reports.Max(r => r.Date);
        var after = ProgressView.Of(ledger, last.PlusYears(1)).Ledgers[0];

        before.Figures.Expected.Points.Should().Be(0);
        before.Measures.Should().OnlyContain(m => m.Figures.Status == LifecycleStatus.NotStarted && m.Figures.Schedule == ScheduleStatus.NotDue);
        after.Measures.Select(m => m.Figures.Progress).Should().Equal(ProgressView.Of(ledger, last).Ledgers[0].Measures.Select(m => m.Figures.Progress));
        after.Figures.Expected.Should().Be(ledger.RollupAt(last.PlusYears(1)).Expected);
    }

    [Fact]
    public void TheJson_IsTheSame_WhateverTheAppsOptions_AndThroughTheContext()
    {
        var view = ProgressView.Of(ExamplePortfolio, AsOf);
        var plain = JsonSerializer.Serialize(view);
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.WriteAsString,
            Encoder = AlliancesJson.Encoder,
        };

        JsonSerializer.Serialize(view, AlliancesJsonContext.Default.ProgressView).Should().Be(plain);
        JsonSerializer.Serialize(view, web).Should().Be(JsonSerializer.Serialize(view, new JsonSerializerOptions { Encoder = AlliancesJson.Encoder }));
        plain.Should().StartWith("""{"kind":"progressView","schemaVersion":1,"programme":"odd17-2020","scope":"portfolio","asOf":"2021-11-07",""");
    }

    [Fact]
    public void AView_IsWrittenNotRead()
    {
        var json = JsonSerializer.Serialize(ProgressView.Of(Bouches, AsOf));

        FluentActions.Invoking(() => JsonSerializer.Deserialize<ProgressView>(json)).Should().Throw<NotSupportedException>().WithMessage("*ProgressView.Of*");
    }

    [Fact]
    public void TheExampleInTheDocs_IsWhatTheLibraryWrites() =>
        JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(ProgressView.Of(ExamplePortfolio, AsOf))), JsonNode.Parse(Files.Docs("examples", "views", "odd17.portfolio.progress-view.json")))
            .Should().BeTrue("docs/examples/views/odd17.portfolio.progress-view.json is `alliances progress --ledger docs/examples/odd17.portfolio.json --as-of 2021-11-07 --json`");

    [Fact]
    public void TheSchema_AcceptsTheExample_AndRefusesAFigureWrittenAsText()
    {
        var example = Files.Docs("examples", "views", "odd17.portfolio.progress-view.json");

        PublishedSchemas.FirstError(PublishedSchemas.ProgressView, example).Should().BeNull();
        PublishedSchemas.FirstError(PublishedSchemas.ProgressView, example.Replace("\"progress\": 59.45,", "\"progress\": \"59.45\",", StringComparison.Ordinal))
            .Should().NotBeNull();
    }

    [Property(MaxTest = 60)]
    public Property EveryView_OfAGeneratedLedgerOrPortfolio_AtAnyDate_IsValidAgainstItsSchema() =>
        Prop.ForAll(
            Gen.OneOf(
                AlliancesGenerators.Ledgers.Select(l => (Func<LocalDate, ProgressView>)(d => ProgressView.Of(l, d))),
                AlliancesGenerators.Portfolios.Select(p => (Func<LocalDate, ProgressView>)(d => ProgressView.Of(p, d)))).ToArbitrary(),
            Gen.Choose(-400, 3000).ToArbitrary(),
            (view, days) =>
            {
                var json = JsonSerializer.Serialize(view(Odd17.LaunchDate.PlusDays(days)));
                var error = PublishedSchemas.FirstError(PublishedSchemas.ProgressView, json);
                return (error is null).Label(error ?? string.Empty);
            });
}

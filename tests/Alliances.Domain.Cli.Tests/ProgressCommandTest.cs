using System.Text.Json;

namespace Alliances.Domain.Cli.Tests;

public class ProgressCommandTest
{
    private static readonly string Portfolio = Repository.PathOf("docs", "examples", "odd17.portfolio.json");
    private static readonly string Ledger13 = Repository.PathOf("docs", "examples", "odd17.ledger-13.json");

    [Fact]
    public void Progress_OfAPortfolio_PrintsTheNationalViewAndTheRanking()
    {
        var run = CliRun.Of("progress", "--ledger", Portfolio, "--as-of", "2021-11-07");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("National view: 4 territories")
            .And.Contain("Territories ranked")
            .And.Contain("1. 13 Bouches-du-Rhône")
            .And.Contain("Measures lagging most across territories")
            .And.Contain("█");
    }

    [Fact]
    public void Progress_OfOneTerritory_PrintsItsMeasuresWithBarsAndForecasts()
    {
        var run = CliRun.Of("progress", "--ledger", Ledger13, "--as-of", "2021-11-07", "--lang", "fr");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("13 Bouches-du-Rhône (lancement 7 mai 2020)")
            .And.Contain("Mesures opérationnelles")
            .And.Contain("Prévision")
            .And.Contain("Mesures les plus en retard");
        run.Output.Split('\n').Count(l => l.StartsWith("   ", StringComparison.Ordinal) && char.IsDigit(l.TrimStart()[0])).Should().Be(21);
    }

    [Fact]
    public void Progress_Json_IsTheLibrarysProgressView()
    {
        var run = CliRun.Of("progress", "--ledger", Portfolio, "--as-of", "2021-11-07", "--json");

        run.ExitCode.Should().Be(0);
        var portfolio = Domain.Serialization.LedgerJson.Deserialize(File.ReadAllText(Portfolio)).Portfolio!;
        var view = Domain.Progress.ProgressView.Of(portfolio, new NodaTime.LocalDate(2021, 11, 7));
        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(run.Output), System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(view)))
            .Should().BeTrue("the command prints the library's view, indented");
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        root.GetProperty("kind").GetString().Should().Be("progressView");
        root.GetProperty("scope").GetString().Should().Be("portfolio");
        root.GetProperty("national").GetProperty("progress").GetDouble().Should().Be((double)Math.Round((decimal)view.National!.Progress!.Value.Points, 2, MidpointRounding.AwayFromZero));
        root.GetProperty("national").GetProperty("ranking")[0].GetProperty("territory").GetProperty("code").GetString().Should().Be(view.National.Ranking[0].Territory.Code.Value);
        root.GetProperty("ledgers").EnumerateArray().Should().HaveCount(4).And.OnlyContain(l => l.GetProperty("measures").GetArrayLength() == 21);
    }

    [Fact]
    public void Progress_OfALedgerWithRollupSettings_AppliesThem_AndItsViewShowsThem()
    {
        var plain = Domain.Serialization.LedgerJson.Deserialize(File.ReadAllText(Ledger13)).Ledger!;
        var settings = new Domain.Progress.ProgressOptions { Tolerance = new Percentage(1), DimensionWeights = [new Domain.Progress.DimensionWeight(DimensionKind.Political, 4)] };
        var set = Domain.Progress.Ledger.Create(plain.ToDraft() with { RollupSettings = settings });
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Domain.Serialization.LedgerJson.Serialize(set)));

        var run = CliRun.WithInput(input, null, ["progress", "--ledger", "-", "--as-of", "2021-11-07", "--json"]);

        run.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("rollupSettings").GetProperty("tolerance").GetDouble().Should().Be(1);
        var expected = set.RollupAt(new NodaTime.LocalDate(2021, 11, 7));
        expected.Progress.Should().NotBe(plain.RollupAt(new NodaTime.LocalDate(2021, 11, 7)).Progress);
        document.RootElement.GetProperty("ledgers")[0].GetProperty("progress").GetDouble()
            .Should().Be((double)Math.Round((decimal)expected.Progress!.Value.Points, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Progress_Json_OfOneTerritory_IsThatTerritorysView()
    {
        var run = CliRun.Of("progress", "--ledger", Portfolio, "--as-of", "2021-11-07", "--territory", "59", "--json");

        run.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("scope").GetString().Should().Be("territorial");
        document.RootElement.GetProperty("national").ValueKind.Should().Be(JsonValueKind.Null);
        document.RootElement.GetProperty("ledgers").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("territory").GetProperty("code").GetString().Should().Be("59");
    }

    [Fact]
    public void Progress_Json_GivesTheDayAnOverdueLineReachedFull()
    {
        // Measure 1 of the Bouches-du-Rhône ledger is at 95 % on 7 November 2021, and the line through its reports
        // reached 100 % before that day.
        var run = CliRun.Of("progress", "--ledger", Ledger13, "--as-of", "2021-11-07", "--json");

        run.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(run.Output);
        var first = document.RootElement.GetProperty("ledgers")[0].GetProperty("measures")[0];
        var forecast = Domain.Serialization.LedgerJson.Deserialize(File.ReadAllText(Ledger13)).Ledger!
            .ForecastCompletion(new MeasureNumber(1), new NodaTime.LocalDate(2021, 11, 7));
        (forecast.Date < forecast.AsOf).Should().BeTrue();
        first.GetProperty("forecast").GetProperty("outcome").GetString().Should().Be("overdue");
        first.GetProperty("forecast").GetProperty("date").GetString().Should().Be(forecast.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Progress_Json_ListsOnlyTheMeasuresBehindTheirExpectedProgress()
    {
        var run = CliRun.Of("progress", "--ledger", Ledger13, "--as-of", "2021-11-07", "--json");

        using var document = JsonDocument.Parse(run.Output);
        var ledger = document.RootElement.GetProperty("ledgers")[0];
        var variances = ledger.GetProperty("measures").EnumerateArray()
            .ToDictionary(m => m.GetProperty("measure").GetInt32(), m => m.GetProperty("variance").ValueKind == JsonValueKind.Null ? (double?)null : m.GetProperty("variance").GetDouble());
        var lagging = ledger.GetProperty("lagging").EnumerateArray().Select(m => m.GetInt32()).ToList();
        var rollup = Domain.Serialization.LedgerJson.Deserialize(File.ReadAllText(Ledger13)).Ledger!.RollupAt(new NodaTime.LocalDate(2021, 11, 7));

        lagging.Should().Equal(rollup.Lagging().Select(m => m.Measure.Value));
        lagging.Should().OnlyContain(m => variances[m] < 0).And.HaveCount(Math.Min(5, variances.Values.Count(v => v < 0)));
    }

    [Fact]
    public void Progress_OnLaunchDay_ListsNoLaggingMeasure()
    {
        // Nothing is expected yet, so no measure is behind.
        var json = CliRun.Of("progress", "--ledger", Portfolio, "--as-of", "2020-05-07", "--territory", "13", "--json");
        var text = CliRun.Of("progress", "--ledger", Ledger13, "--as-of", "2020-05-07");
        var national = CliRun.Of("progress", "--ledger", Portfolio, "--as-of", "2020-05-07");

        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("ledgers")[0].GetProperty("lagging").GetArrayLength().Should().Be(0);
        using var all = JsonDocument.Parse(CliRun.Of("progress", "--ledger", Portfolio, "--as-of", "2020-05-07", "--json").Output);
        all.RootElement.GetProperty("national").GetProperty("lagging").GetArrayLength().Should().Be(0);
        text.Output.Should().Contain("Lagging measures: —");
        const string Heading = "Measures lagging most across territories";
        national.Output.Should().EndWith(string.Join(Environment.NewLine, Heading, new string('-', Heading.Length), "  —", ""));
    }

    [Fact]
    public void Progress_RoundsHalvesAwayFromZero_InJsonTablesAndBars()
    {
        // PRO017: indicators of 0 → 800 put measure 9 at 0.125 %, measure 10 at 0.25 % and measure 11 at 2.5 %, half a
        // cell of a bar of twenty.
        var ledger = Ledger(("a", 9, 1), ("b", 10, 2), ("c", 11, 20));

        var json = RunOn(ledger, "--json");
        var text = RunOn(ledger);

        using var document = JsonDocument.Parse(json.Output);
        var measures = document.RootElement.GetProperty("ledgers")[0].GetProperty("measures");
        measures[8].GetProperty("progress").GetRawText().Should().Be("0.13");
        measures[9].GetProperty("progress").GetRawText().Should().Be("0.25");
        var rows = text.Output.Split('\n');
        rows.Single(l => l.StartsWith("    9  ", StringComparison.Ordinal)).Should().Contain("░░░░░░░░░░░░░░░░░░░░    0.1%");
        rows.Single(l => l.StartsWith("   10  ", StringComparison.Ordinal)).Should().Contain("░░░░░░░░░░░░░░░░░░░░    0.3%");
        rows.Single(l => l.StartsWith("   11  ", StringComparison.Ordinal)).Should().Contain("█░░░░░░░░░░░░░░░░░░░    2.5%");
    }

    [Fact]
    public void Progress_WithoutAsOf_UsesTheClock() =>
        CliRun.Of("progress", "--ledger", Ledger13).Output.Should().Contain("progress as of 1 March 2021");

    [Fact]
    public void Progress_OfAnInvalidLedger_ExitsOne()
    {
        var path = Path.Combine(Path.GetTempPath(), $"alliances-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, File.ReadAllText(Ledger13).Replace("\"scope\": \"territorial\"", "\"scope\": \"national\"", StringComparison.Ordinal));

        var run = CliRun.Of("progress", "--ledger", path);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("JSN001");
    }

    [Theory]
    [InlineData(52.5, 11)]  // 10.5 cells: a half rounds away from zero (rule PRO017)
    [InlineData(47.5, 10)]  // 9.5 cells
    [InlineData(2.4, 0)]
    [InlineData(100, 20)]
    public void Bars_RoundTheirCellsAHalfAwayFromZero(double points, int cells)
    {
        var bar = Figures.Bar(new Percentage(points), Language.English);

        bar.Count(c => c == '█').Should().Be(cells);
        bar.Count(c => c == '░').Should().Be(Figures.BarWidth - cells);
    }

    /// <summary>A national ledger of the canonical programme whose indicators, 0 → 800, are observed once on 1 June 2020.</summary>
    private static Domain.Progress.Ledger Ledger(params (string Id, int Measure, double Observed)[] indicators)
    {
        var launch = Domain.Catalogue.Odd17.LaunchDate;
        return Domain.Progress.Ledger.Create(new Domain.Progress.LedgerDraft
        {
            Programme = Domain.Catalogue.Odd17.Programme,
            Indicators = [.. indicators.Select(i => new Domain.Progress.Indicator(
                i.Id, new MeasureNumber(i.Measure), new LocalizedText(i.Id), "u", Domain.Progress.IndicatorDirection.HigherIsBetter,
                new Domain.Progress.IndicatorPoint(0, launch), new Domain.Progress.IndicatorPoint(800, launch.PlusYears(3))))],
            Observations = [.. indicators.Select(i => new Domain.Progress.Observation(i.Id, new NodaTime.LocalDate(2020, 6, 1), i.Observed))],
        });
    }

    private static CliRun RunOn(Domain.Progress.Ledger ledger, params string[] options)
    {
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Domain.Serialization.LedgerJson.Serialize(ledger)));
        return CliRun.WithInput(input, null, ["progress", "--ledger", "-", "--as-of", "2020-06-01", .. options]);
    }

    [Theory]
    [InlineData("progress")]
    [InlineData("progress", "--ledger", "/no/such/file.json")]
    public void Progress_UsageErrors_ExitTwo(params string[] args) => CliRun.Of(args).ExitCode.Should().Be(2);

    [Fact]
    public void Progress_AsOfThatIsNoDate_IsAUsageErrorNamingTheForm()
    {
        // The ledger exists, so that the date alone is at fault.
        var run = CliRun.Of("progress", "--ledger", Portfolio, "--as-of", "tomorrow");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--as-of takes a date written YYYY-MM-DD").And.Contain("'tomorrow'");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void TheLedger_IsAnArgument_AndTheOldOptionStillWorksWithADeprecationNote()
    {
        var positional = CliRun.Of("progress", Portfolio, "--as-of", "2021-11-07");
        var deprecated = CliRun.Of("progress", "--ledger", Portfolio, "--as-of", "2021-11-07");

        positional.ExitCode.Should().Be(0);
        positional.Error.Should().BeEmpty();
        deprecated.ExitCode.Should().Be(0);
        deprecated.Output.Should().Be(positional.Output);
        deprecated.Error.Should().Be($"alliances: --ledger is deprecated and goes in the next version; give the ledger as an argument: alliances progress {Portfolio}.\n");
    }

    [Fact]
    public void TheLedgerGivenTwice_OrNotAtAll_IsAUsageError()
    {
        var twice = CliRun.Of("progress", Portfolio, "--ledger", Portfolio);
        var none = CliRun.Of("progress", "--as-of", "2021-11-07");

        twice.ExitCode.Should().Be(2);
        twice.Error.Should().StartWith("alliances: give the ledger once, as an argument");
        none.ExitCode.Should().Be(2);
        none.Error.Should().Be("alliances: progress needs a ledger document: alliances progress LEDGER.\n");
    }

    [Fact]
    public void Progress_UnknownTerritory_IsAUsageErrorListingThePortfoliosCodes()
    {
        var run = CliRun.Of("progress", Portfolio, "--territory", "75");
        var single = CliRun.Of("progress", Repository.PathOf("docs", "examples", "odd17.ledger-13.json"), "--territory", "13");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("alliances: unknown territory 75; this portfolio has 13, 59, 69, 2A.\n");
        single.ExitCode.Should().Be(2);
        single.Error.Should().Contain("--territory 13 is for a portfolio;");
    }

    [Theory]
    [InlineData("2 A")]
    [InlineData("")]
    [InlineData("Corse-du-Sud, 2A")]
    public void Progress_TerritoryThatIsNoCode_IsAUsageErrorNamingTheForm(string code)
    {
        var run = CliRun.Of("progress", "--ledger", Portfolio, "--territory", code);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"--territory takes a territory code of 1 to 16 ASCII letters, digits or hyphens, such as 2A; got '{code}'.");
    }

    [Fact]
    public void Progress_TerritoryWithALetter_DetailsIt()
    {
        var run = CliRun.Of("progress", "--ledger", Portfolio, "--as-of", "2021-11-07", "--territory", "2A", "--json");

        run.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("ledgers").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("territory").GetProperty("code").GetString().Should().Be("2A");
    }

    [Fact]
    public void Progress_OfALedgerWithCommitments_ShowsEachLeadAndTheMeasuresWithoutOne()
    {
        var text = CliRun.Of("progress", "--ledger", Ledger13, "--as-of", "2021-02-01");
        var json = CliRun.Of("progress", "--ledger", Ledger13, "--as-of", "2021-02-01", "--json");

        text.Output.Should().Contain("  Leads: 1 13 Comité opérationnel · 3 Association Calanques Solidaires (exemple fictif) · 9 Association Calanques Solidaires (exemple fictif)\n")
            .And.Contain("  Without a lead (COM007): 2, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21\n");
        using var document = JsonDocument.Parse(json.Output);
        var ledger = document.RootElement.GetProperty("ledgers")[0];
        ledger.GetProperty("withoutLead").GetArrayLength().Should().Be(18);
        ledger.GetProperty("measures")[8].GetProperty("leads")[0].GetProperty("organisation").GetString().Should().Be("Association Calanques Solidaires (exemple fictif)");
        ledger.GetProperty("measures")[1].GetProperty("leads").GetArrayLength().Should().Be(0);
    }
}

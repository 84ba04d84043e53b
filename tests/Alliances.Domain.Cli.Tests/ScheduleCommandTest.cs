using System.Text.Json;

namespace Alliances.Domain.Cli.Tests;

public class ScheduleCommandTest
{
    [Fact]
    public void Schedule_PrintsWindowsMilestonesAndStatuses()
    {
        var run = CliRun.Of("schedule", "--as-of", "2020-06-05");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Operational measures  7 August 2020 – 7 February 2021")
            .And.Contain("Core results          7 November 2021 – 7 May 2023")
            .And.Contain("Evaluation            2022 (within the programme's dates)")
            .And.Contain("past       1. 7 May 2020")
            .And.Contain("uncertain  2. early June 2020 (to be confirmed)")
            .And.Contain("upcoming   3. 8 July 2020")
            .And.Contain("Next milestone: #3, in 33 days.")
            .And.Contain(" 1. not due")
            .And.Contain("not due: 21");
    }

    [Fact]
    public void Schedule_WithoutAsOf_UsesTodayFromTheClock()
    {
        var run = CliRun.Of("schedule");

        run.Output.Should().Contain("schedule as of 1 March 2021").And.Contain("not due: 7, due: 7, overdue: 7");
    }

    [Fact]
    public void Schedule_FromALaterLaunch_ShiftsTheWindows()
    {
        var run = CliRun.Of("schedule", "--launch", "2021-01-31", "--as-of", "2021-06-01", "--lang", "fr");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Mesures opérationnelles  30 avril 2021 – 31 octobre 2021").And.Contain("Lancement\u00A0: 31 janvier 2021");
    }

    [Fact]
    public void Schedule_Json_GivesWindowsTimingsAndStatuses()
    {
        var run = CliRun.Of("schedule", "--as-of", "2021-03-01", "--json");

        run.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        root.GetProperty("kind").GetString().Should().Be("scheduleView");
        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(run.Output), System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(
            Domain.Scheduling.ScheduleView.Of(Catalogue.Odd17.Programme.Schedule(), new NodaTime.LocalDate(2021, 3, 1))))).Should().BeTrue("the command prints the library's view");
        root.GetProperty("asOf").GetString().Should().Be("2021-03-01");
        root.GetProperty("windows")[0].GetProperty("start").GetString().Should().Be("2020-08-07");
        root.GetProperty("resultsWindow").GetProperty("end").GetString().Should().Be("2023-05-07");
        root.GetProperty("evaluation").GetProperty("violations").GetArrayLength().Should().Be(0);
        root.GetProperty("milestones")[1].GetProperty("date").GetProperty("precision").GetString().Should().Be("partOfMonth");
        root.GetProperty("milestones")[1].GetProperty("date").GetProperty("toBeConfirmed").GetBoolean().Should().BeTrue();
        root.GetProperty("milestones")[1].GetProperty("earliest").GetString().Should().Be("2020-06-01");
        root.GetProperty("milestones")[1].GetProperty("latest").GetString().Should().Be("2020-06-10");
        root.GetProperty("milestones")[1].GetProperty("timing").GetString().Should().Be("past");
        root.GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("measures")[0].GetProperty("status").GetString().Should().Be("overdue");
        root.GetProperty("measures")[0].GetProperty("rule").GetString().Should().Be("SCH004");
        root.GetProperty("counts").GetProperty("due").GetInt32().Should().Be(7);
    }

    [Fact]
    public void Schedule_LaunchAfterTheEvaluation_ReportsEVA002()
    {
        var run = CliRun.Of("schedule", "--launch", "2023-01-01", "--as-of", "2023-01-01");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("EVA002");
    }

    [Theory]
    [InlineData("--as-of", "2021-13-01")]
    [InlineData("--as-of", "01/03/2021")]
    [InlineData("--launch", "yesterday")]
    [InlineData("--as-of")]
    public void Schedule_BadDate_GivesAMessageAndExitCode2(params string[] args)
    {
        var run = CliRun.Of(["schedule", .. args]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("alliances: ");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Schedule_BadDate_SaysWhichFormat() =>
        CliRun.Of("schedule", "--as-of", "2021-3-1").Error.Should().Be("alliances: --as-of takes a date written YYYY-MM-DD, such as 2021-03-01; got '2021-3-1'.\nRun 'alliances --help' for usage.\n");

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("2021-13-01")]
    [InlineData("2021-04-31")]
    public void Schedule_ADayThatDoesNotExist_IsSaidSo_NotAFormatError(string day) =>
        CliRun.Of("schedule", "--as-of", day).Error.Should().StartWith($"alliances: --as-of: no such day: {day}.\n");

    [Theory]
    [InlineData("FR", "Lancement")]
    [InlineData("Fr", "Lancement")]
    [InlineData("EN", "Launch")]
    [InlineData("en", "Launch")]
    public void Lang_TakesFrAndEn_InAnyCase(string lang, string word)
    {
        var run = CliRun.Of("schedule", "--as-of", "2021-03-01", "--lang", lang);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain(word);
    }

    [Fact]
    public void AnUnknownCommand_IsOneLine_AndTheHint() =>
        CliRun.Of("frobnicate").Error.Should().Be("alliances: Unrecognized command or argument 'frobnicate'.\nRun 'alliances --help' for usage.\n");

    [Fact]
    public void Timeline_PrintsTheMermaidChartOfTheDocs()
    {
        var run = CliRun.Of("timeline");
        var docs = File.ReadAllText(Repository.PathOf("docs", "schedule.md")).ReplaceLineEndings("\n");

        run.ExitCode.Should().Be(0);
        run.Output.Should().StartWith("gantt\n");
        docs.Should().Contain("```mermaid\n" + run.Output + "```");
    }

    [Fact]
    public void Timeline_FromALaterLaunch_InFrench()
    {
        var run = CliRun.Of("timeline", "--launch", "2021-01-31", "--lang", "fr");

        run.Output.Should().Contain("Mesures opérationnelles (3–9 mois) :w1, 2021-04-30, 185d");
    }
}

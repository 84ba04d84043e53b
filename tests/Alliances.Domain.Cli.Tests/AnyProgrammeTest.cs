using System.Text.Json;
using Alliances.Domain.Serialization;
using Alliances.Domain.Testing;
using NodaTime;

namespace Alliances.Domain.Cli.Tests;

/// <summary>
/// Every command that works on a programme takes any programme of this shape with <c>--programme FILE</c>: here one
/// made with the testing package, of nine measures in the three dimensions (the contract has three kinds), launched on
/// the last day of January, so that its windows end on the last days of shorter months.
/// </summary>
public sealed class AnyProgrammeTest : IDisposable
{
    private static readonly LocalDate Launch = new(2021, 1, 31);

    private static readonly Programme Second = ProgrammeBuilder.Canonical()
        .WithId("alliances-locales-2021")
        .With(draft => draft with { Name = new LocalizedText("Alliances locales", "Local alliances"), Milestones = [] })
        .WithMeasures(9, DimensionKind.Operational, DimensionKind.Strategic, DimensionKind.Political)
        .LaunchedOn(Launch)
        .Build();

    private readonly string _folder = Directory.CreateTempSubdirectory("alliances-any-programme-").FullName;

    public AnyProgrammeTest()
    {
        File.WriteAllText(ProgrammeFile, ProgrammeJson.Serialize(Second));
        var ledger = new LedgerBuilder(Second).ReportingBetween(Launch, new LocalDate(2021, 12, 31)).Monthly().WithSeed(9).Build();
        File.WriteAllText(LedgerFile, LedgerJson.Serialize(ledger));
    }

    private string ProgrammeFile => Path.Combine(_folder, "locales.programme.json");

    private string LedgerFile => Path.Combine(_folder, "locales.ledger.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Validate_ALedgerOfTheProgrammeGiven_IsValid()
    {
        var run = CliRun.Of("validate", LedgerFile, "--programme", ProgrammeFile);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be($"{LedgerFile}: valid ledger document\n");
    }

    [Fact]
    public void Validate_ALedgerOfAProgrammeNotGiven_BreaksJSN003()
    {
        var run = CliRun.Of("validate", LedgerFile);

        run.ExitCode.Should().Be(1);
        run.Output.Should().StartWith("$.programme: JSN003 This reader knows the programmes odd17-2020; the document follows 'alliances-locales-2021'.");
    }

    [Theory]
    [InlineData("progress")]
    [InlineData("schedule")]
    [InlineData("report")]
    [InlineData("who")]
    public void ALedgerOfAnotherProgramme_IsRefused_NamingBoth(string command)
    {
        var run = CliRun.Of(command, LedgerFile, "--as-of", "2021-06-30");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Be($"alliances: {LedgerFile} follows the programme alliances-locales-2021, not odd17-2020, the canonical programme, used when --programme is not given; give the programme it follows with --programme FILE.\n");
    }

    [Fact]
    public void TheCanonicalLedger_WithAnotherProgrammeGiven_IsRefused_NamingBoth()
    {
        var run = CliRun.Of("progress", Repository.PathOf("docs", "examples", "odd17.ledger-13.json"), "--programme", ProgrammeFile, "--as-of", "2021-06-30");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("follows the programme odd17-2020, not alliances-locales-2021, the programme given with --programme;");
    }

    [Fact]
    public void Progress_RollsUpTheNineMeasures()
    {
        var run = CliRun.Of("progress", LedgerFile, "--programme", ProgrammeFile, "--as-of", "2021-06-30", "--json");

        run.ExitCode.Should().Be(0, run.Error);
        using var view = JsonDocument.Parse(run.Output);
        view.RootElement.GetProperty("programme").GetString().Should().Be("alliances-locales-2021");
        view.RootElement.GetProperty("ledgers")[0].GetProperty("measures").GetArrayLength().Should().Be(9);
    }

    [Fact]
    public void Progress_Text_NamesTheProgrammesMeasures()
    {
        var run = CliRun.Of("progress", LedgerFile, "--programme", ProgrammeFile, "--as-of", "2021-06-30", "--lang", "fr");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("Mesure 9").And.NotContain("Mesure 10");
    }

    [Fact]
    public void Schedule_CountsTheWindowsFromTheLastDayOfJanuary()
    {
        var run = CliRun.Of("schedule", "--programme", ProgrammeFile, "--as-of", "2021-06-30", "--json");

        run.ExitCode.Should().Be(0, run.Error);
        using var view = JsonDocument.Parse(run.Output);
        var operational = view.RootElement.GetProperty("windows")[0];
        operational.GetProperty("dimension").GetString().Should().Be("operational");
        operational.GetProperty("start").GetString().Should().Be("2021-04-30");
        operational.GetProperty("end").GetString().Should().Be("2021-10-31");
        view.RootElement.GetProperty("measures").GetArrayLength().Should().Be(9);
    }

    [Fact]
    public void Schedule_OfTheLedger_UsesTheProgrammeGiven()
    {
        var run = CliRun.Of("schedule", LedgerFile, "--programme", ProgrammeFile, "--as-of", "2021-06-30");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("Local alliances").And.Contain("30 April 2021 – 31 October 2021");
    }

    [Fact]
    public void Timeline_DrawsTheProgrammesWindows()
    {
        var run = CliRun.Of("timeline", "--programme", ProgrammeFile);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("Local alliances").And.Contain("2021-04-30");
    }

    [Fact]
    public void Calendar_IsOfTheProgramme()
    {
        var run = CliRun.Of("calendar", "--programme", ProgrammeFile);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("BEGIN:VCALENDAR").And.Contain("Local alliances");
    }

    [Fact]
    public void Catalogue_ListsTheNineMeasures()
    {
        var run = CliRun.Of("catalogue", "--programme", ProgrammeFile);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("Measure 9").And.NotContain("Measure 10");
    }

    [Fact]
    public void Report_IsOfTheProgramme()
    {
        var page = Path.Combine(_folder, "report.html");

        var run = CliRun.Of("report", LedgerFile, "--programme", ProgrammeFile, "--as-of", "2021-06-30", "--output", page);

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllText(page).Should().Contain("Local alliances").And.Contain("Measure 9").And.NotContain("Measure 10");
    }

    [Fact]
    public void Who_ReadsTheLedgerOfTheProgramme()
    {
        var run = CliRun.Of("who", LedgerFile, "--programme", ProgrammeFile);

        run.ExitCode.Should().Be(0, run.Error);
    }

    [Fact]
    public void AProgrammeFileThatIsNoProgramme_IsInvalidInput()
    {
        var run = CliRun.Of("schedule", "--programme", LedgerFile);

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith($"alliances: {LedgerFile} is not a valid programme document: JSN002");
    }

    [Fact]
    public void StandardInput_GivesOneDocument_NotTheProgrammeAndTheLedgerBoth()
    {
        using var input = new MemoryStream(File.ReadAllBytes(ProgrammeFile));

        var run = CliRun.WithInput(input, null, "validate", "-", "--programme", "-");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("alliances: standard input gives one document, and another was read from it already; give the other as a file.\n");
    }

    [Theory]
    [InlineData("schedule")]
    [InlineData("timeline")]
    [InlineData("calendar")]
    [InlineData("catalogue")]
    [InlineData("progress")]
    public void AUsageError_IsSaidBeforeAnyFileIsRead(string command)
    {
        var run = CliRun.Of(command, LedgerFile, "--ledger", LedgerFile, "--programme", LedgerFile);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("alliances: give the ledger once, as an argument");
    }

    [Fact]
    public void AMissingProgrammeFile_IsAUsageError()
    {
        var run = CliRun.Of("timeline", "--programme", Path.Combine(_folder, "none.json"));

        run.ExitCode.Should().Be(2);
    }
}

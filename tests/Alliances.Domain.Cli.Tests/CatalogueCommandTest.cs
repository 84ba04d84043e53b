using System.Text.Json;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;

namespace Alliances.Domain.Cli.Tests;

public class CatalogueCommandTest
{
    [Fact]
    public void Catalogue_InEnglish_PrintsDimensionsMeasuresGovernanceAndMilestones()
    {
        var run = CliRun.Of("catalogue");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain("Operational measures (first effects 3–9 months after launch)")
            .And.Contain("Strategic measures (first effects 6–12 months after launch)")
            .And.Contain("Political measures (first effects 12–18 months after launch)")
            .And.Contain(" 9. Support strategic alliances")
            .And.Contain("Governance: Follow-up committee")
            .And.Contain("  - Orientation council")
            .And.Contain("  - Operational committee")
            .And.Contain("early June 2020 (to be confirmed)")
            .And.Contain("late August 2020 (to be confirmed)")
            .And.Contain("3–4 September 2020")
            .And.Contain("Core results: 18–36 months after launch");
        foreach (var measure in Odd17.Programme.Measures)
        {
            run.Output.Should().Contain(measure.Title.English!);
        }
    }

    [Fact]
    public void Catalogue_InFrench_PrintsTheSourceTitlesVerbatim()
    {
        var run = CliRun.Of("catalogue", "--lang", "fr");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("début juin 2020 (date à définir)")
            .And.Contain("fin août 2020 (date à définir)")
            .And.Contain("3–4 septembre 2020")
            .And.Contain("Comité de suivi")
            .And.Contain("Lancement\u00A0: 7 mai 2020");
        foreach (var measure in Odd17.Programme.Measures)
        {
            run.Output.Should().Contain(measure.Title.French);
        }
    }

    [Fact]
    public void Catalogue_Json_PrintsTheProgrammeDocument()
    {
        var run = CliRun.Of("catalogue", "--json");

        run.ExitCode.Should().Be(0);
        run.Output.TrimEnd().Should().Be(ProgrammeJson.Serialize(Odd17.Programme));
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("measures").GetArrayLength().Should().Be(21);
        document.RootElement.GetProperty("milestones").GetArrayLength().Should().Be(7);
    }

    [Theory]
    [InlineData("catalogue", "--lang", "de")]
    [InlineData("catalogue", "--lang")]
    [InlineData("catalogue", "--bogus")]
    [InlineData("bogus")]
    public void BadArguments_GiveAMessageAndExitCode2(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("alliances: ").And.Contain("--help");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void NoCommand_IsAUsageError() => CliRun.Of().ExitCode.Should().Be(2);

    [Theory]
    [InlineData("--help")]
    [InlineData("catalogue", "--help")]
    public void Help_ShowsExamples(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Examples:").And.Contain("alliances catalogue");
    }
}

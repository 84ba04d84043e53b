using System.Text.Json;

namespace Alliances.Domain.Cli.Tests;

public class WhoCommandTest
{
    private static readonly string Portfolio = Repository.PathOf("docs", "examples", "odd17.portfolio.json");
    private static readonly string Ledger13 = Repository.PathOf("docs", "examples", "odd17.ledger-13.json");

    [Fact]
    public void Who_ByMeasure_GivesTheLeadOfTheDayAndTheMeasuresWithoutOne()
    {
        var before = CliRun.Of("who", Ledger13, "--as-of", "2021-01-14", "--measure", "9");
        var after = CliRun.Of("who", Ledger13, "--as-of", "2021-01-15", "--measure", "9");
        var unled = CliRun.Of("who", Ledger13, "--as-of", "2021-01-15", "--measure", "2");

        before.ExitCode.Should().Be(0);
        before.Output.Should().Be(
            "13 Bouches-du-Rhône: who does what on 14 January 2021\n"
            + "  9. Support strategic alliances\n"
            + "     lead: Coopérative Provence Données (exemple fictif) (from 10 June 2020 to 14 January 2021)\n"
            + "     contributor: companies (from 10 June 2020)\n");
        after.Output.Should().Contain("     lead: Association Calanques Solidaires (exemple fictif) (from 15 January 2021)\n").And.NotContain("Coopérative");
        unled.Output.Should().EndWith("  2. Encourage convergence among the many tools available to organisations and territories\n     without a lead (COM007)\n");
    }

    [Fact]
    public void Who_InFrench_WritesFrenchRolesDatesAndColons()
    {
        var run = CliRun.Of("who", Portfolio, "--as-of", "2020-10-01", "--measure", "5", "--lang", "fr");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("59 Nord\u00A0: qui fait quoi au 1er octobre 2020\n")
            .And.Contain("     pilote\u00A0: Collectif Nord Alliances (exemple fictif) (du 1er juillet 2020)\n")
            .And.Contain("     pilote\u00A0: Fondation Hauts-de-France Solidaire (exemple fictif) (du 1er septembre 2020)\n")
            .And.Contain("     sans pilote (COM007)\n");
    }

    [Fact]
    public void Who_ForAnActor_ListsOnlyItsMeasures()
    {
        var run = CliRun.Of("who", Ledger13, "--as-of", "2021-02-01", "--actor", "association calanques solidaires (exemple fictif)");

        run.ExitCode.Should().Be(0);
        run.Output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("     ", StringComparison.Ordinal)).Select(l => l.Trim()[..2])
            .Should().Equal("3.", "9.");
        run.Output.Should().NotContain("COM007");
    }

    [Fact]
    public void Who_Json_HoldsTheContractsCommitmentsAndTheMeasuresWithoutALead()
    {
        var run = CliRun.Of("who", Ledger13, "--as-of", "2021-02-01", "--json");

        run.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(run.Output);
        var ledger = json.RootElement.GetProperty("ledgers")[0];
        json.RootElement.GetProperty("asOf").GetString().Should().Be("2021-02-01");
        ledger.GetProperty("territory").GetString().Should().Be("13");
        ledger.GetProperty("commitments").GetArrayLength().Should().Be(5, "the withdrawn lead of measure 9 and the evaluator from May 2021 do not hold on 1 February 2021");
        ledger.GetProperty("commitments")[0].GetProperty("actor").GetProperty("kind").GetString().Should().Be("territoryBody");
        ledger.GetProperty("withoutLead").EnumerateArray().Select(e => e.GetInt32()).Should().NotContain([1, 3, 9]).And.HaveCount(18);
    }

    [Fact]
    public void Who_AMeasureTheProgrammeLacks_IsAUsageError()
    {
        var run = CliRun.Of("who", Ledger13, "--measure", "22");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--measure 22 is not a measure of odd17-2020, which has measures 1 to 21.");
    }
}

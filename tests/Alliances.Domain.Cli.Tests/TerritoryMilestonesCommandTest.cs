using System.Text.Json;
using Ical.Net;

namespace Alliances.Domain.Cli.Tests;

/// <summary>
/// A territory's own milestones and who leads each measure, as the commands show them with <c>--ledger</c>: the
/// schedule, the timeline, the calendar and the catalogue; the programme's base alone without it.
/// </summary>
public class TerritoryMilestonesCommandTest
{
    private static readonly string Portfolio = Repository.PathOf("docs", "examples", "odd17.portfolio.json");
    private static readonly string Ledger13 = Repository.PathOf("docs", "examples", "odd17.ledger-13.json");

    [Fact]
    public void Schedule_WithALedger_ShowsItsOwnMilestonesMarkedWithItsTerritory()
    {
        var run = CliRun.Of("schedule", "--ledger", Portfolio, "--territory", "59", "--as-of", "2020-10-20");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("  upcoming   8. November 2020 (to be confirmed): Nord alliances gathering (invented example) [Nord]\n")
            .And.Contain("  Next milestone: #8, in 12 days.\n");
        CliRun.Of("schedule", "--as-of", "2020-10-20").Output.Should().NotContain("Nord alliances gathering").And.Contain("No milestone ahead.");
    }

    [Fact]
    public void Schedule_WithALedgerThatSaysWhoDoesWhat_ListsTheMeasuresWithoutALead()
    {
        var english = CliRun.Of("schedule", "--ledger", Ledger13, "--as-of", "2021-01-15");
        var french = CliRun.Of("schedule", "--ledger", Ledger13, "--as-of", "2021-01-15", "--lang", "fr");
        var json = JsonDocument.Parse(CliRun.Of("schedule", "--ledger", Ledger13, "--as-of", "2021-01-15", "--json").Output);
        var who = JsonDocument.Parse(CliRun.Of("who", Ledger13, "--as-of", "2021-01-15", "--json").Output);

        var withoutLead = json.RootElement.GetProperty("withoutLead").EnumerateArray().Select(e => e.GetInt32()).ToList();
        withoutLead.Should().NotBeEmpty().And.NotContain([1, 3, 9]);
        withoutLead.Should().Equal(who.RootElement.GetProperty("ledgers")[0].GetProperty("withoutLead").EnumerateArray().Select(e => e.GetInt32()), "who and schedule agree on COM007");
        english.Output.Should().EndWith($"  Without a lead (COM007): {string.Join(", ", withoutLead)}\n");
        french.Output.Should().EndWith($"  Sans pilote (COM007)\u00A0: {string.Join(", ", withoutLead)}\n");
        CliRun.Of("schedule", "--as-of", "2021-01-15").Output.Should().NotContain("COM007");
        JsonDocument.Parse(CliRun.Of("schedule", "--as-of", "2021-01-15", "--json").Output).RootElement.GetProperty("withoutLead").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Schedule_Json_MarksTheAddedMilestones()
    {
        var run = CliRun.Of("schedule", "--ledger", Ledger13, "--as-of", "2020-10-01", "--json");

        using var json = JsonDocument.Parse(run.Output);
        var milestones = json.RootElement.GetProperty("milestones").EnumerateArray().ToList();
        milestones.Should().HaveCount(9);
        milestones.Where(m => m.TryGetProperty("added", out var added) && added.GetBoolean()).Select(m => m.GetProperty("sequence").GetInt32())
            .Should().Equal(8, 9);
    }

    [Fact]
    public void Timeline_WithALedger_DrawsItsMilestonesInASectionOfTheirOwn()
    {
        var run = CliRun.Of("timeline", "--ledger", Ledger13, "--lang", "fr");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().StartWith(CliRun.Of("timeline", "--lang", "fr").Output)
            .And.EndWith("    section Étapes – Bouches-du-Rhône\n"
                + "    8. Forum départemental des alliances (exemple fictif) :active, m8, 2020-10-11, 10d\n"
                + "    9. Atelier territorial de bilan (exemple fictif) :milestone, m9, 2021-03-18, 0d\n");
    }

    [Fact]
    public void Calendar_WithALedger_AddsItsEventsUnderTheirOwnIdentifiers()
    {
        var run = CliRun.Of("calendar", "--ledger", Portfolio, "--territory", "59");

        var calendar = Calendar.Load(run.Output)!;
        calendar.Events.Should().HaveCount(8);
        var gathering = calendar.Events.Single(e => e.Uid == "odd17-2020-59-milestone-8@alliances-domain");
        gathering.Status.Should().Be("TENTATIVE");
        gathering.Location.Should().Be("Lille");
        gathering.Description.Should().EndWith("Added by Nord.");
        calendar.Properties.Get<string>("X-WR-CALNAME").Should().EndWith(" – Nord");
    }

    [Fact]
    public void Catalogue_WithALedger_NamesEachMeasuresLeadOfTheDay_AndListsItsMilestones()
    {
        var before = CliRun.Of("catalogue", "--ledger", Ledger13, "--as-of", "2021-01-14");
        var after = CliRun.Of("catalogue", "--ledger", Ledger13, "--as-of", "2021-01-15", "--lang", "fr");

        before.ExitCode.Should().Be(0, before.Error);
        before.Output.Should().Contain("   9. Support strategic alliances — lead: Coopérative Provence Données (exemple fictif)\n")
            .And.Contain("   2. Encourage convergence among the many tools available to organisations and territories\n")
            .And.Contain("  9. 18 March 2021                       Territorial review workshop (invented example) (workshop, Aix-en-Provence, Bouches-du-Rhône)\n");
        after.Output.Should().Contain("— pilote\u00A0: Association Calanques Solidaires (exemple fictif)\n");
        CliRun.Of("catalogue").Output.Should().NotContain("— lead:").And.NotContain("invented example");
    }

    [Fact]
    public void InATerminal_ProgressAndCatalogue_ShowTheLeads()
    {
        var progress = CliRun.InTerminal("progress", "--ledger", Ledger13, "--as-of", "2021-01-15");
        var catalogue = CliRun.InTerminal("catalogue", "--ledger", Ledger13, "--as-of", "2021-01-15");

        // The test terminal is 80 columns wide, so long cells wrap: only the starts of words are looked for.
        progress.Output.Should().Contain("│ Lead").And.Contain("Calan").And.Contain("none");
        catalogue.Output.Should().Contain("│ Lead").And.Contain("Calan").And.Contain("Bouches");
        CliRun.InTerminal("schedule", "--ledger", Portfolio, "--territory", "59", "--as-of", "2020-10-20").Output
            .Should().Contain("Nord alliances").And.Contain("(Nord)");
        CliRun.InTerminal("schedule", "--ledger", Ledger13, "--as-of", "2021-01-15").Output.Should().Contain("Without a lead").And.Contain("COM007");
    }

    [Theory]
    [InlineData("is a portfolio; say whose ledger with --territory, one of 13, 59, 69, 2A.", "timeline", "--ledger", "PORTFOLIO")]
    [InlineData("unknown territory 99; this portfolio has 13, 59, 69, 2A.", "calendar", "--ledger", "PORTFOLIO", "--territory", "99")]
    [InlineData("--territory 13 is for a portfolio;", "schedule", "--ledger", "LEDGER13", "--territory", "13")]
    [InlineData("--territory 59 names a territory of a portfolio; give the portfolio as the ledger.", "catalogue", "--territory", "59")]
    [InlineData("--launch and a ledger do not go together", "timeline", "--ledger", "LEDGER13", "--launch", "2021-01-31")]
    [InlineData("--launch and a ledger do not go together", "schedule", "--ledger", "LEDGER13", "--launch", "2021-01-31")]
    [InlineData("catalogue --json prints the programme document alone", "catalogue", "--ledger", "LEDGER13", "--json")]
    public void MisusedLedgerOptions_AreUsageErrorsThatSayWhy(string message, params string[] args)
    {
        var run = CliRun.Of([.. args.Select(a => a switch { "PORTFOLIO" => Portfolio, "LEDGER13" => Ledger13, _ => a })]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }
}

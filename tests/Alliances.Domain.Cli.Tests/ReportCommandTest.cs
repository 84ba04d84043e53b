using System.Text.RegularExpressions;

namespace Alliances.Domain.Cli.Tests;

/// <summary>The <c>report</c> command's page as text: self-contained, in the language asked, with the library's figures.</summary>
public partial class ReportCommandTest
{
    private static readonly string Portfolio = Repository.PathOf("docs", "examples", "odd17.portfolio.json");
    private static readonly string Ledger13 = Repository.PathOf("docs", "examples", "odd17.ledger-13.json");

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void ThePage_StandsAlone_NothingToLoad_NoScript(string lang)
    {
        var run = CliRun.Of("report", Portfolio, "--as-of", "2021-11-07", "--lang", lang);

        run.ExitCode.Should().Be(0);
        var page = run.Output;
        page.Should().StartWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\">");
        page.Should().Contain("<style>").And.Contain("<svg id=\"timeline\"").And.NotContain("<script").And.NotContain("<link").And.NotContain("<img")
            .And.Contain("default-src 'none'");
        Urls().Matches(page).Select(m => m.Value).Distinct().Should().Equal(["http://www.w3.org/2000/svg"], "the SVG namespace is the only address, and it is never fetched");
    }

    [Fact]
    public void AFrenchPortfolioReport_HasTheRankingAndTheNationalFigures_InFrenchTypography()
    {
        var page = System.Net.WebUtility.HtmlDecode(CliRun.Of("report", Portfolio, "--as-of", "2021-11-07", "--lang", "fr").Output);

        page.Should().Contain("<h1>Programme des 21 mesures pour réussir l’ODD 17</h1>")
            .And.Contain("<th scope=\"row\">1</th><td class=\"text\">Bouches-du-Rhône (13)</td><td>75\u202F%</td><td>50\u202F%</td><td>+24,4 points</td>")
            .And.Contain("Classement des territoires")
            .And.Contain("<time datetime=\"2021-11-07\">7 novembre 2021</time>");
    }

    [Fact]
    public void ALedgersReport_ComparesEachMeasureWithItsExpectedProgress()
    {
        var page = CliRun.Of("report", Ledger13, "--as-of", "2021-03-01").Output;

        page.Should().Contain("<h2 id=\"programme-title\">Programme progress</h2>").And.Contain("id=\"measures-table\"").And.NotContain("Territories ranked");
        var measures = page[page.IndexOf("id=\"measures-table\"", StringComparison.Ordinal)..];
        measures = measures[..measures.IndexOf("</table>", StringComparison.Ordinal)];
        Regex.Count(measures, "<tr><th scope=\"row\">\\d+</th>").Should().Be(21);
        Regex.Count(measures, "<span class=\"meter-expected\"").Should().Be(21, "each measure's bar marks its expected progress");
    }

    [Fact]
    public void OneTerritoryOfAPortfolio_IsReportedAlone_WithItsOwnMilestones()
    {
        var page = CliRun.Of("report", Portfolio, "--territory", "59", "--as-of", "2020-09-15").Output;

        page.Should().Contain("Nord · progress as of").And.Contain("(added by the territory)").And.Contain("Next milestone: ");
    }

    [Fact]
    public void TheOutputOption_WritesTheFile_AndRefusesADirectory()
    {
        var file = Path.Combine(Path.GetTempPath(), $"alliances-report-{Guid.NewGuid():N}.html");
        try
        {
            var run = CliRun.Of("report", Ledger13, "--as-of", "2021-03-01", "--output", file);
            var into = CliRun.Of("report", Ledger13, "--as-of", "2021-03-01", "--output", Path.GetTempPath());

            run.ExitCode.Should().Be(0);
            run.Output.Should().BeEmpty();
            File.ReadAllText(file).Should().Be(CliRun.Of("report", Ledger13, "--as-of", "2021-03-01").Output);
            File.ReadAllBytes(file)[0].Should().Be((byte)'<', "no byte-order mark");
            into.ExitCode.Should().Be(2);
            into.Error.Should().Contain("is a directory");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void BadInput_KeepsTheExitCodes()
    {
        CliRun.Of("report", "no-such-file.json").ExitCode.Should().Be(2);
        CliRun.Of("report", Portfolio, "--territory", "99").ExitCode.Should().Be(2);
        CliRun.Of("report", Portfolio, "--as-of", "2021-02-30").ExitCode.Should().Be(2);
        CliRun.Of("report", Repository.PathOf("docs", "catalogue", "odd17.programme.json")).ExitCode.Should().Be(1);
    }

    [GeneratedRegex("https?://[^\"' )<>]+")]
    private static partial Regex Urls();
}

using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace Alliances.Domain.Cli.Tests;

/// <summary>
/// The report page in a real browser: Debian's Chromium, headless, driven by playwright-core from npm (installed with
/// <c>npm ci</c> from the lock file in <c>Browser/</c>). The page loads nothing beyond itself, logs no error, and shows
/// the library's figures in the language asked. Where node or Chromium is missing, the tests fail in CI (<c>CI=true</c>,
/// where <c>.ci/run</c> installs them) and say so elsewhere.
/// </summary>
public class ReportBrowserTest(ITestOutputHelper output)
{
    private static readonly string Portfolio = Repository.PathOf("docs", "examples", "odd17.portfolio.json");
    private static readonly string Folder = Repository.PathOf("tests", "Alliances.Domain.Cli.Tests", "Browser");
    private static readonly string Chromium = Environment.GetEnvironmentVariable("ALLIANCES_CHROMIUM") ?? "/usr/bin/chromium";

    [Fact]
    public void TheFrenchPortfolioReport_RendersTheLibrarysFigures_AndLoadsNothing()
    {
        var page = Render("fr", Portfolio, "--as-of", "2021-11-07");
        if (page is not { } found)
        {
            return;
        }

        found.GetProperty("status").GetInt32().Should().Be(200);
        found.GetProperty("lang").GetString().Should().Be("fr");
        found.GetProperty("h1").GetString().Should().Be("Programme des 21 mesures pour réussir l’ODD 17");
        Strings(found.GetProperty("headings")).Should().Equal("Vue nationale", "Classement des territoires", "Mesures, tous territoires", "Mesures les plus en retard", "Calendrier", "Règles de calcul");
        var ranking = found.GetProperty("tables").GetProperty("territories-table");
        Strings(ranking[0]).Should().Equal("1", "Bouches-du-Rhône (13)", "75\u202F%", "50\u202F%", "+24,4 points");
        ranking.GetArrayLength().Should().Be(4);
        found.GetProperty("tables").GetProperty("measures-table").GetArrayLength().Should().Be(21);
        Strings(found.GetProperty("tables").GetProperty("programme-table")[0]).Should().Equal("Programme", "59\u202F%", "100\u202F%");
        var charts = found.GetProperty("charts").EnumerateArray().ToList();
        charts.Select(c => c.GetProperty("id").GetString()).Should().Equal("programme-chart", "territories-chart", "timeline");
        charts.Should().OnlyContain(c => c.GetProperty("role").GetString() == "img" && c.GetProperty("label").GetString()!.Length > 20 && c.GetProperty("width").GetDouble() > 500 && c.GetProperty("marks").GetInt32() > 3);
        Strings(found.GetProperty("uncertain")).Should().Contain(u => u.StartsWith("début juin 2020 (date à définir)", StringComparison.Ordinal), "an uncertain milestone is drawn as the span it may fall in");
        found.GetProperty("scripts").GetInt32().Should().Be(0);
        found.GetProperty("requests").GetArrayLength().Should().Be(0, "the page loads nothing beyond itself");
        found.GetProperty("failed").GetArrayLength().Should().Be(0);
        Strings(found.GetProperty("errors")).Should().BeEmpty("the browser logs no error or warning");
        found.GetProperty("scrollWidth").GetInt32().Should().BeLessThanOrEqualTo(1100, "nothing overflows the window sideways");
    }

    [Fact]
    public void TheEnglishReportOfOneTerritory_RendersItsMeasuresAndMilestones()
    {
        var page = Render("en", Portfolio, "--territory", "59", "--as-of", "2020-09-15");
        if (page is not { } found)
        {
            return;
        }

        found.GetProperty("lang").GetString().Should().Be("en");
        found.GetProperty("title").GetString().Should().Be("Programme of 21 measures to achieve SDG 17 — progress as of 15 September 2020");
        Strings(found.GetProperty("tables").GetProperty("programme-table")[1])[0].Should().Be("Operational measures");
        found.GetProperty("tables").GetProperty("measures-table").GetArrayLength().Should().Be(21);
        found.GetProperty("tables").GetProperty("milestones-table").EnumerateArray().Select(r => r[2].GetString()).Should().Contain(t => t!.EndsWith("(added by the territory)", StringComparison.Ordinal));
        found.GetProperty("requests").GetArrayLength().Should().Be(0);
        Strings(found.GetProperty("errors")).Should().BeEmpty();
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private JsonElement? Render(string lang, params string[] args)
    {
        var missing = Missing();
        if (missing is not null)
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), missing);
            output.WriteLine("not checked here: " + missing);
            return null;
        }

        var file = Path.Combine(Path.GetTempPath(), $"alliances-report-{Guid.NewGuid():N}.html");
        try
        {
            CliRun.Of(["report", .. args, "--lang", lang, "--output", file]).ExitCode.Should().Be(0);
            var printed = Run("node", [Path.Combine(Folder, "browser.mjs"), file])!;
            output.WriteLine(printed);
            using var document = JsonDocument.Parse(printed);
            return document.RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Says what is missing to run the browser, installing playwright-core with npm ci when node is there; null when nothing is.</summary>
    private static string? Missing()
    {
        if (!File.Exists(Chromium))
        {
            return $"Chromium is needed at {Chromium} (apt-get install chromium); .ci/run installs it.";
        }

        if (Run("node", ["--version"]) is null)
        {
            return "node and npm are needed (apt-get install nodejs npm); .ci/run installs them.";
        }

        if (!File.Exists(Path.Combine(Folder, "node_modules", "playwright-core", "package.json")) && Run("npm", ["ci", "--no-audit", "--no-fund"]) is null)
        {
            return "npm is needed to install playwright-core (apt-get install npm); .ci/run installs it.";
        }

        return null;
    }

    /// <summary>Runs a command in the browser folder; null when it cannot be started; throws when it fails.</summary>
    private static string? Run(string command, string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{command} {string.Join(' ', arguments)} ran for more than three minutes.");
            }

            return process.ExitCode == 0
                ? stdout.Result
                : throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}");
        }
    }
}

using System.Text.RegularExpressions;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Tests.Support;

namespace Alliances.Domain.Tests.Docs;

/// <summary>Every C# block in the README and docs/ is code that compiles and runs here.</summary>
[Collection("Console")]
public partial class DocsExamplesTest
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void FirstProgram_PrintsTheDimensionsMeasuresAndMilestones()
    {
        var output = Capture(DocsExamples.FirstProgram);

        output.Should().Contain("Operational measures: 3–9 months").And.Contain("  9. Accompagner les alliances stratégiques").And.Contain("early June 2020 (to be confirmed): ");
    }

    [Fact]
    public void OwnProgramme_IsValidAndLaunchedLater()
    {
        var programme = DocsExamples.OwnProgramme();

        programme.Id.Value.Should().Be("odd17-occitanie");
        programme.LaunchDate.Should().Be(new NodaTime.LocalDate(2021, 1, 15));
    }

    [Fact]
    public void Windows_AreThoseOfTheDocs()
    {
        var (operational, later) = DocsExamples.Windows();

        operational.ToString().Should().Be("[2020-08-07, 2021-02-07]");
        later.Start.Should().Be(new NodaTime.LocalDate(2021, 4, 30));
    }

    [Fact]
    public async Task Json_ReadsAndWrites()
    {
        var (programme, check, portfolio, bytes) = await DocsExamples.Json(Path.Combine(Root, "docs", "examples", "odd17.portfolio.json"));

        programme.Should().Be(Odd17.Programme);
        check.IsValid.Should().BeTrue();
        portfolio.Ledgers.Should().HaveCount(4);
        bytes.Should().BePositive();
    }

    [Fact]
    public void Views_PrintTheLeaderAndTheNextMilestone_AndWriteTheContractsJson()
    {
        var json = (Progress: string.Empty, Schedule: string.Empty);
        var output = Capture(() => json = DocsExamples.Views(Path.Combine(Root, "docs", "examples", "odd17.portfolio.json")));

        output.Should().Contain("Bouches-du-Rhône leads at 75%").And.Contain("Next for Nord: ");
        json.Progress.Should().StartWith("""{"kind":"progressView","schemaVersion":1,""");
        json.Schedule.Should().StartWith("""{"kind":"scheduleView","schemaVersion":1,""");
    }

    [Fact]
    public void EveryCSharpBlockOfTheDocs_IsACompiledSnippet()
    {
        var snippets = Directory.EnumerateFiles(Path.Combine(Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Snippets(File.ReadAllText(f)))
            .ToList();
        var documents = Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md").Append(Path.Combine(Root, "README.md"));

        var checkedBlocks = 0;

        foreach (var document in documents)
        {
            var text = File.ReadAllText(document).ReplaceLineEndings("\n");
            var blocks = CSharpBlock().Matches(text);

            // A block the pattern misses (another fence, an indented one) would be skipped, not checked: count them.
            blocks.Should().HaveCount(CSharpFence().Count(text), $"every C# block of {Path.GetFileName(document)} is read, whatever its fence");
            foreach (Match block in blocks)
            {
                var code = Lines(block.Groups[1].Value);
                snippets.Should().Contain(s => Contains(s, code), $"the C# block of {Path.GetFileName(document)} starting '{code.FirstOrDefault()}' is compiled in a test project");
                checkedBlocks++;
            }
        }

        checkedBlocks.Should().BePositive("the README and docs/ show C# code, and each block was checked");
    }

    private static bool Contains(List<string> snippet, List<string> code)
    {
        for (var i = 0; i + code.Count <= snippet.Count; i++)
        {
            if (snippet.Skip(i).Take(code.Count).SequenceEqual(code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The snippets of a source file, without usings and blank lines: the lines between marker comments.</summary>
    private static IEnumerable<List<string>> Snippets(string source) =>
        SnippetBlock().Matches(source.ReplaceLineEndings("\n")).Select(m => Lines(m.Groups[1].Value));

    private static List<string> Lines(string code) =>
        code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal) && !l.StartsWith("#pragma", StringComparison.Ordinal)).ToList();

    private static string Capture(Action action)
    {
        var console = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            action();
        }
        finally
        {
            Console.SetOut(console);
        }

        return output.ToString();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alliances.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }

    [GeneratedRegex(@"^[ \t]*// begin-snippet[^\n]*\n(.*?)^[ \t]*// end-snippet", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex SnippetBlock();

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    /// <summary>The opening fence of a C# block, however it is spelt or indented.</summary>
    [GeneratedRegex(@"^[ \t]*```[ \t]*(?:csharp|cs|c#)[ \t]*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex CSharpFence();
}

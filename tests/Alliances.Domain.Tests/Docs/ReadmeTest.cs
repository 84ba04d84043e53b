using System.Globalization;

namespace Alliances.Domain.Tests.Docs;

/// <summary>Keeps the README's example compiling, running and in step with the README.</summary>
[Collection("Console")]
public class ReadmeTest
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Example_IsTheOneInTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).ReplaceLineEndings("\n");

        readme.Should().Contain(Snippet(), "README.md shows the code of ReadmeExample.cs");
    }

    [Fact]
    public void Example_RunsAndPrintsWhatTheCommentsSay()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-GB");
        try
        {
            using var output = new StringWriter();
            var console = Console.Out;
            Console.SetOut(output);
            try
            {
                ReadmeExample.Run();
            }
            finally
            {
                Console.SetOut(console);
            }

            var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
            lines.Should().HaveCount(10);
            lines[0].Should().Be("1. Make what already exists accessible right away, so that action can start now");
            lines[7].Should().Be("fin août 2020 (date à définir)");
            lines[8].Should().Be("[2020-08-21, 2020-08-31]");
            lines[9].Should().Be("2021-05-07");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("dotnet run --project src/Alliances.Domain.Cli -- catalogue")]
    [InlineData("dotnet test")]
    public void Readme_OpensWithTheTwoCommands(string command)
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var firstSection = readme[..readme.IndexOf("\n## ", readme.IndexOf("\n## ", StringComparison.Ordinal) + 1, StringComparison.Ordinal)];

        firstSection.Should().Contain(command);
    }

    private static string Snippet()
    {
        var source = File.ReadAllText(Path.Combine(Root, "tests", "Alliances.Domain.Tests", "Docs", "ReadmeExample.cs")).ReplaceLineEndings("\n");
        var start = source.IndexOf("// begin-snippet\n", StringComparison.Ordinal) + "// begin-snippet\n".Length;
        var end = source.IndexOf("        // end-snippet", StringComparison.Ordinal);
        var lines = source[start..end].TrimEnd('\n').Split('\n');
        return string.Join('\n', lines.Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));
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

        throw new InvalidOperationException("The repository root (with Alliances.Domain.sln) was not found above the test output.");
    }
}

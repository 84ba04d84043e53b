namespace Alliances.Domain.Testing.Tests.Docs;

/// <summary>Keeps docs/testing.md showing the example that compiles and runs in this project.</summary>
public class TestingGuideTest
{
    [Fact]
    public void Guide_ShowsTheCompiledExample()
    {
        var guide = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "testing.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(FindProject(), "Docs", "TestingGuideExample.cs")).ReplaceLineEndings("\n");
        var start = source.IndexOf("// begin-snippet\n", StringComparison.Ordinal) + "// begin-snippet\n".Length;
        var end = source.IndexOf("// end-snippet", StringComparison.Ordinal);

        guide.Should().Contain("```csharp\n" + source[start..end] + "```");
    }

    private static string FindProject()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alliances.Domain.Testing.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The test project was not found above the test output.");
    }
}

namespace Alliances.Domain.Cli.Tests;

/// <summary>The <c>example</c> command writes the documents the help's examples use, so they run wherever the tool is installed.</summary>
public class ExampleCommandTest
{
    [Theory]
    [InlineData("programme", "docs/catalogue/odd17.programme.json")]
    [InlineData("ledger", "docs/examples/odd17.ledger-13.json")]
    [InlineData("portfolio", "docs/examples/odd17.portfolio.json")]
    public void EachExample_IsTheRepositorysDocument(string kind, string path)
    {
        var run = CliRun.Of("example", kind);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Be(File.ReadAllText(Repository.PathOf(path.Split('/'))));
    }

    [Fact]
    public void AnExampleWritten_RunsTheHelpsExamples()
    {
        var file = Path.Combine(Path.GetTempPath(), $"alliances-example-{Guid.NewGuid():N}.json");
        try
        {
            CliRun.Of("example", "portfolio", "--output", file).ExitCode.Should().Be(0);

            CliRun.Of("validate", file).ExitCode.Should().Be(0);
            CliRun.Of("progress", "--ledger", file, "--as-of", "2021-11-07").Output.Should().Contain("National view: 4 territories");
            CliRun.Of("report", file, "--as-of", "2021-11-07").ExitCode.Should().Be(0);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AnUnknownKind_OrADirectory_IsAUsageError()
    {
        CliRun.Of("example", "ledgers").ExitCode.Should().Be(2);
        var into = CliRun.Of("example", "ledger", "--output", Path.GetTempPath());
        into.ExitCode.Should().Be(2);
        into.Error.Should().Contain("is a directory");
    }
}

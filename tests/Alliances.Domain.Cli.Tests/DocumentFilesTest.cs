using System.Text;
using Alliances.Domain.Serialization;

namespace Alliances.Domain.Cli.Tests;

/// <summary>
/// The document files the commands read: <c>-</c> for standard input, a size limit that stops endless input, and a
/// message on standard error and an exit code of 1 or 2, never a stack trace, for whatever cannot be read.
/// </summary>
public class DocumentFilesTest
{
    private static readonly DocumentReadOptions Small = new() { MaxDocumentBytes = 65_536 };

    [Theory]
    [InlineData("{\"kind\":\"\\ud800\"}")]
    [InlineData("{\"kind\":\"\\udc00x\"}")]
    public void Validate_AKindWithAnEscapedLoneSurrogate_IsInvalidNotACrash(string json)
    {
        var run = CliRun.Of("validate", WriteTemp(Encoding.UTF8.GetBytes(json)));

        run.ExitCode.Should().Be(1);
        run.Error.Should().BeEmpty();
        run.Output.Should().StartWith("$.kind: JSN001 ");
    }

    [Fact]
    public void Validate_AKindHoldingAnInvalidUtf8Byte_IsInvalidNotACrash()
    {
        byte[] utf8 = [.. "{\"kind\":\"le"u8, 0xFF, .. "ger\"}"u8];

        var run = CliRun.Of("validate", WriteTemp(utf8));

        run.ExitCode.Should().Be(1);
        run.Error.Should().BeEmpty();
        run.Output.Should().StartWith("$.kind: JSN001 ");
    }

    [Fact]
    public void Validate_DevZero_StopsAtTheSizeLimit()
    {
        var run = CliRun.WithInput(Stream.Null, Small, "validate", "/dev/zero");

        run.ExitCode.Should().Be(1);
        run.Error.Should().BeEmpty();
        run.Output.Should().Be("$: JSN010 The document is larger than 65,536 bytes, the most alliances reads.\n");
    }

    [Fact]
    public void Validate_AFileLargerThanTheLimit_IsRefusedWithoutReadingIt()
    {
        var run = CliRun.WithInput(Stream.Null, Small, "validate", WriteTemp(new byte[65_537]), "--json");

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("\"code\": \"JSN010\"");
    }

    [Fact]
    public void Validate_Dash_ReadsStandardInput()
    {
        using var input = File.OpenRead(Repository.PathOf("docs", "catalogue", "odd17.programme.json"));

        var run = CliRun.WithInput(input, null, "validate", "-");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Be("standard input: valid programme document\n");
    }

    [Fact]
    public void Validate_EndlessStandardInput_StopsAtTheSizeLimit()
    {
        using var zeros = File.OpenRead("/dev/zero");

        var run = CliRun.WithInput(zeros, Small, "validate", "-");

        run.ExitCode.Should().Be(1);
        run.Output.Should().Be("$: JSN010 The document is larger than 65,536 bytes, the most alliances reads.\n");
    }

    [Fact]
    public void Progress_Dash_ReadsStandardInputAsItReadsTheFile()
    {
        var path = Repository.PathOf("docs", "examples", "odd17.portfolio.json");
        using var input = new MemoryStream(File.ReadAllBytes(path));

        var fromInput = CliRun.WithInput(input, null, "progress", "--ledger", "-", "--as-of", "2021-11-07");
        var fromFile = CliRun.Of("progress", "--ledger", path, "--as-of", "2021-11-07");

        fromInput.ExitCode.Should().Be(0);
        fromInput.Output.Should().Be(fromFile.Output).And.NotBeEmpty();
    }

    [Fact]
    public void Progress_StandardInputLargerThanTheLimit_SaysSoOnStandardError()
    {
        using var zeros = File.OpenRead("/dev/zero");

        var run = CliRun.WithInput(zeros, Small, "progress", "-");

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be("alliances: standard input is not a valid ledger document: JSN010: The document is larger than 65,536 bytes, the most alliances reads.\n");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("progress")]
    [InlineData("report")]
    public void ADirectory_IsAUsageErrorThatSaysSo(params string[] command)
    {
        var directory = Repository.PathOf("docs");

        var run = CliRun.Of([.. command, directory]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"alliances: cannot read '{directory}': it is a directory, not a document.\n");
    }

    [Fact]
    public void AnUnexpectedFailure_IsOneLineOnStandardError_WithoutAStackTrace()
    {
        using var error = new StringWriter();

        var exitCode = CliApp.Run(["catalogue"], new BrokenPipe(), error, new NodaTime.Testing.FakeClock(CliRun.Now));

        exitCode.Should().Be(1);
        error.ToString().Should().Be("alliances: Broken pipe (System.IO.IOException)\n");
    }

    private static string WriteTemp(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"alliances-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>An output whose reader has gone away.</summary>
    private sealed class BrokenPipe : StringWriter
    {
        public override void Write(char value) => throw new IOException("Broken pipe");

        public override void Write(string? value) => throw new IOException("Broken pipe");

        public override void WriteLine(string? value) => throw new IOException("Broken pipe");
    }
}

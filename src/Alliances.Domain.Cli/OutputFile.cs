namespace Alliances.Domain.Cli;

/// <summary>The <c>--output FILE</c> option of the commands that write a document or a page, and where it writes.</summary>
internal static class OutputFile
{
    /// <summary>Builds the option.</summary>
    internal static System.CommandLine.Option<FileInfo?> Option(string what) => new("--output", "-o")
    {
        Description = $"Write {what} to this file instead of standard output.",
        HelpName = "FILE",
    };

    /// <summary>
    /// Writes to the file given (UTF-8, no byte-order mark), or to standard output when none is; a directory or a file
    /// that cannot be written is a usage error, said in one line.
    /// </summary>
    internal static int Write(FileInfo? target, TextWriter output, TextWriter error, Action<TextWriter> write)
    {
        if (target is null)
        {
            write(output);
            return ExitCodes.Success;
        }

        if (Directory.Exists(target.FullName))
        {
            error.WriteLine($"alliances: {target.FullName} is a directory; --output takes a file.");
            return ExitCodes.Usage;
        }

        try
        {
            using var writer = new StreamWriter(target.FullName, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            write(writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"alliances: cannot write {target.FullName}: {e.Message}");
            return ExitCodes.Usage;
        }

        return ExitCodes.Success;
    }
}

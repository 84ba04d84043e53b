using Spectre.Console;

namespace Alliances.Domain.Cli;

/// <summary>
/// Where output goes and how it looks: tables with borders and colour in a terminal, plain text when the output is
/// redirected to a file or a pipe.
/// </summary>
internal sealed class Terminal
{
    private Terminal(TextWriter writer, bool interactive)
    {
        Writer = writer;
        IsInteractive = interactive;
        Console = interactive
            ? AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                Ansi = AnsiSupport.Detect,
                ColorSystem = ColorSystemSupport.Detect,
                Interactive = InteractionSupport.No,
            })
            : null;
    }

    /// <summary>Gets the writer text goes to.</summary>
    internal TextWriter Writer { get; }

    /// <summary>Gets a value indicating whether the output is a terminal a person reads.</summary>
    internal bool IsInteractive { get; }

    /// <summary>Gets the console tables are rendered to, in a terminal.</summary>
    internal IAnsiConsole? Console { get; }

    /// <summary>Output for a terminal: tables and colour.</summary>
    internal static Terminal Interactive(TextWriter writer) => new(writer, interactive: true);

    /// <summary>Output for a file or a pipe: plain text.</summary>
    internal static Terminal Plain(TextWriter writer) => new(writer, interactive: false);
}

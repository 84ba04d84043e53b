using Spectre.Console;

namespace Alliances.Domain.Cli;

/// <summary>
/// Where output goes and how it looks: tables with borders and colour in a terminal, plain text when the output is
/// redirected to a file or a pipe.
/// </summary>
/// <remarks>
/// In a terminal, the width and the colours are the terminal's own, as Spectre.Console detects them: tables fit a
/// narrow terminal by wrapping their cells, and its detection reads <c>NO_COLOR</c> (https://no-color.org), which turns
/// colour off while keeping the tables.
/// </remarks>
internal sealed class Terminal
{
    private Terminal(TextWriter writer, bool interactive, TerminalShape? shape)
    {
        Writer = writer;
        IsInteractive = interactive;
        if (!interactive)
        {
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = shape is null ? AnsiSupport.Detect : AnsiSupport.Yes,
            ColorSystem = shape is { } fixedShape
                ? fixedShape.Colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors
                : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (shape is not null)
        {
            console.Profile.Width = shape.Width;
        }

        Console = console;
    }

    /// <summary>Gets the writer text goes to.</summary>
    internal TextWriter Writer { get; }

    /// <summary>Gets a value indicating whether the output is a terminal a person reads.</summary>
    internal bool IsInteractive { get; }

    /// <summary>Gets the console tables are rendered to, in a terminal.</summary>
    internal IAnsiConsole? Console { get; }

    /// <summary>Output for a terminal: tables and colour, at the terminal's width and colours unless a shape fixes them.</summary>
    internal static Terminal Interactive(TextWriter writer, TerminalShape? shape = null) => new(writer, interactive: true, shape);

    /// <summary>Output for a file or a pipe: plain text.</summary>
    internal static Terminal Plain(TextWriter writer) => new(writer, interactive: false, shape: null);
}

using System.CommandLine;

namespace Alliances.Domain.Cli;

/// <summary>
/// How a command takes a ledger document: as an argument, <c>alliances progress LEDGER</c>, as every command takes its
/// document. The <c>--ledger FILE</c> option of earlier versions still works for one version, with a deprecation note.
/// </summary>
internal sealed class LedgerInput
{
    /// <summary>Initializes the argument and the deprecated option.</summary>
    /// <param name="description">What the ledger is for, in this command.</param>
    /// <param name="required">Whether the command needs a ledger.</param>
    internal LedgerInput(string description, bool required)
    {
        Required = required;
        Argument = new Argument<string?>("ledger")
        {
            Description = description + " - reads standard input.",
            HelpName = "LEDGER",
            Arity = ArgumentArity.ZeroOrOne,
        };
        Option = new Option<string?>("--ledger")
        {
            Description = "Deprecated: give the ledger as an argument instead. Kept for one version.",
            HelpName = "FILE",
        };
    }

    /// <summary>Gets the argument.</summary>
    internal Argument<string?> Argument { get; }

    /// <summary>Gets the deprecated option.</summary>
    internal Option<string?> Option { get; }

    /// <summary>Gets whether the command needs a ledger.</summary>
    internal bool Required { get; }

    /// <summary>Adds the argument and the option to a command.</summary>
    internal void AddTo(Command command)
    {
        command.Arguments.Add(Argument);
        command.Options.Add(Option);
    }

    /// <summary>
    /// Gives the ledger's path: from the argument, or from the deprecated option with a note on the error writer. Both
    /// at once, or none where one is required, is a usage error.
    /// </summary>
    /// <returns><see cref="ExitCodes.Success"/> with the path, or none when the command's ledger is optional and not given.</returns>
    internal int Resolve(ParseResult parsed, TextWriter error, out string? path)
    {
        var argument = parsed.GetValue(Argument);
        var option = parsed.GetValue(Option);
        var command = parsed.CommandResult.Command.Name;
        path = argument ?? option;
        if (argument is { Length: > 1 } && argument[0] == '-')
        {
            // An option the command does not have arrives here as the ledger's path: say what it is.
            error.WriteLine($"alliances: Unrecognized option '{argument}'.");
            error.WriteLine("Run 'alliances --help' for usage.");
            return ExitCodes.Usage;
        }

        if (argument is not null && option is not null)
        {
            error.WriteLine($"alliances: give the ledger once, as an argument: alliances {command} {argument}; --ledger is deprecated.");
            return ExitCodes.Usage;
        }

        if (option is not null)
        {
            error.WriteLine($"alliances: --ledger is deprecated and goes in the next version; give the ledger as an argument: alliances {command} {option}.");
        }

        if (path is null && Required)
        {
            error.WriteLine($"alliances: {command} needs a ledger document: alliances {command} LEDGER.");
            return ExitCodes.Usage;
        }

        return ExitCodes.Success;
    }
}

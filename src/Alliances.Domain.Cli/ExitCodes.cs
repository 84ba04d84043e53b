namespace Alliances.Domain.Cli;

/// <summary>The exit codes of the <c>alliances</c> command, documented in <c>docs/cli.md</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The input was read but is not valid (used by <c>validate</c>).</summary>
    public const int Invalid = 1;

    /// <summary>The command line could not be understood: an unknown command or option, or a bad value.</summary>
    public const int Usage = 2;
}

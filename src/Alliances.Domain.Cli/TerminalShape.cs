namespace Alliances.Domain.Cli;

/// <summary>A terminal of a fixed width, with or without colour, instead of the one detected: for tests and recordings.</summary>
/// <param name="Width">The width, in columns.</param>
/// <param name="Colour">Whether the terminal shows colour.</param>
internal sealed record TerminalShape(int Width, bool Colour);

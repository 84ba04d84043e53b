using System.CommandLine;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;

namespace Alliances.Domain.Cli;

/// <summary>
/// The <c>example</c> command: writes the example documents the help's examples use (the canonical programme, the
/// Bouches-du-Rhône's ledger, the portfolio of four territories), so that they run wherever the tool is installed.
/// </summary>
internal static class ExampleCommand
{
    /// <summary>Builds the command.</summary>
    internal static Command Build(TextWriter output, TextWriter error)
    {
        var kind = new Argument<string>("kind")
        {
            Description = "The document: programme (the canonical programme), ledger (the Bouches-du-Rhône's ledger) or portfolio (four territories).",
            HelpName = "programme|ledger|portfolio",
        };
        kind.AcceptOnlyFromAmong("programme", "ledger", "portfolio");
        var file = OutputFile.Option("the document");
        var command = new Command(
            "example",
            "Write an example document: the canonical programme, a territory's ledger (invented organisations, named as such) or a portfolio of four territories, the documents the other commands' examples use.\n\n"
            + "Examples:\n"
            + "  alliances example portfolio > odd17.portfolio.json\n"
            + "  alliances example ledger --output odd17.ledger-13.json\n"
            + "  alliances example programme")
        {
            kind,
            file,
        };
        command.SetAction(parsed =>
        {
            var text = parsed.GetValue(kind) switch
            {
                "programme" => ProgrammeJson.Serialize(Odd17.Programme) + "\n",
                var name => EmbeddedText.Read($"Alliances.Domain.Cli.example.{name}.json"),
            };
            return OutputFile.Write(parsed.GetValue(file), output, error, writer => writer.Write(text));
        });
        return command;
    }
}

using System.CommandLine;
using Alliances.Domain.Serialization;

namespace Alliances.Domain.Cli;

/// <summary>The <c>schema</c> command: prints the JSON Schema of a kind of document.</summary>
internal static class SchemaCommand
{
    /// <summary>Builds the command.</summary>
    internal static Command Build(TextWriter output)
    {
        var kind = new Argument<string>("kind")
        {
            Description = "The kind of document: programme or ledger.",
        };
        kind.AcceptOnlyFromAmong("programme", "ledger");
        var command = new Command(
            "schema",
            "Print the JSON Schema (draft 2020-12) of programme or ledger documents, as published in docs/schema/.\n\n"
            + "Examples:\n"
            + "  alliances schema programme > programme.schema.json\n"
            + "  alliances schema ledger")
        {
            kind,
        };
        command.SetAction(parsed =>
        {
            output.Write(parsed.GetValue(kind) == "programme" ? JsonSchemas.Programme : JsonSchemas.Ledger);
            return ExitCodes.Success;
        });
        return command;
    }
}

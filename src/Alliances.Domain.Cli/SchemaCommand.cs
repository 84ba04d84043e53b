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
            Description = "The kind of document: programme, ledger, or one of the views the --json options print: progress-view, schedule-view.",
        };
        kind.AcceptOnlyFromAmong("programme", "ledger", "progress-view", "schedule-view");
        var typeScript = new Option<bool>("--typescript")
        {
            Description = "Print the TypeScript declarations generated from the schema by json-schema-to-typescript instead.",
        };
        var command = new Command(
            "schema",
            "Print the JSON Schema (draft 2020-12) of programme or ledger documents, or of the views that progress --json and schedule --json print, as published in docs/schema/, or the TypeScript declarations generated from it.\n\n"
            + "Examples:\n"
            + "  alliances schema programme > programme.schema.json\n"
            + "  alliances schema ledger\n"
            + "  alliances schema ledger --typescript > ledger.d.ts\n"
            + "  alliances schema progress-view --typescript > progress-view.d.ts")
        {
            kind,
            typeScript,
        };
        command.SetAction(parsed =>
        {
            var name = parsed.GetValue(kind)!;
            output.Write(parsed.GetValue(typeScript) ? EmbeddedText.Read($"Alliances.Domain.Cli.{name}.d.ts") : name switch
            {
                "programme" => JsonSchemas.Programme,
                "ledger" => JsonSchemas.Ledger,
                "progress-view" => JsonSchemas.ProgressView,
                _ => JsonSchemas.ScheduleView,
            });
            return ExitCodes.Success;
        });
        return command;
    }
}

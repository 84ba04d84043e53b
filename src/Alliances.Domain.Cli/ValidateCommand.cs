using System.CommandLine;
using System.Text.Json;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Cli;

/// <summary>The <c>validate</c> command: checks a programme or ledger document.</summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    internal static Command Build(TextWriter output, TextWriter error, DocumentFiles files)
    {
        var file = new Argument<string>("file")
        {
            Description = "The document to check: a programme or a ledger document, in JSON; - reads standard input.",
        };
        var json = CliApp.JsonOption();
        var language = CliApp.LanguageOption();
        var programmeFile = CliApp.ProgrammeOption();
        programmeFile.Description = "Check a ledger against the programme in this programme document instead of the canonical one.";
        var command = new Command(
            "validate",
            "Check a programme or ledger document against the JSON contract and every programme rule. The kind is read from the document.\n"
            + "Exit codes: 0 valid, 1 invalid (each violation printed as 'path: CODE message'), 2 usage error.\n\n"
            + "Examples:\n"
            + "  alliances validate odd17.programme.json\n"
            + "  alliances validate odd17.portfolio.json --json\n"
            + "  alliances validate my-ledger.json --lang fr\n"
            + "  alliances validate - < my-ledger.json")
        {
            file,
            json,
            language,
            programmeFile,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var chosen = files.ReadProgramme(parsed.GetValue(programmeFile), error, out var programme);
            if (chosen != ExitCodes.Success)
            {
                return chosen;
            }

            string? kind;
            ValidationResult result;
            try
            {
                if (!files.TryRead(path, error, out var bytes))
                {
                    return ExitCodes.Usage;
                }

                kind = DocumentFiles.KindOf(bytes);
                result = kind == LedgerJson.Kind ? LedgerJson.Validate(bytes, DocumentFiles.Known(programme), files.Options) : ProgrammeJson.Validate(bytes, files.Options);
            }
            catch (AlliancesJsonException tooLarge)
            {
                kind = null;
                result = new ValidationResult(tooLarge.Violations);
            }

            var shownKind = kind is ProgrammeJson.Kind or LedgerJson.Kind ? kind : "unknown";
            var lang = parsed.GetValue(language);
            if (parsed.GetValue(json))
            {
                WriteJson(output, path, shownKind, result, lang);
            }
            else if (result.IsValid)
            {
                output.WriteLine($"{DocumentFiles.NameOf(path)}: valid {shownKind} document");
            }
            else
            {
                foreach (var violation in result.Violations)
                {
                    output.WriteLine(violation.ToString(lang));
                }
            }

            return result.IsValid ? ExitCodes.Success : ExitCodes.Invalid;
        });
        return command;
    }

    private static void WriteJson(TextWriter output, string path, string kind, ValidationResult result, Language language)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, CliJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("file", path);
            writer.WriteString("kind", kind);
            writer.WriteBoolean("valid", result.IsValid);
            writer.WriteStartArray("violations");
            foreach (var violation in result.Violations)
            {
                writer.WriteStartObject();
                writer.WriteString("path", violation.Path);
                writer.WriteString("code", violation.Code);
                writer.WriteString("message", violation.MessageIn(language));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}

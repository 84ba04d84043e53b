using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Alliances.Domain.Serialization;
using Alliances.Domain.Tests.Support;
using Json.Schema;
using Xunit.Abstractions;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>
/// The library accepts a document exactly when its published schema does, as JsonSchema.Net and ajv read it (ajv set up
/// as docs/json.md tells UI teams to), over a corpus of the published documents and thousands of mutants of them.
/// </summary>
/// <remarks>
/// A schema cannot see rules across parts (two measures numbered 4, a report before the ledger's launch, a lifecycle
/// out of order): a document the schema accepts and the library refuses by one of those alone is no disagreement.
/// Every other verdict must match. ajv runs from npm, installed by this test with <c>npm ci</c> from the lock file
/// beside it; where node is missing the test fails in CI (<c>CI=true</c>) and says so elsewhere.
/// </remarks>
public class SchemaDifferentialTest(ITestOutputHelper output)
{
    /// <summary>The rules the schemas cannot state, each about several values or about a list outside the document (MIL002, the TZDB).</summary>
    private static readonly HashSet<string> AcrossParts =
    [
        "HOR002", "DAT001", "DAT005", "MIL002", "MIL003", "MIS002", "POL002", "POL003", "EVA002", "SCH008",
        "PRG003", "PRG004", "PRG005", "PRG006", "PRG007", "PRG008", "PRG009", "PRG010", "PRG011", "PRG012",
        "LIF001", "REP001", "REP002", "IND002", "PLN001", "LED001", "LED002", "LED003", "LED004", "LED005", "LED006", "LED007",
        "PRG013", "PRG014", "PRG015", "LED009", "LED010", "COM001", "COM002", "COM003", "COM004", "COM005", "COM006", "POR001", "JSN003",
    ];

    private static readonly EvaluationOptions Flag = new() { OutputFormat = OutputFormat.Flag };

    [Fact]
    public void TheLibraryJsonSchemaNetAndAjv_AgreeOnEveryDocument()
    {
        var ajv = Ajv.Find();
        if (ajv is null)
        {
            var missing = "node and npm are needed to run ajv (apt-get install nodejs npm); .ci/run installs them.";
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), missing);
            output.WriteLine("not checked against ajv here: " + missing);
            return;
        }

        var clock = Stopwatch.StartNew();
        var corpus = SchemaCorpus.Build(mutantsPerSeed: 700);
        output.WriteLine($"built {corpus.Count} documents in {clock.Elapsed}");
        var schemas = new Dictionary<string, JsonSchema>
        {
            ["programme"] = PublishedSchemas.Programme,
            ["ledger"] = PublishedSchemas.Ledger,
        };
        var folder = Directory.CreateTempSubdirectory("alliances-schema-corpus-");
        try
        {
            for (var i = 0; i < corpus.Count; i++)
            {
                File.WriteAllText(Path.Combine(folder.FullName, Name(corpus[i], i)), corpus[i].Json);
            }

            var ajvVerdicts = ajv.Validate(Path.Combine(AppContext.BaseDirectory, "docs", "schema"), folder.FullName);
            output.WriteLine($"ajv done at {clock.Elapsed}");
            var disagreements = new List<string>();
            var accepted = 0;
            for (var i = 0; i < corpus.Count; i++)
            {
                var document = corpus[i];
                var library = document.Schema == "programme" ? ProgrammeJson.Validate(document.Json) : LedgerJson.Validate(document.Json);
                bool net;
                using (var parsed = JsonDocument.Parse(document.Json))
                {
                    net = schemas[document.Schema].Evaluate(parsed.RootElement, Flag).IsValid;
                }

                var (ajvValid, ajvSays) = ajvVerdicts[Name(document, i)];
                accepted += library.IsValid ? 1 : 0;
                var verdicts = $"library {(library.IsValid ? "accepts" : "refuses: " + library.Violations[0])}; JsonSchema.Net {(net ? "accepts" : "refuses")}; ajv {ajvSays}";
                if (net != ajvValid)
                {
                    disagreements.Add($"JsonSchema.Net and ajv disagree on {document.What}: {verdicts}");
                }
                else if (library.IsValid && !net)
                {
                    disagreements.Add($"the library accepts what the schema refuses, {document.What}: {verdicts}");
                }
                else if (!library.IsValid && net && !library.Codes.All(AcrossParts.Contains))
                {
                    disagreements.Add($"the schema accepts what the library refuses by a rule it states, {document.What}: {verdicts}");
                }
            }

            disagreements.ForEach(output.WriteLine);
            output.WriteLine($"{corpus.Count} documents in {clock.Elapsed}, {accepted} accepted by the library, {disagreements.Count} disagreements.");
            corpus.Count.Should().BeGreaterThan(3000);
            accepted.Should().BeInRange(corpus.Count / 10, corpus.Count - (corpus.Count / 10), "the corpus holds accepted and refused documents alike");
            disagreements.Should().BeEmpty(string.Join(Environment.NewLine, disagreements.Take(8).Prepend($"{disagreements.Count} disagreements, the first:")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Name(SchemaCorpus.Document document, int index) => $"{document.Schema}.{index:D5}.json";

    /// <summary>ajv, from the npm packages locked beside this test, run by node once over a whole folder.</summary>
    private sealed class Ajv(string folder)
    {
        private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

        /// <summary>Finds node and npm, and installs ajv with <c>npm ci</c> when it is not installed yet.</summary>
        public static Ajv? Find()
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "Serialization", "Ajv");
            if (Run("node", ["--version"], folder) is null)
            {
                return null;
            }

            if (!File.Exists(Path.Combine(folder, "node_modules", "ajv", "package.json")))
            {
                var installed = Run("npm", ["ci", "--no-audit", "--no-fund"], folder);
                if (installed is null)
                {
                    return null;
                }
            }

            return new Ajv(folder);
        }

        /// <summary>Validates every file of a corpus folder; gives each file's verdict and what ajv says.</summary>
        public Dictionary<string, (bool Valid, string Says)> Validate(string schemas, string corpus)
        {
            var printed = Run("node", [Path.Combine(folder, "validate.mjs"), schemas, corpus], folder)
                ?? throw new InvalidOperationException("node could not be started a second time.");
            return printed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ', 2)).ToDictionary(
                parts => parts[0],
                parts => (parts[1] == "valid", parts[1] == "valid" ? "accepts" : "refuses: " + parts[1]["invalid ".Length..]));
        }

        /// <summary>Runs a command; null when it cannot be started; throws when it fails.</summary>
        private static string? Run(string command, string[] arguments, string folder)
        {
            var start = new ProcessStartInfo(command) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            arguments.ToList().ForEach(start.ArgumentList.Add);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (Win32Exception)
            {
                return null;
            }

            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(Patience))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException($"{command} {string.Join(' ', arguments)} ran for more than {Patience}.");
                }

                return process.ExitCode == 0
                    ? stdout.Result
                    : throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}");
            }
        }
    }
}

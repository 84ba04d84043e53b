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
/// Every other verdict must match. ajv runs from npm in strict mode with ajv-formats, installed with <c>npm ci</c> from
/// the lock file in <c>Serialization/Npm/</c> (<see cref="NodeTools"/>); where node is missing the test fails in CI (<c>CI=true</c>) and says so elsewhere.
/// </remarks>
public class SchemaDifferentialTest(ITestOutputHelper output)
{
    /// <summary>
    /// The rules the schemas cannot state: each about several values, about a list outside the document (MIL002, the
    /// TZDB), or about exact decimals (REP003: a validator's <c>multipleOf</c> divides in floating point).
    /// </summary>
    private static readonly HashSet<string> AcrossParts =
    [
        "HOR002", "DAT001", "DAT005", "MIL002", "MIL003", "MIS002", "POL002", "POL003", "EVA002", "SCH008",
        "PRG003", "PRG004", "PRG005", "PRG006", "PRG007", "PRG008", "PRG009", "PRG010", "PRG011", "PRG012",
        "LIF001", "REP001", "REP002", "IND002", "PLN001", "LED001", "LED002", "LED003", "LED004", "LED005", "LED006", "LED007",
        "PRG013", "PRG014", "PRG015", "LED009", "LED010", "REP003", "COM001", "COM002", "COM003", "COM004", "COM005", "COM006", "POR001", "JSN003",
    ];

    private static readonly EvaluationOptions Flag = new() { OutputFormat = OutputFormat.Flag };

    [Fact]
    public void TheLibraryJsonSchemaNetAndAjv_AgreeOnEveryDocument()
    {
        var tools = NodeTools.Find();
        if (tools is null)
        {
            Assert.False(NodeTools.InCi, NodeTools.Missing);
            output.WriteLine("not checked against ajv here: " + NodeTools.Missing);
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

            var ajvVerdicts = tools.Tools("validate", Path.Combine(AppContext.BaseDirectory, "docs", "schema"), folder.FullName)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ', 2)).ToDictionary(
                    parts => parts[0],
                    parts => (Valid: parts[1] == "valid", Says: parts[1] == "valid" ? "accepts" : "refuses: " + parts[1]["invalid ".Length..]));
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
}

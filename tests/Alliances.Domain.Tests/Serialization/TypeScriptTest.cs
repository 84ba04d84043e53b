using Alliances.Domain.Tests.Support;
using Xunit.Abstractions;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>
/// The schemas as TypeScript and JavaScript teams take them, with the real npm tools: ajv compiles them in strict mode;
/// the declarations json-schema-to-typescript generates are the ones shipped in docs/schema/; and tsc --strict accepts
/// the example documents through <c>satisfies</c>, an exhaustive <c>switch</c> over the imprecise date, and the
/// TypeScript of docs/views.md.
/// </summary>
/// <remarks>
/// The tools are installed with <c>npm ci</c> from the lock file in <c>Serialization/Npm/</c>. Where node is missing the
/// tests fail in CI (<c>CI=true</c>) and say so elsewhere. After a change to a schema, regenerate the declarations with
/// <c>node tests/Alliances.Domain.Tests/Serialization/Npm/tools.mjs check docs/schema --write docs/catalogue/odd17.programme.json</c>.
/// </remarks>
public class TypeScriptTest(ITestOutputHelper output)
{
    private static string Docs(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "docs", .. parts]);

    private static readonly string[] Examples =
    [
        Docs("catalogue", "odd17.programme.json"),
        Docs("examples", "odd17.ledger-13.json"),
        Docs("examples", "odd17.portfolio.json"),
        Docs("examples", "views", "odd17.portfolio.progress-view.json"),
        Docs("examples", "views", "odd17.portfolio-59.schedule-view.json"),
    ];

    [Fact]
    public void TheSchemas_CompileInStrictMode_ShipTheirDeclarations_AndTypeTheExamples()
    {
        if (Tools() is not { } tools)
        {
            return;
        }

        var lines = tools.Tools(["check", Docs("schema"), .. Examples, Docs("views.md")]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        output.WriteLine(string.Join('\n', lines));

        lines.Should().OnlyContain(l => l.StartsWith("ok ", StringComparison.Ordinal));
        lines.Should().Contain("ok ajv strict compiles programme.schema.json").And.Contain("ok ajv strict compiles ledger.schema.json")
            .And.Contain("ok ajv strict compiles progress-view.schema.json").And.Contain("ok ajv strict compiles schedule-view.schema.json")
            .And.Contain("ok programme.d.ts is current").And.Contain("ok ledger.d.ts is current")
            .And.Contain("ok progress-view.d.ts is current").And.Contain("ok schedule-view.d.ts is current")
            .And.Contain("ok ajv strict accepts odd17.portfolio.json")
            .And.Contain("ok ajv strict accepts odd17.portfolio.progress-view.json").And.Contain("ok ajv strict accepts odd17.portfolio-59.schedule-view.json")
            .And.Contain("ok tsc --strict accepts 5 example documents through satisfies, and an exhaustive switch over ImpreciseDate")
            .And.Contain("ok tsc --strict accepts 1 TypeScript blocks of views.md");
    }

    [Fact]
    public void ADocumentOfTheWrongShape_FailsTsc_AndAStaleDeclaration_IsCaught()
    {
        if (Tools() is not { } tools)
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("alliances-ts-test-");
        try
        {
            // A progress written as a string, and an imprecise date without its precision.
            var wrong = Path.Combine(folder.FullName, "wrong.ledger.json");
            File.WriteAllText(wrong, File.ReadAllText(Examples[1]).Replace("\"progress\": 39,", "\"progress\": \"39\",", StringComparison.Ordinal));
            var dateless = Path.Combine(folder.FullName, "dateless.ledger.json");
            File.WriteAllText(dateless, File.ReadAllText(Examples[1]).Replace("\"precision\": \"partOfMonth\",", string.Empty, StringComparison.Ordinal));
            var schemas = Directory.CreateDirectory(Path.Combine(folder.FullName, "schema")).FullName;
            foreach (var file in Directory.GetFiles(Docs("schema")))
            {
                File.Copy(file, Path.Combine(schemas, Path.GetFileName(file)));
            }

            File.AppendAllText(Path.Combine(schemas, "ledger.d.ts"), "// edited by hand\n");

            var lines = tools.Tools("check", schemas, wrong, dateless);
            output.WriteLine(lines);

            lines.Should().Contain("FAIL ledger.d.ts is not what json-schema-to-typescript generates")
                .And.Contain("ok programme.d.ts is current")
                .And.Contain("FAIL ajv strict accepts wrong.ledger.json")
                .And.Contain("FAIL ajv strict accepts dateless.ledger.json")
                .And.Contain("FAIL tsc --strict");
            lines.Should().Contain("wrong_ledger_json.ts").And.Contain("dateless_ledger_json.ts");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private NodeTools? Tools()
    {
        var tools = NodeTools.Find();
        if (tools is null)
        {
            Assert.False(NodeTools.InCi, NodeTools.Missing);
            output.WriteLine("not checked here: " + NodeTools.Missing);
        }

        return tools;
    }
}

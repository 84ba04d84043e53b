using Json.Schema;

namespace Alliances.Domain.Tests.Support;

/// <summary>
/// The published schemas, built once for every test: JsonSchema.Net registers a schema by its <c>$id</c> and refuses to
/// build the same one twice.
/// </summary>
internal static class PublishedSchemas
{
    public static JsonSchema Programme { get; } = JsonSchema.FromText(Files.Docs("schema", "programme.schema.json"));

    public static JsonSchema Ledger { get; } = JsonSchema.FromText(Files.Docs("schema", "ledger.schema.json"));
}

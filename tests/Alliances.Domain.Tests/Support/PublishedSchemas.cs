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

    public static JsonSchema ProgressView { get; } = JsonSchema.FromText(Files.Docs("schema", "progress-view.schema.json"));

    public static JsonSchema ScheduleView { get; } = JsonSchema.FromText(Files.Docs("schema", "schedule-view.schema.json"));

    /// <summary>Evaluates a JSON text against a schema; gives the first error, or null when the text is valid.</summary>
    public static string? FirstError(JsonSchema schema, string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? null
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}").FirstOrDefault() ?? "invalid";
    }
}

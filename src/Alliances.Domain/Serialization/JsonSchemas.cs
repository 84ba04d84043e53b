namespace Alliances.Domain.Serialization;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the contract's documents and computed views, as published in <c>docs/schema/</c>, for tools that
/// validate documents outside this library.
/// </summary>
public static class JsonSchemas
{
    private static readonly Lazy<string> ProgrammeText = new(() => Load("programme.schema.json"));
    private static readonly Lazy<string> LedgerText = new(() => Load("ledger.schema.json"));
    private static readonly Lazy<string> ProgressViewText = new(() => Load("progress-view.schema.json"));
    private static readonly Lazy<string> ScheduleViewText = new(() => Load("schedule-view.schema.json"));

    /// <summary>Gets the schema of programme documents.</summary>
    public static string Programme => ProgrammeText.Value;

    /// <summary>Gets the schema of ledger documents: national, territorial or portfolio.</summary>
    public static string Ledger => LedgerText.Value;

    /// <summary>Gets the schema of the progress view (<see cref="Progress.ProgressView"/>), which the library writes and does not read.</summary>
    public static string ProgressView => ProgressViewText.Value;

    /// <summary>Gets the schema of the schedule view (<see cref="Scheduling.ScheduleView"/>), which the library writes and does not read.</summary>
    public static string ScheduleView => ScheduleViewText.Value;

    private static string Load(string name)
    {
        using var stream = typeof(JsonSchemas).Assembly.GetManifestResourceStream("Alliances.Domain.Schema." + name)
            ?? throw new InvalidOperationException($"The schema {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

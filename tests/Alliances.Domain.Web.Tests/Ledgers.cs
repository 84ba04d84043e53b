namespace Alliances.Domain.Web.Tests;

/// <summary>Ledger documents the tests post.</summary>
public static class Ledgers
{
    /// <summary>A national ledger with one report, on measure <paramref name="measure"/>, and <paramref name="more"/> at the end of the document.</summary>
    public static string National(int measure = 1, string more = "") =>
        $$"""{"kind":"ledger","schemaVersion":1,"scope":"national","programme":"odd17-2020","reports":[{"measure":{{measure}},"date":"2020-06-01","status":"inProgress","progress":12.5}]{{more}}}""";

    /// <summary>The example ledger of the Bouches-du-Rhône, docs/examples/odd17.ledger-13.json: 372 reports.</summary>
    public static string Territory13() => File.ReadAllText(App.AlliancesApi.Ledger13Path);
}

// The library's types inside a consumer's own record, serialized through the consumer's own source-generated context:
// each type brings its converter through [JsonConverter], with no set-up, reflection-free (this program is published
// with NativeAOT).
using System.Text.Json;
using System.Text.Json.Serialization;
using Alliances.Domain.Catalogue;
using Alliances.Domain;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Serialization;
using NodaTime;

/// <summary>A consumer's own record, made of the library's types.</summary>
internal sealed record MeasureSnapshot(ProgrammeId Programme, Measure Measure, Percentage Progress, ImpreciseDate Next, LocalizedText Note, LedgerDocument Ledger);

/// <summary>A consumer's own record of who does what: an actor, and a commitment with its withdrawal.</summary>
internal sealed record WhoDoesWhat(Actor Lead, Commitment Commitment);

/// <summary>The consumer's own source-generated context: it names its own records only.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MeasureSnapshot))]
[JsonSerializable(typeof(WhoDoesWhat))]
internal sealed partial class ConsumerJsonContext : JsonSerializerContext;

internal static class Embedding
{
    private const string Ledger = """{"kind":"ledger","schemaVersion":1,"scope":"national","programme":"odd17-2020","reports":[{"measure":1,"date":"2020-06-01","status":"inProgress","progress":12.5}]}""";

    private const string NordLedger = """{"kind":"ledger","schemaVersion":2,"scope":"territorial","programme":"odd17-2020","territory":{"code":"59","name":"Nord","level":"departement"},"milestones":[{"sequence":8,"title":{"fr":"Forum du Nord (exemple fictif)","en":"Nord forum (invented example)"},"kind":"meeting","date":{"precision":"month","month":"2020-11","toBeConfirmed":true},"place":"Lille","timeZone":"Europe/Paris","serves":[9]}],"reports":[{"measure":1,"date":"2020-06-01","status":"inProgress","progress":12.5}]}""";

    // The context's options keep System.Text.Json's default encoder, which escapes every non-ASCII character: the
    // library's converters write through the consumer's writer, so its strings are escaped the same way.
    private const string Snapshot = """{"programme":"odd17-2020","measure":{"number":9,"title":{"fr":"Accompagner les alliances strat\u00E9giques","en":"Support strategic alliances"},"dimension":"strategic"},"progress":33.33,"next":{"precision":"partOfMonth","month":"2020-08","part":"late","toBeConfirmed":true},"note":{"fr":"Visite inspirante \u00E0 Marseille","en":"Inspiring visit to Marseille"},"ledger":""" + Ledger + "}";

    internal static void Run(Action<bool, string> check)
    {
        var snapshot = new MeasureSnapshot(
            Odd17.Programme.Id,
            Odd17.Programme.GetMeasure(new MeasureNumber(9)),
            new Percentage(33.33),
            ImpreciseDate.InPartOf(new YearMonth(2020, 8), MonthPart.Late, isToBeConfirmed: true),
            new LocalizedText("Visite inspirante à Marseille", "Inspiring visit to Marseille"),
            LedgerJson.Deserialize(Ledger));

        var json = JsonSerializer.Serialize(snapshot, ConsumerJsonContext.Default.MeasureSnapshot);
        check(json == Snapshot, $"a record of the library's types, through the consumer's own context, is written exactly (got {json})");

        var back = JsonSerializer.Deserialize(Snapshot, ConsumerJsonContext.Default.MeasureSnapshot)!;
        // A ledger document has no value equality of its own; its ledger has.
        check(back with { Ledger = snapshot.Ledger } == snapshot && back.Ledger.Ledger == snapshot.Ledger.Ledger, "reading it back gives an equal record");
        check(JsonSerializer.Serialize(back, ConsumerJsonContext.Default.MeasureSnapshot) == Snapshot, "writing what was read gives the same text");

        // A value the library reads as a number is located in the consumer's document at its own path. A value read as
        // a whole object (a measure, a ledger) is located by System.Text.Json at the object, and the violation gives
        // the path down to the part at fault.
        Refused(check, Snapshot.Replace("\"progress\":33.33", "\"progress\":101", StringComparison.Ordinal), "PCT001", "$.progress", "$.progress");
        Refused(check, Snapshot.Replace("\"number\":9", "\"number\":0", StringComparison.Ordinal), "MEA001", "$.measure", "$.measure.number");
        Refused(check, Snapshot.Replace("\"measure\":1,", "\"measure\":0,", StringComparison.Ordinal), "MEA001", "$.ledger", "$.ledger.reports[0].measure");

        // A territory's own milestones, as of schema version 2: after the programme's base of seven, kept apart from it.
        var withMilestone = Snapshot.Replace(Ledger, NordLedger, StringComparison.Ordinal);
        var nord = JsonSerializer.Deserialize(withMilestone, ConsumerJsonContext.Default.MeasureSnapshot)!.Ledger.Ledger!;
        var calendar = MilestoneCalendar.For(nord);
        check(nord.Milestones.Count == 1 && calendar.Milestones.Count == 8 && calendar.IsAddition(nord.Milestones[0]) && !calendar.IsAddition(Odd17.Programme.Milestones[0]), "a territory's milestone joins the base in its calendar, told apart");
        check(nord.MilestonesOf(new MeasureNumber(9)).Count == 2, "measure 9 is served by the base's early-June meeting and by the territory's forum");
        check(JsonSerializer.Serialize(JsonSerializer.Deserialize(withMilestone, ConsumerJsonContext.Default.MeasureSnapshot)!, ConsumerJsonContext.Default.MeasureSnapshot) == withMilestone, "a ledger with its own milestones is written back exactly");
        Refused(check, withMilestone.Replace("\"sequence\":8", "\"sequence\":9", StringComparison.Ordinal), "LED009", "$.ledger", "$.ledger.milestones[0].sequence");
        Refused(check, withMilestone.Replace("\"schemaVersion\":2", "\"schemaVersion\":1", StringComparison.Ordinal), "JSN002", "$.ledger", "$.ledger");

        // Commitments, as of schema version 2: an actor of each kind behind the abstract Actor, a withdrawal kept.
        var who = new WhoDoesWhat(
            Actor.For(new Organisation("Association Exemple (fictive)")),
            new Commitment(Actor.For(Odd17.Programme.Worlds[1]), new MeasureNumber(9), CommitmentRole.Contributor, new LocalDate(2020, 6, 10), new LocalDate(2021, 12, 31))
                .Withdraw(new LocalDate(2021, 1, 15), new LocalizedText("Exemple", "Example")));
        const string WhoJson = """{"lead":{"kind":"organisation","organisation":"Association Exemple (fictive)"},"commitment":{"actor":{"kind":"world","world":{"id":"companies","name":{"fr":"entreprises","en":"companies"}}},"measure":9,"role":"contributor","from":"2020-06-10","until":"2021-12-31","withdrawal":{"date":"2021-01-15","reason":{"fr":"Exemple","en":"Example"}}}}""";
        var whoJson = JsonSerializer.Serialize(who, ConsumerJsonContext.Default.WhoDoesWhat);
        check(whoJson == WhoJson, $"who does what, through the consumer's own context, is written exactly (got {whoJson})");
        check(JsonSerializer.Deserialize(WhoJson, ConsumerJsonContext.Default.WhoDoesWhat) == who, "who does what reads back equal");
        RefusedWho(check, WhoJson.Replace("\"date\":\"2021-01-15\"", "\"date\":\"2020-01-15\"", StringComparison.Ordinal), "COM002", "$.commitment");
        RefusedWho(check, WhoJson.Replace("\"kind\":\"organisation\"", "\"kind\":\"company\"", StringComparison.Ordinal), "JSN001", "$.lead");
    }

    private static void RefusedWho(Action<bool, string> check, string json, string code, string path)
    {
        try
        {
            JsonSerializer.Deserialize(json, ConsumerJsonContext.Default.WhoDoesWhat);
            check(false, $"{code} at {path} is refused");
        }
        catch (AlliancesJsonException e)
        {
            check(e.RuleCode == code && e.Path == path, $"{code} at {path} is refused with its code and path (got {e.RuleCode} at {e.Path})");
        }
    }

    private static void Refused(Action<bool, string> check, string json, string code, string path, string partPath)
    {
        try
        {
            JsonSerializer.Deserialize(json, ConsumerJsonContext.Default.MeasureSnapshot);
            check(false, $"{code} at {path} is refused");
        }
        catch (AlliancesJsonException e)
        {
            check(
                e.RuleCode == code && e.Path == path && e.Violations[0].Path == partPath,
                $"{code} at {partPath} is refused with its code and paths (got {e.RuleCode} at {e.Path}, {e.Violations[0].Path})");
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Alliances.Domain.Testing;

/// <summary>
/// Almost-valid documents: valid programme and ledger documents with one change each, so that each breaks exactly one
/// named rule. A suite proves its own validation catches every rule by running it over <see cref="All"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every constraint of <see cref="Validation.Rules"/> that a JSON document can carry has a case;
/// <see cref="NotExpressible"/> lists the few that no document can break and says why. The seed picks which element
/// is changed (which measure, which report…), so different seeds give different documents for the same rule.
/// </para>
/// <para>The documents are built from the canonical programme and from ledgers made by <see cref="LedgerBuilder"/>.</para>
/// </remarks>
public static class InvalidDocuments
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(
            System.Text.Unicode.UnicodeRanges.BasicLatin,
            System.Text.Unicode.UnicodeRanges.Latin1Supplement,
            System.Text.Unicode.UnicodeRanges.LatinExtendedA,
            System.Text.Unicode.UnicodeRanges.GeneralPunctuation),
    };

    private static readonly Lazy<string> ProgrammeBase = new(() => ProgrammeJson.Serialize(Odd17.Programme, indented: false));
    private static readonly Lazy<string> LedgerBase = new(() => LedgerJson.Serialize(Ledger(), indented: false));
    private static readonly Lazy<string> PortfolioBase = new(() => LedgerJson.Serialize(Portfolio(), indented: false));

    private static readonly (string Code, DocumentKind Kind, string Description, Func<JsonObject, Random, string> Break)[] Cases =
    [
        ("JSN001", DocumentKind.Programme, "an unknown property", (d, _) => { d["colour"] = "red"; return "$.colour"; }),
        ("JSN002", DocumentKind.Programme, "a newer schema version", (d, _) => { d["schemaVersion"] = ProgrammeJson.SchemaVersion + 1; return "$.schemaVersion"; }),
        ("JSN003", DocumentKind.Ledger, "a ledger of a programme the reader does not know", (d, _) => { d["programme"] = "odd17-2099"; return "$.programme"; }),
        ("TXT001", DocumentKind.Programme, "a blank French name", (d, _) => { d["name"]!["fr"] = " "; return "$.name"; }),
        ("TXT002", DocumentKind.Programme, "a blank English name", (d, _) => { d["name"]!["en"] = " "; return "$.name"; }),
        ("IDS001", DocumentKind.Programme, "an identifier that is not a slug", (d, _) => { d["id"] = "ODD 17"; return "$.id"; }),
        ("PCT001", DocumentKind.Programme, "a poll share above 100", (d, r) => { var i = r.Next(5); d["poll"]!["answers"]![i]!["share"] = 100.5; return $"$.poll.answers[{i}].share"; }),
        ("CNT001", DocumentKind.Programme, "a negative count of contributors", (d, _) => { d["mission"]!["contributors"]!["contributors"]!["value"] = -1; return "$.mission.contributors.contributors"; }),
        ("MEA001", DocumentKind.Programme, "measure number 0", (d, r) => { var i = r.Next(21); d["measures"]![i]!["number"] = 0; return $"$.measures[{i}].number"; }),
        ("HOR001", DocumentKind.Programme, "a negative horizon", (d, r) => { var i = r.Next(3); d["dimensions"]![i]!["horizon"]!["minimum"] = "P-1M"; return $"$.dimensions[{i}].horizon"; }),
        ("HOR002", DocumentKind.Programme, "a horizon whose minimum is above its maximum", (d, r) => { var i = r.Next(3); d["dimensions"]![i]!["horizon"] = new JsonObject { ["minimum"] = "P40M", ["maximum"] = "P39M" }; return $"$.dimensions[{i}].horizon"; }),
        ("DAT001", DocumentKind.Programme, "a span of days ending the day it starts", (d, _) => { d["milestones"]![4]!["date"]!["last"] = "2020-09-03"; return "$.milestones[4].date"; }),
        ("DAT002", DocumentKind.Programme, "an evaluation in year 0", (d, _) => { d["evaluation"]!["when"]!["year"] = 0; return "$.evaluation.when"; }),
        ("DAT005", DocumentKind.Programme, "a history that confirms a date outside the days it could fall on", (d, _) => { ConfirmOutside(d); return "$.milestones[1]"; }),
        ("MIL001", DocumentKind.Programme, "milestone sequence 0", (d, r) => { var i = r.Next(7); d["milestones"]![i]!["sequence"] = 0; return $"$.milestones[{i}]"; }),
        ("MIL002", DocumentKind.Programme, "an unknown time zone", (d, r) => { var i = r.Next(7); d["milestones"]![i]!["timeZone"] = "Europe/Pariss"; return $"$.milestones[{i}]"; }),
        ("MIL003", DocumentKind.Programme, "a reschedule without a reason", (d, _) => { Reschedule(d); return "$.milestones[3].history[0]"; }),
        ("GOV001", DocumentKind.Programme, "a committee without bodies", (d, _) => { d["governance"]!["bodies"] = new JsonArray(); return "$.governance"; }),
        ("MIS001", DocumentKind.Programme, "a mission led by no one", (d, _) => { d["mission"]!["ledBy"] = new JsonArray(); return "$.mission"; }),
        ("MIS002", DocumentKind.Programme, "a report delivered before the mission was commissioned", (d, _) => { d["mission"]!["commissioned"] = "2020-06"; return "$.mission"; }),
        ("POL001", DocumentKind.Programme, "a poll without answers", (d, _) => { d["poll"]!["answers"] = new JsonArray(); return "$.poll"; }),
        ("POL002", DocumentKind.Programme, "poll shares adding up to 101", (d, _) => { d["poll"]!["answers"]![1]!["share"] = 10; return "$.poll"; }),
        ("POL003", DocumentKind.Programme, "a nested share above its parent", (d, _) => { d["poll"]!["answers"]![0]!["nested"]![0]!["share"] = 82; return "$.poll.answers[0]"; }),
        ("POL010", DocumentKind.Programme, "answers nested 21 levels deep", (d, _) => { d["poll"]!["answers"]![0]!["nested"] = new JsonArray(Chain(21)); return "$.poll.answers[0]"; }),
        ("EVA001", DocumentKind.Programme, "an evaluation looking back over nothing", (d, _) => { d["evaluation"]!["looksBackOver"] = "P0D"; return "$.evaluation"; }),
        ("EVA002", DocumentKind.Programme, "an evaluation after the results window", (d, _) => { d["evaluation"]!["when"]!["year"] = 2030; return "$.evaluation.when"; }),
        ("SCH008", DocumentKind.Programme, "a launch whose windows end after 9999", (d, _) => { d["launchDate"] = "9998-06-01"; return "$.launchDate"; }),
        ("PRG002", DocumentKind.Programme, "no dimension", (d, _) => { d["dimensions"] = new JsonArray(); d["measures"] = new JsonArray(); return "$.dimensions"; }),
        ("PRG003", DocumentKind.Programme, "two dimensions of one kind", (d, r) => { var i = r.Next(3); Append(d, "dimensions", i); return "$.dimensions[3].kind"; }),
        ("PRG004", DocumentKind.Programme, "two measures of one number", (d, r) => { var i = r.Next(21); Append(d, "measures", i); return "$.measures[21].number"; }),
        ("PRG005", DocumentKind.Programme, "a gap in the measure numbers", (d, _) => { d["measures"]![20]!["number"] = 23; return "$.measures"; }),
        ("PRG006", DocumentKind.Programme, "measures in a dimension the programme lacks", (d, _) => { d["dimensions"]!.AsArray().RemoveAt(2); return "$.measures[14].dimension"; }),
        ("PRG007", DocumentKind.Programme, "a dimension without measures", (d, _) => { for (var i = 14; i < 21; i++) { d["measures"]![i]!["dimension"] = "strategic"; } return "$.dimensions[2]"; }),
        ("PRG008", DocumentKind.Programme, "two milestones of one sequence number", (d, _) => { d["milestones"]![6]!["sequence"] = 6; return "$.milestones[6].sequence"; }),
        ("PRG009", DocumentKind.Programme, "a gap in the milestone sequence numbers", (d, _) => { d["milestones"]![6]!["sequence"] = 9; return "$.milestones"; }),
        ("PRG010", DocumentKind.Programme, "two worlds of one identifier", (d, r) => { Append(d, "worlds", r.Next(4)); return "$.worlds[4].id"; }),
        ("PRG011", DocumentKind.Programme, "two audiences of one identifier", (d, r) => { Append(d, "audiences", r.Next(4)); return "$.audiences[4].id"; }),
        ("PRG012", DocumentKind.Programme, "a launch before the mission's report", (d, _) => { d["launchDate"] = "2020-05-06"; return "$.launchDate"; }),
        ("PRG015", DocumentKind.Programme, "a milestone serving measure 22", (d, _) => { d["milestones"]![3]!["serves"] = new JsonArray(9, 22); return "$.milestones[3].serves[1]"; }),
        ("MIL004", DocumentKind.Programme, "a milestone serving every measure and naming one", (d, _) => { d["milestones"]![1]!["serves"] = new JsonArray(9); return "$.milestones[1]"; }),
        ("PRG013", DocumentKind.Programme, "a measure answerable to a body outside the committee", (d, r) => { var i = r.Next(21); d["schemaVersion"] = 2; d["measures"]![i]!["answerableBody"] = new JsonObject { ["name"] = new JsonObject { ["fr"] = "Comité des fêtes" } }; return $"$.measures[{i}].answerableBody"; }),
        ("PRG014", DocumentKind.Programme, "answerable bodies required and one measure without", (d, r) => { var i = r.Next(21); d["schemaVersion"] = 2; d["requiresAnswerableBodies"] = true; for (var m = 0; m < 21; m++) { if (m != i) { d["measures"]![m]!["answerableBody"] = d["governance"]!["bodies"]![1]!.DeepClone(); } } return $"$.measures[{i}]"; }),
        ("LIF001", DocumentKind.Ledger, "a report completing a measure still in progress", (d, _) => { var i = FirstReport(d, "inProgress"); d["reports"]![i]!["status"] = "completed"; return $"$.reports[{i}].status"; }),
        ("REP001", DocumentKind.Ledger, "a next update due on the report's own day", (d, r) => { var i = r.Next(Count(d, "reports")); d["reports"]![i]!["nextUpdateDue"] = d["reports"]![i]!["date"]!.GetValue<string>(); return $"$.reports[{i}]"; }),
        ("REP002", DocumentKind.Ledger, "first effects observed after the report", (d, _) => { var i = FirstReport(d, "effectsObserved"); d["reports"]![i]!["firstEffectsObserved"] = "2030-01-01"; return $"$.reports[{i}]"; }),
        ("REP003", DocumentKind.Ledger, "a declared progress with three decimals", (d, r) => { var i = r.Next(Count(d, "reports")); d["reports"]![i]!["progress"] = 10.125; return $"$.reports[{i}]"; }),
        ("IND001", DocumentKind.Ledger, "an indicator without a target", (d, _) => { d["indicators"]![0]!.AsObject().Remove("target"); return "$.indicators[0]"; }),
        ("IND002", DocumentKind.Ledger, "an indicator due on its baseline's day", (d, _) => { d["indicators"]![0]!["target"]!["date"] = d["indicators"]![0]!["baseline"]!["date"]!.GetValue<string>(); return "$.indicators[0]"; }),
        ("WGT001", DocumentKind.Ledger, "an indicator of weight 0", (d, _) => { d["indicators"]![0]!["weight"] = 0; return "$.indicators[0]"; }),
        ("TER001", DocumentKind.Ledger, "a territory code with a space", (d, _) => { d["territory"]!["code"] = "13 "; return "$.territory.code"; }),
        ("PLN001", DocumentKind.Ledger, "a plan ending the day it starts", (d, _) => { d["plans"]![0]!["end"] = d["plans"]![0]!["start"]!.GetValue<string>(); return "$.plans[0]"; }),
        ("COM001", DocumentKind.Ledger, "a commitment ending before it starts", (d, _) => { d["commitments"]![0]!["until"] = "2020-06-01"; return "$.commitments[0]"; }),
        ("COM002", DocumentKind.Ledger, "a commitment withdrawn before it starts", (d, _) => { d["commitments"]![2]!["withdrawal"]!["date"] = "2020-08-01"; return "$.commitments[2]"; }),
        ("COM003", DocumentKind.Ledger, "a commitment from before the launch", (d, _) => { d["commitments"]![1]!["from"] = "2020-05-01"; return "$.commitments[1].from"; }),
        ("COM004", DocumentKind.Ledger, "a second lead of a measure on the same days", (d, _) => { d["commitments"]![1]!["role"] = "lead"; return "$.commitments[1]"; }),
        ("COM005", DocumentKind.Ledger, "the same commitment twice", (d, _) => { Append(d, "commitments", 0); return "$.commitments[3]"; }),
        ("COM006", DocumentKind.Ledger, "a world the programme does not bring together", (d, _) => { d["commitments"]![1]!["actor"]!["world"]!["id"] = "foundations"; return "$.commitments[1].actor"; }),
        ("LED001", DocumentKind.Ledger, "a report on measure 22", (d, r) => { var i = r.Next(Count(d, "reports")); d["reports"]![i]!["measure"] = 22; return $"$.reports[{i}].measure"; }),
        ("LED002", DocumentKind.Ledger, "two reports on one measure and day", (d, r) => { var i = r.Next(Count(d, "reports")); Append(d, "reports", i); return $"$.reports[{Count(d, "reports") - 1}].date"; }),
        ("LED003", DocumentKind.Ledger, "a report before launch", (d, _) => { d["reports"]![0]!["date"] = "2020-05-01"; return "$.reports[0].date"; }),
        ("LED004", DocumentKind.Ledger, "two indicators of one identifier", (d, _) => { var copy = d["indicators"]![0]!.DeepClone(); copy["measure"] = 2; d["indicators"]!.AsArray().Add(copy); return $"$.indicators[{Count(d, "indicators") - 1}].id"; }),
        ("LED005", DocumentKind.Ledger, "an observation of an unknown indicator", (d, r) => { var i = r.Next(Count(d, "observations")); d["observations"]![i]!["indicator"] = "unknown"; return $"$.observations[{i}].indicator"; }),
        ("LED006", DocumentKind.Ledger, "two observations of one indicator on one day", (d, r) => { var i = r.Next(Count(d, "observations")); Append(d, "observations", i); return $"$.observations[{Count(d, "observations") - 1}].date"; }),
        ("LED007", DocumentKind.Ledger, "two plans for one measure", (d, _) => { Append(d, "plans", 0); return "$.plans[1].measure"; }),
        ("LED009", DocumentKind.Ledger, "a territory's milestone numbered with a gap after the base", (d, _) => { d["milestones"]![1]!["sequence"] = 10; return "$.milestones[1].sequence"; }),
        ("LED010", DocumentKind.Ledger, "a territory's milestone before the launch", (d, _) => { d["milestones"]![0]!["date"] = new JsonObject { ["precision"] = "day", ["day"] = "2020-05-06", ["toBeConfirmed"] = false }; return "$.milestones[0].date"; }),
        ("LED011", DocumentKind.Ledger, "rollup settings weighing measure 22", (d, _) => { d["rollupSettings"] = new JsonObject { ["measureWeights"] = new JsonArray(new JsonObject { ["measure"] = 3, ["weight"] = 2 }, new JsonObject { ["measure"] = 22, ["weight"] = 2 }) }; return "$.rollupSettings.measureWeights[1].measure"; }),
        ("MEA010", DocumentKind.Programme, "measure number 1000", (d, r) => { var i = r.Next(21); d["measures"]![i]!["number"] = 1000; return $"$.measures[{i}].number"; }),
        ("MIL010", DocumentKind.Programme, "milestone sequence 1000", (d, r) => { var i = r.Next(7); d["milestones"]![i]!["sequence"] = 1000; return $"$.milestones[{i}]"; }),
        ("DAT010", DocumentKind.Programme, "an evaluation looking back over a million days", (d, _) => { d["evaluation"]!["looksBackOver"] = "P1000000D"; return "$.evaluation"; }),
        ("WGT010", DocumentKind.Ledger, "an indicator of weight 10¹⁰", (d, _) => { d["indicators"]![0]!["weight"] = 1e10; return "$.indicators[0]"; }),
        ("IND010", DocumentKind.Ledger, "an indicator whose baseline is 10¹³", (d, _) => { d["indicators"]![0]!["baseline"]!["value"] = 1e13; return "$.indicators[0].baseline"; }),
        ("POR001", DocumentKind.Ledger, "a territory twice in a portfolio", (d, _) => { d["territories"]![1]!["territory"]!["code"] = d["territories"]![0]!["territory"]!["code"]!.GetValue<string>(); return "$.territories[1].territory.code"; }),
    ];

    /// <summary>Gets the codes of the rules that have a case, in code order.</summary>
    public static ValueList<string> CoveredRules { get; } = ValueList.CreateRange(Cases.Select(c => c.Code).Order(StringComparer.Ordinal));

    /// <summary>Gets the constraints no JSON document can break, and why.</summary>
    public static ValueList<(string Code, string Reason)> NotExpressible { get; } =
    [
        ("DAT003", "JSON dates are ISO days by construction: no other calendar can be written."),
        ("IND003", "JSON numbers are finite: a value that is not is malformed JSON (JSN001)."),
        ("JSN010", "Only a document over the reader's size limit breaks it, 1 GiB by default: too large to generate; a reader given a smaller DocumentReadOptions.MaxDocumentBytes refuses any document over it."),
        ("LED008", "A missing programme is a missing required property of the document (JSN001)."),
        ("PRG001", "A missing part or a null element is a missing or null property of the document (JSN001)."),
        ("POR002", "A portfolio document holds its rollup settings once, at the top, for every territory, so its ledgers cannot differ; settings inside a territory are an unknown property (JSN001)."),
        ("TXT003", "A JSON string can escape a lone surrogate (\\ud800), but the readers refuse it as malformed text (JSN001), as JsonDocument.Parse does: only code can try to build such a text."),
    ];

    /// <summary>Gets the case of one rule.</summary>
    /// <param name="code">The rule's code.</param>
    /// <param name="seed">Picks which element is changed.</param>
    /// <returns>The document.</returns>
    /// <exception cref="KeyNotFoundException">No case breaks that rule; see <see cref="NotExpressible"/>.</exception>
    public static InvalidDocument For(string code, int seed = 0)
    {
        foreach (var entry in Cases)
        {
            if (string.Equals(entry.Code, code, StringComparison.Ordinal))
            {
                return Make(entry, seed);
            }
        }

        throw new KeyNotFoundException($"No almost-valid document breaks {code}.");
    }

    /// <summary>Gets a case of every covered rule.</summary>
    /// <param name="seed">Picks which elements are changed.</param>
    /// <returns>The documents, one per rule, in code order.</returns>
    public static IEnumerable<InvalidDocument> All(int seed = 0) =>
        Cases.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => Make(c, seed));

    /// <summary>Gets an FsCheck generator of cases: any covered rule, any seed.</summary>
    public static Gen<InvalidDocument> Generator =>
        from index in Gen.Choose(0, Cases.Length - 1)
        from seed in Gen.Choose(0, 1000)
        select Make(Cases[index], seed);

    /// <summary>A chain of answers of no share, each but the last holding the next: the first holds levels − 1 levels.</summary>
    private static JsonObject Chain(int levels)
    {
        var chain = new JsonObject { ["label"] = new JsonObject { ["fr"] = "x" }, ["share"] = 0 };
        for (var i = 1; i < levels; i++)
        {
            chain = new JsonObject { ["label"] = new JsonObject { ["fr"] = "x" }, ["share"] = 0, ["nested"] = new JsonArray(chain) };
        }

        return chain;
    }

    private static InvalidDocument Make((string Code, DocumentKind Kind, string Description, Func<JsonObject, Random, string> Break) entry, int seed)
    {
        var text = entry.Code == "POR001" ? PortfolioBase.Value : entry.Kind == DocumentKind.Programme ? ProgrammeBase.Value : LedgerBase.Value;
        var document = JsonNode.Parse(text)!.AsObject();
        var path = entry.Break(document, new Random(seed));
        return new InvalidDocument(entry.Code, entry.Kind, document.ToJsonString(WriteOptions), path, entry.Description);
    }

    private static Ledger Ledger() =>
        Domain.Progress.Ledger.Create(new LedgerBuilder(Odd17.Programme)
            .ForTerritory(FrenchDepartements.All[12])
            .ReportingBetween(Odd17.LaunchDate, Odd17.LaunchDate.PlusYears(2))
            .Every(Period.FromMonths(2))
            .WithPace(1.5)
            .WithIndicators(9)
            .WithSeed(17)
            .BuildDraft() with
        {
            Plans = [new MeasurePlan(new MeasureNumber(16), new LocalDate(2021, 1, 1), new LocalDate(2022, 12, 31))],
            Commitments =
            [
                new(Actor.For(new Organisation("Association Exemple (fictive)")), new MeasureNumber(1), CommitmentRole.Lead, new LocalDate(2020, 6, 10), new LocalDate(2021, 6, 9)),
                new(Actor.For(Odd17.Programme.Worlds[1]), new MeasureNumber(1), CommitmentRole.Contributor, new LocalDate(2020, 6, 10)),
                new Commitment(Actor.For(new Organisation("Fondation Exemple (fictive)")), new MeasureNumber(2), CommitmentRole.Funder, new LocalDate(2020, 9, 1))
                    .Withdraw(new LocalDate(2021, 3, 1), new LocalizedText("Exemple fictif : budget réorienté.", "Invented example: budget redirected.")),
            ],
            Milestones =
            [
                new(8, new LocalizedText("Forum territorial (exemple fictif)", "Territorial forum (invented example)"), MilestoneKind.Meeting, new PartOfMonth(new YearMonth(2020, 10), MonthPart.Mid), serves: [new MeasureNumber(1), new MeasureNumber(2)]),
                new(9, new LocalizedText("Atelier de bilan (exemple fictif)", "Review workshop (invented example)"), MilestoneKind.Workshop, new ExactDay(new LocalDate(2021, 3, 18))),
            ],
        });

    private static Portfolio Portfolio() =>
        new PortfolioBuilder(Odd17.Programme)
            .WithTerritories(FrenchDepartements.Take(2))
            .ForEachLedger(b => b.ReportingBetween(Odd17.LaunchDate, Odd17.LaunchDate.PlusYears(1)).Every(Period.FromMonths(3)))
            .Build();

    private static void Append(JsonObject document, string list, int index) =>
        document[list]!.AsArray().Add(document[list]![index]!.DeepClone());

    private static int Count(JsonObject document, string list) => document[list]!.AsArray().Count;

    private static int FirstReport(JsonObject document, string status)
    {
        var reports = document["reports"]!.AsArray();
        for (var i = 0; i < reports.Count; i++)
        {
            if (reports[i]!["status"]!.GetValue<string>() == status)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The base ledger has no report '{status}'.");
    }

    /// <summary>Milestone 2 (early June) says it was confirmed from early June, but now falls on 20 June.</summary>
    private static void ConfirmOutside(JsonObject document)
    {
        var milestone = document["milestones"]![1]!;
        var previous = milestone["date"]!.DeepClone();
        milestone["date"] = new JsonObject { ["precision"] = "day", ["day"] = "2020-06-20", ["toBeConfirmed"] = false };
        milestone["history"] = new JsonArray(new JsonObject { ["previous"] = previous, ["kind"] = "confirmed" });
    }

    /// <summary>Milestone 4 (late August) says it was rescheduled from mid-September, without a reason.</summary>
    private static void Reschedule(JsonObject document)
    {
        var previous = new JsonObject { ["precision"] = "partOfMonth", ["month"] = "2020-09", ["part"] = "mid", ["toBeConfirmed"] = true };
        document["milestones"]![3]!["history"] = new JsonArray(new JsonObject { ["previous"] = previous, ["kind"] = "rescheduled" });
    }
}

// A consumer of the Alliances.Domain package: reads the canonical programme and an example portfolio from their
// JSON, works out windows and a rollup, writes the JSON back, embeds the library's types in its own source-generated
// context (Embedding.cs), and checks every result against values known in advance. Exit code 0 when all hold, 1
// otherwise.
using Alliances.Domain.Catalogue;
using Alliances.Domain;
using Alliances.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: consumer PROGRAMME.json PORTFOLIO.json");
    return 2;
}

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

string Day(LocalDate day) => LocalDatePattern.Iso.Format(day);

// The programme, read from its JSON.
await using (var stream = File.OpenRead(args[0]))
{
    var programme = await ProgrammeJson.DeserializeAsync(stream);
    Check(programme == Odd17.Programme, "the programme document reads to the canonical programme");
    Check(programme.Measures.Count == 21, "it has 21 measures");

    var schedule = programme.Schedule();
    var operational = schedule.WindowOf(DimensionKind.Operational);
    Check(Day(operational.Start) == "2020-08-07" && Day(operational.End) == "2021-02-07", "operational window: 2020-08-07 to 2021-02-07");
    var political = schedule.WindowOf(DimensionKind.Political);
    Check(Day(political.Start) == "2021-05-07" && Day(political.End) == "2021-11-07", "political window: 2021-05-07 to 2021-11-07");
    Check(Day(schedule.ResultsWindow.Start) == "2021-11-07" && Day(schedule.ResultsWindow.End) == "2023-05-07", "results window: 2021-11-07 to 2023-05-07");

    var written = ProgrammeJson.Serialize(programme) + "\n";
    Check(written == File.ReadAllText(args[0]), "writing the programme back gives the same document");
}

// The portfolio, read from its JSON, rolled up at a date.
var json = File.ReadAllText(args[1]);
var document = LedgerJson.Deserialize(json);
var portfolio = document.Portfolio!;
Check(portfolio.Ledgers.Count == 4, "the portfolio has 4 territories");
var national = portfolio.RollupAt(new LocalDate(2021, 11, 7));
Check(Math.Abs(national.Progress!.Value.Points - 59.4517097054) < 1e-6, $"national progress on 2021-11-07 is 59.45 % (got {national.Progress})");
Check(string.Join(",", national.Ranking.Select(r => r.Territory.Code)) == "13,59,69,2A", "ranking: 13, 59, 69, 2A");
Check(LedgerJson.Serialize(document) + "\n" == json, "writing the portfolio back gives the same document");

// The progress view of the portfolio, written through the library's source-generated context (NativeAOT-safe).
var view = System.Text.Json.JsonSerializer.Serialize(Alliances.Domain.Progress.ProgressView.Of(portfolio, new LocalDate(2021, 11, 7)), AlliancesJsonContext.Default.ProgressView);
Check(view.StartsWith("""{"kind":"progressView","schemaVersion":1,"programme":"odd17-2020","scope":"portfolio","asOf":"2021-11-07",""", StringComparison.Ordinal)
    && view.Contains("\"national\":{\"progress\":59.45,", StringComparison.Ordinal), "the portfolio's progress view is written, national progress 59.45");

try
{
    ProgrammeJson.Deserialize(json);
    Check(false, "a ledger read as a programme is refused");
}
catch (System.Text.Json.JsonException e)
{
    Check(e.Message.StartsWith("JSN002:", StringComparison.Ordinal), "a ledger read as a programme is refused with JSN002");
}

// The library's types inside the consumer's own record and source-generated context.
Embedding.Run(Check);

Console.WriteLine(failures.Count == 0 ? "consumer: all checks hold" : $"consumer: {failures.Count} checks failed");
return failures.Count == 0 ? 0 : 1;

using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Tests.Docs;

/// <summary>The C# examples of docs/, compiled and run by <see cref="DocsExamplesTest"/>; each doc block is one of these snippets.</summary>
internal static class DocsExamples
{
    /// <summary>docs/getting-started.md: a first program.</summary>
    public static void FirstProgram()
    {
        // begin-snippet: first-program
        var programme = Odd17.Programme;
        foreach (var dimension in programme.Dimensions)
        {
            Console.WriteLine($"{dimension.Name.Get(Language.English)}: {dimension.Horizon.MinimumMonths}–{dimension.Horizon.MaximumMonths} months");
            foreach (var measure in programme.MeasuresIn(dimension.Kind))
            {
                Console.WriteLine($"  {measure.Number}. {measure.Title.French}");
            }
        }

        foreach (var milestone in programme.Milestones)
        {
            Console.WriteLine($"{milestone.Date.ToNaturalText(Language.English)}: {milestone.Title.Get(Language.English)}");
        }
        // end-snippet
    }

    /// <summary>docs/getting-started.md: a programme of your own.</summary>
    public static Programme OwnProgramme()
    {
        // begin-snippet: own-programme
        var draft = Odd17.Draft with
        {
            Id = new ProgrammeId("odd17-occitanie"),
            Name = new LocalizedText("Programme ODD 17 en Occitanie", "SDG 17 programme in Occitanie"),
            LaunchDate = new LocalDate(2021, 1, 15),
        };

        ValidationResult result = Programme.Validate(draft);
        foreach (var violation in result.Violations)
        {
            Console.WriteLine(violation);   // such as "$.measures[4].number: PRG004 No two measures ..."
        }

        Programme territorial = Programme.Create(draft);
        // end-snippet
        return territorial;
    }

    /// <summary>docs/schedule.md: windows from the programme's launch or another.</summary>
    public static (DateInterval Operational, DateInterval Later) Windows()
    {
        // begin-snippet: windows
        var schedule = Odd17.Programme.Schedule();                               // from 7 May 2020
        DateInterval operational = schedule.WindowOf(DimensionKind.Operational); // [2020-08-07, 2021-02-07]
        var territory = Odd17.Programme.Schedule(new LocalDate(2021, 1, 31));    // the same programme, launched later
        // end-snippet
        return (operational, territory.WindowOf(DimensionKind.Operational));
    }

    /// <summary>docs/json.md: reading and writing in .NET.</summary>
    public static async Task<(Programme Programme, ValidationResult Check, Portfolio Portfolio, long Bytes)> Json(string portfolioPath)
    {
        // begin-snippet: json
        string json = ProgrammeJson.Serialize(Odd17.Programme);                  // indented; indented: false for compact
        Programme programme = ProgrammeJson.Deserialize(json);                   // also ReadOnlySpan<byte> and DeserializeAsync(Stream)
        ValidationResult check = ProgrammeJson.Validate(json);                   // every violation, never throws on bad input

        LedgerDocument document = LedgerJson.Deserialize(File.ReadAllBytes(portfolioPath));
        Portfolio portfolio = document.Portfolio!;
        using var stream = new MemoryStream();
        await LedgerJson.SerializeAsync(stream, document);
        // end-snippet
        return (programme, check, portfolio, stream.Length);
    }

    /// <summary>docs/views.md: the views of a portfolio, as an endpoint or a file.</summary>
    public static (string Progress, string Schedule) Views(string portfolioPath)
    {
        // begin-snippet: views
        var document = LedgerJson.Deserialize(File.ReadAllText(portfolioPath));
        var asOf = new LocalDate(2021, 11, 7);

        var progress = ProgressView.Of(document, asOf);
        var nord = ScheduleView.Of(document.Portfolio!.GetLedger(new TerritoryCode("59")), asOf);

        var first = progress.National!.Ranking[0];
        Console.WriteLine($"{first.Territory.Name} leads at {NaturalText.Percentage(first.Progress!.Value, Language.English)}");
        Console.WriteLine($"Next for Nord: {nord.Next?.Milestone.Title.Get(Language.French) ?? "—"}");

        // The views write themselves through their converters: no options to set.
        var json = System.Text.Json.JsonSerializer.Serialize(progress);
        // end-snippet
        return (json, System.Text.Json.JsonSerializer.Serialize(nord));
    }
}

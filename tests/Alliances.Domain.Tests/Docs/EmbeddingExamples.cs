using System.Text.Json;
using System.Text.Json.Serialization;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Alliances.Domain.Tests.Docs;

// begin-snippet: embedding-record
/// <summary>An app's own record, holding the library's types.</summary>
public sealed record MeasureCard(Measure Measure, Percentage Progress, ImpreciseDate NextMilestone, LocalizedText Label);
// end-snippet

// begin-snippet: embedding-context
/// <summary>An app's own source-generated context: the library's types come with their converters.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(MeasureCard))]
[JsonSerializable(typeof(Programme))]
public sealed partial class AppJsonContext : JsonSerializerContext;
// end-snippet

/// <summary>An app's own record with NodaTime values of its own, beside the library's.</summary>
public sealed record Meeting(LocalDate Day, Period Every, MeasureNumber Measure);

/// <summary>The C# examples of docs/json.md's "Embedding in your app", compiled and run by <see cref="EmbeddingExamplesTest"/>.</summary>
internal static class EmbeddingExamples
{
    public static MeasureCard Card => new(
        Odd17.Programme.Measures[8],
        new Percentage(81),
        Odd17.Programme.Milestones[1].Date,
        new LocalizedText("Accompagner les alliances", "Support alliances"));

    /// <summary>Reflection: no set-up at all.</summary>
    public static (string Json, MeasureCard Back) Reflection()
    {
        // begin-snippet: embedding-reflection
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        string json = JsonSerializer.Serialize(Card, options);
        MeasureCard back = JsonSerializer.Deserialize<MeasureCard>(json, options)!;
        // end-snippet
        return (json, back);
    }

    /// <summary>The app's own source-generated context, for trimming and NativeAOT.</summary>
    public static (string Json, MeasureCard Back) SourceGenerated()
    {
        // begin-snippet: embedding-source-generated
        string json = JsonSerializer.Serialize(Card, AppJsonContext.Default.MeasureCard);
        MeasureCard back = JsonSerializer.Deserialize(json, AppJsonContext.Default.MeasureCard)!;
        // end-snippet
        return (json, back);
    }

    /// <summary>The library's own context, chained into an app's resolver.</summary>
    public static string Chained()
    {
        // begin-snippet: embedding-chained
        var options = new JsonSerializerOptions();
        options.TypeInfoResolverChain.Add(AppJsonContext.Default);
        options.TypeInfoResolverChain.Add(AlliancesJsonContext.Default);
        string json = JsonSerializer.Serialize(Odd17.Programme.Measures[8], options);
        // end-snippet
        return json;
    }

    /// <summary>Ledgers of another programme than the canonical one.</summary>
    public static Ledger OtherProgramme(Programme occitanie, string ledgerJson)
    {
        // begin-snippet: embedding-programmes
        var options = new JsonSerializerOptions().AddProgrammes(Odd17.Programme, occitanie);
        var ledger = JsonSerializer.Deserialize<Ledger>(ledgerJson, options)!;
        // end-snippet
        return ledger;
    }

    /// <summary>An app's own NodaTime values, with NodaTime's converters, beside the library's types.</summary>
    public static string WithNodaTime()
    {
        // begin-snippet: embedding-nodatime
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Insert(0, NodaConverters.NormalizingIsoPeriodConverter); // periods as the contract writes them
        string json = JsonSerializer.Serialize(new Meeting(new LocalDate(2020, 6, 4), Period.FromMonths(3), new MeasureNumber(9)), options);
        // {"day":"2020-06-04","every":"P3M","measure":9}
        // end-snippet
        return json;
    }

    /// <summary>An app's own NodaTime values in the contract's formats, without another package.</summary>
    public static string WithContractDates()
    {
        // begin-snippet: embedding-date-formats
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddDateFormats();
        string json = JsonSerializer.Serialize(new Meeting(new LocalDate(2020, 6, 4), Period.FromMonths(3), new MeasureNumber(9)), options);
        // {"day":"2020-06-04","every":"P3M","measure":9}
        // end-snippet
        return json;
    }
}

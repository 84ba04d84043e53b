using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Alliances.Domain.Benchmarks.Contenders;
using Alliances.Domain.Benchmarks.Data;
using Alliances.Domain.Serialization;
using BenchmarkDotNet.Attributes;

namespace Alliances.Domain.Benchmarks;

/// <summary>What the JSON benchmarks share: the documents, every contender's form of them, and the check that all read back equal data.</summary>
public abstract class JsonBenchmarkBase
{
    internal static readonly JsonSerializerOptions StjOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.GeneralPunctuation),
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    internal static readonly Newtonsoft.Json.JsonSerializerSettings NewtonsoftSettings = new()
    {
        ContractResolver = new Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver(),
        NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore,
    };

    [Params("ledger", "portfolio")]
    public string Document { get; set; } = "ledger";

    protected LedgerDocument Domain { get; private set; } = null!;

    protected byte[] Utf8 { get; private set; } = [];

    protected string Text { get; private set; } = "";

    protected HandTerritory[] Hand { get; private set; } = [];

    [GlobalSetup]
    public void Setup()
    {
        Domain = Documents.Ledgers(Document);
        Utf8 = LedgerJson.SerializeToUtf8Bytes(Domain, indented: false);
        Text = Encoding.UTF8.GetString(Utf8);
        Hand = HandWritten.From(Domain);
        Equality.Check(Domain, Utf8, Hand);
    }
}

/// <summary>W1, writing: ours against System.Text.Json (source-generated and reflection), Newtonsoft.Json, and a hand-written writer.</summary>
[MemoryDiagnoser]
public class JsonWriteBenchmarks : JsonBenchmarkBase
{
    [Benchmark(Baseline = true, Description = "hand-written Utf8JsonWriter")]
    public byte[] HandWritten_Write() => Contenders.HandWritten.Write(Hand, Document == "portfolio");

    [Benchmark(Description = "Alliances.Domain LedgerJson")]
    public byte[] Ours_Write() => LedgerJson.SerializeToUtf8Bytes(Domain, indented: false);

    [Benchmark(Description = "System.Text.Json source generation + DTOs")]
    public byte[] StjSourceGen_Write() => JsonSerializer.SerializeToUtf8Bytes(DtoMapping.ToDto(Domain), DtoJsonContext.Configured.LedgerDocumentDto);

    [Benchmark(Description = "System.Text.Json source generation + DTOs, default encoder (fast path)")]
    public byte[] StjSourceGenFastPath_Write() => JsonSerializer.SerializeToUtf8Bytes(DtoMapping.ToDto(Domain), DtoJsonContext.Default.LedgerDocumentDto);

    [Benchmark(Description = "System.Text.Json reflection + DTOs")]
    public byte[] Stj_Write() => JsonSerializer.SerializeToUtf8Bytes(DtoMapping.ToDto(Domain), StjOptions);

    [Benchmark(Description = "Newtonsoft.Json + DTOs")]
    public string Newtonsoft_Write() => Newtonsoft.Json.JsonConvert.SerializeObject(DtoMapping.ToDto(Domain), NewtonsoftSettings);
}

/// <summary>W1, reading with full validation: ours against System.Text.Json (source-generated and reflection), Newtonsoft.Json, and a hand-written reader (format checks only).</summary>
[MemoryDiagnoser]
public class JsonReadBenchmarks : JsonBenchmarkBase
{
    [Benchmark(Baseline = true, Description = "hand-written Utf8JsonReader")]
    public HandTerritory[] HandWritten_Read() => Contenders.HandWritten.Read(Utf8);

    [Benchmark(Description = "Alliances.Domain LedgerJson")]
    public LedgerDocument Ours_Read() => LedgerJson.Deserialize(Utf8);

    [Benchmark(Description = "System.Text.Json source generation + DTOs")]
    public LedgerDocument StjSourceGen_Read() => DtoMapping.ToDomain(JsonSerializer.Deserialize(Utf8, DtoJsonContext.Configured.LedgerDocumentDto)!);

    [Benchmark(Description = "System.Text.Json reflection + DTOs")]
    public LedgerDocument Stj_Read() => DtoMapping.ToDomain(JsonSerializer.Deserialize<LedgerDocumentDto>(Utf8, StjOptions)!);

    [Benchmark(Description = "Newtonsoft.Json + DTOs")]
    public LedgerDocument Newtonsoft_Read() => DtoMapping.ToDomain(Newtonsoft.Json.JsonConvert.DeserializeObject<LedgerDocumentDto>(Text, NewtonsoftSettings)!);
}

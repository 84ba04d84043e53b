using System.Text;
using System.Text.Json;
using Alliances.Domain.Benchmarks.Contenders;
using Alliances.Domain.Benchmarks.Data;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;

namespace Alliances.Domain.Benchmarks;

/// <summary>Before anything is timed: every contender reads back the same data, and writes what reads back the same.</summary>
public static class Equality
{
    public static void Check(LedgerDocument domain, byte[] utf8, HandTerritory[] hand)
    {
        var expected = Rows(domain);
        Same("ours, read", expected, Rows(LedgerJson.Deserialize(utf8)));
        Same("hand-written, read", expected, HandWritten.Rows(HandWritten.Read(utf8)).ToList());
        Same("System.Text.Json source generation, read", expected, Rows(DtoMapping.ToDomain(JsonSerializer.Deserialize(utf8, DtoJsonContext.Configured.LedgerDocumentDto)!)));
        Same("System.Text.Json, read", expected, Rows(DtoMapping.ToDomain(JsonSerializer.Deserialize<LedgerDocumentDto>(utf8, JsonBenchmarkBase.StjOptions)!)));
        Same("Newtonsoft.Json, read", expected, Rows(DtoMapping.ToDomain(Newtonsoft.Json.JsonConvert.DeserializeObject<LedgerDocumentDto>(Encoding.UTF8.GetString(utf8), JsonBenchmarkBase.NewtonsoftSettings)!)));

        var handBytes = HandWritten.Write(hand, domain.Portfolio is not null);
        if (!handBytes.AsSpan().SequenceEqual(utf8))
        {
            throw new InvalidOperationException("The hand-written writer does not write the same bytes as ours.");
        }

        Same("System.Text.Json source generation, written", expected, Rows(LedgerJson.Deserialize(JsonSerializer.SerializeToUtf8Bytes(DtoMapping.ToDto(domain), DtoJsonContext.Configured.LedgerDocumentDto))));
        Same("System.Text.Json source generation (fast path), written", expected, Rows(LedgerJson.Deserialize(JsonSerializer.SerializeToUtf8Bytes(DtoMapping.ToDto(domain), DtoJsonContext.Default.LedgerDocumentDto))));
        Same("System.Text.Json, written", expected, Rows(LedgerJson.Deserialize(JsonSerializer.SerializeToUtf8Bytes(DtoMapping.ToDto(domain), JsonBenchmarkBase.StjOptions))));
        Same("Newtonsoft.Json, written", expected, Rows(LedgerJson.Deserialize(Newtonsoft.Json.JsonConvert.SerializeObject(DtoMapping.ToDto(domain), JsonBenchmarkBase.NewtonsoftSettings))));
    }

    public static List<ReportRow> Rows(LedgerDocument document) =>
        document.Ledgers.SelectMany(l => l.Reports.Select(r => new ReportRow(
            l.Territory?.Code ?? "",
            r.Measure.Value,
            NodaTime.Text.LocalDatePattern.Iso.Format(r.Date),
            JsonNamesFor(r.Status),
            r.DeclaredProgress?.Points,
            r.Health == Health.NotAssessed ? null : char.ToLowerInvariant(r.Health.ToString()[0]) + r.Health.ToString()[1..],
            r.Comment,
            r.NextUpdateDue is { } n ? NodaTime.Text.LocalDatePattern.Iso.Format(n) : null,
            r.FirstEffectsObserved is { } e ? NodaTime.Text.LocalDatePattern.Iso.Format(e) : null))).ToList();

    private static string JsonNamesFor(LifecycleStatus status) => char.ToLowerInvariant(status.ToString()[0]) + status.ToString()[1..];

    private static void Same(string what, List<ReportRow> expected, List<ReportRow> actual)
    {
        if (!expected.SequenceEqual(actual))
        {
            throw new InvalidOperationException($"{what}: the data read back differs ({actual.Count} rows against {expected.Count}).");
        }
    }
}

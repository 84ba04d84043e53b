using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Alliances.Domain.Benchmarks.Data;
using Alliances.Domain.Serialization;

namespace Alliances.Domain.Benchmarks.Contenders;

/// <summary>One report as plain fields: the practical limit's data.</summary>
public struct HandReport
{
    public int Measure;
    public int Year;
    public int Month;
    public int Day;
    public byte Status;
    public double Progress; // NaN: none declared
    public byte Health;
    public string? Comment;
    public int NextDue;     // yyyyMMdd, 0: none
    public int Effects;     // yyyyMMdd, 0: none
}

/// <summary>One territory's reports as plain arrays.</summary>
public sealed class HandTerritory
{
    public string Code = "";
    public string Name = "";
    public string Level = "";
    public HandReport[] Reports = [];
    public int Count;
}

/// <summary>
/// The practical limit: a hand-written <see cref="Utf8JsonWriter"/> and <see cref="Utf8JsonReader"/> pass over plain
/// arrays, writing the same bytes as the contract and reading them back with format checks only, no domain rules.
/// </summary>
public static class HandWritten
{
    private static readonly string[] Statuses = ["notStarted", "inProgress", "effectsObserved", "completed", "suspended", "cancelled"];
    private static readonly string[] Healths = ["notAssessed", "onTrack", "atRisk", "offTrack"];
    private static readonly JsonEncodedText[] EncodedStatuses = [.. Statuses.Select(s => JsonEncodedText.Encode(s))];
    private static readonly JsonEncodedText[] EncodedHealths = [.. Healths.Select(s => JsonEncodedText.Encode(s))];
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.GeneralPunctuation),
    };

    /// <summary>Turns a portfolio into plain arrays, outside the timing.</summary>
    public static HandTerritory[] From(LedgerDocument document) =>
        [.. document.Ledgers.Select(l => new HandTerritory
        {
            Code = l.Territory?.Code ?? "",
            Name = l.Territory?.Name ?? "",
            Level = l.Territory is { } t ? char.ToLowerInvariant(t.Level.ToString()[0]) + t.Level.ToString()[1..] : "",
            Reports = [.. l.Reports.Select(r => new HandReport
            {
                Measure = r.Measure.Value,
                Year = r.Date.Year,
                Month = r.Date.Month,
                Day = r.Date.Day,
                Status = (byte)r.Status,
                Progress = r.DeclaredProgress?.Points ?? double.NaN,
                Health = (byte)r.Health,
                Comment = r.Comment,
                NextDue = r.NextUpdateDue is { } n ? (n.Year * 10000) + (n.Month * 100) + n.Day : 0,
                Effects = r.FirstEffectsObserved is { } e ? (e.Year * 10000) + (e.Month * 100) + e.Day : 0,
            })],
            Count = l.ReportCount,
        })];

    /// <summary>Writes the document, compact, as the contract does.</summary>
    public static byte[] Write(HandTerritory[] territories, bool portfolio)
    {
        var buffer = new ArrayBufferWriter<byte>(territories.Sum(t => t.Count) * 100);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("kind"u8, "ledger"u8);
            writer.WriteNumber("schemaVersion"u8, 1);
            writer.WriteString("scope"u8, portfolio ? "portfolio"u8 : "territorial"u8);
            writer.WriteString("programme"u8, "odd17-2020"u8);
            if (portfolio)
            {
                writer.WriteStartArray("territories"u8);
                foreach (var territory in territories)
                {
                    writer.WriteStartObject();
                    WriteBody(writer, territory);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }
            else
            {
                WriteBody(writer, territories[0]);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads the document back into plain arrays.</summary>
    public static HandTerritory[] Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        var territories = new List<HandTerritory>();
        reader.Read();
        HandTerritory? single = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("territories"u8))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    var territory = new HandTerritory();
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        ReadBodyProperty(ref reader, territory);
                    }

                    territories.Add(territory);
                }
            }
            else if (reader.ValueTextEquals("territory"u8) || reader.ValueTextEquals("reports"u8))
            {
                single ??= new HandTerritory();
                ReadBodyProperty(ref reader, single);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (single is not null)
        {
            territories.Add(single);
        }

        return [.. territories];
    }

    /// <summary>Rows for the equality check.</summary>
    public static IEnumerable<ReportRow> Rows(HandTerritory[] territories) =>
        territories.SelectMany(t => t.Reports.Take(t.Count).Select(r => new ReportRow(
            t.Code,
            r.Measure,
            $"{r.Year:0000}-{r.Month:00}-{r.Day:00}",
            Statuses[r.Status],
            double.IsNaN(r.Progress) ? null : r.Progress,
            r.Health == 0 ? null : Healths[r.Health],
            r.Comment,
            r.NextDue == 0 ? null : $"{r.NextDue / 10000:0000}-{r.NextDue / 100 % 100:00}-{r.NextDue % 100:00}",
            r.Effects == 0 ? null : $"{r.Effects / 10000:0000}-{r.Effects / 100 % 100:00}-{r.Effects % 100:00}")));

    private static void WriteBody(Utf8JsonWriter writer, HandTerritory territory)
    {
        writer.WriteStartObject("territory"u8);
        writer.WriteString("code"u8, territory.Code);
        writer.WriteString("name"u8, territory.Name);
        writer.WriteString("level"u8, territory.Level);
        writer.WriteEndObject();
        writer.WriteStartArray("reports"u8);
        Span<byte> date = stackalloc byte[10];
        for (var i = 0; i < territory.Count; i++)
        {
            ref readonly var r = ref territory.Reports[i];
            writer.WriteStartObject();
            writer.WriteNumber("measure"u8, r.Measure);
            writer.WriteString("date"u8, Format(r.Year, r.Month, r.Day, date));
            writer.WriteString("status"u8, EncodedStatuses[r.Status]);
            if (!double.IsNaN(r.Progress))
            {
                writer.WriteNumber("progress"u8, r.Progress);
            }

            if (r.Health != 0)
            {
                writer.WriteString("health"u8, EncodedHealths[r.Health]);
            }

            if (r.Comment is not null)
            {
                writer.WriteString("comment"u8, r.Comment);
            }

            if (r.NextDue != 0)
            {
                writer.WriteString("nextUpdateDue"u8, Format(r.NextDue / 10000, r.NextDue / 100 % 100, r.NextDue % 100, date));
            }

            if (r.Effects != 0)
            {
                writer.WriteString("firstEffectsObserved"u8, Format(r.Effects / 10000, r.Effects / 100 % 100, r.Effects % 100, date));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void ReadBodyProperty(ref Utf8JsonReader reader, HandTerritory territory)
    {
        if (reader.ValueTextEquals("territory"u8))
        {
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var which = reader.ValueTextEquals("code"u8) ? 0 : reader.ValueTextEquals("name"u8) ? 1 : 2;
                reader.Read();
                var text = reader.GetString()!;
                _ = which == 0 ? territory.Code = text : which == 1 ? territory.Name = text : territory.Level = text;
            }
        }
        else if (reader.ValueTextEquals("reports"u8))
        {
            reader.Read();
            var reports = new List<HandReport>(1024);
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                var report = new HandReport { Progress = double.NaN };
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("measure"u8))
                    {
                        reader.Read();
                        report.Measure = reader.GetInt32();
                    }
                    else if (reader.ValueTextEquals("date"u8))
                    {
                        reader.Read();
                        (report.Year, report.Month, report.Day) = Parse(reader.ValueSpan);
                    }
                    else if (reader.ValueTextEquals("status"u8))
                    {
                        reader.Read();
                        report.Status = (byte)Index(ref reader, Statuses);
                    }
                    else if (reader.ValueTextEquals("progress"u8))
                    {
                        reader.Read();
                        report.Progress = reader.GetDouble();
                    }
                    else if (reader.ValueTextEquals("health"u8))
                    {
                        reader.Read();
                        report.Health = (byte)Index(ref reader, Healths);
                    }
                    else if (reader.ValueTextEquals("comment"u8))
                    {
                        reader.Read();
                        report.Comment = reader.GetString();
                    }
                    else if (reader.ValueTextEquals("nextUpdateDue"u8))
                    {
                        reader.Read();
                        var (y, m, d) = Parse(reader.ValueSpan);
                        report.NextDue = (y * 10000) + (m * 100) + d;
                    }
                    else if (reader.ValueTextEquals("firstEffectsObserved"u8))
                    {
                        reader.Read();
                        var (y, m, d) = Parse(reader.ValueSpan);
                        report.Effects = (y * 10000) + (m * 100) + d;
                    }
                    else
                    {
                        throw new JsonException("Unknown report property.");
                    }
                }

                reports.Add(report);
            }

            territory.Reports = [.. reports];
            territory.Count = territory.Reports.Length;
        }
        else
        {
            reader.Read();
            reader.Skip();
        }
    }

    private static int Index(ref Utf8JsonReader reader, string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        throw new JsonException("Unknown name.");
    }

    private static (int Year, int Month, int Day) Parse(ReadOnlySpan<byte> text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            throw new JsonException("A day is yyyy-MM-dd.");
        }

        var year = ((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0');
        var month = ((text[5] - '0') * 10) + (text[6] - '0');
        var day = ((text[8] - '0') * 10) + (text[9] - '0');
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new JsonException("No such day.");
        }

        return (year, month, day);
    }

    /// <summary>Formats a day of years 1–9999 as <c>yyyy-MM-dd</c> in ten ASCII bytes.</summary>
    internal static ReadOnlySpan<byte> Format(int year, int month, int day, Span<byte> text)
    {
        text[0] = (byte)('0' + (year / 1000));
        text[1] = (byte)('0' + (year / 100 % 10));
        text[2] = (byte)('0' + (year / 10 % 10));
        text[3] = (byte)('0' + (year % 10));
        text[4] = (byte)'-';
        text[5] = (byte)('0' + (month / 10));
        text[6] = (byte)('0' + (month % 10));
        text[7] = (byte)'-';
        text[8] = (byte)('0' + (day / 10));
        text[9] = (byte)('0' + (day % 10));
        return text;
    }
}

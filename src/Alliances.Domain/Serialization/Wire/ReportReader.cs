using System.Text.Json;
using Alliances.Domain.Progress;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads a report straight from a <see cref="Utf8JsonReader"/>: the hot path of a ledger, hundreds of thousands of
/// times in a national portfolio, where System.Text.Json's object machinery costs several times the tokenizing.
/// </summary>
/// <remarks>
/// It keeps the strictness of the wire records, which the same tests hold it to: an object, known properties only and
/// each once, <c>measure</c>, <c>date</c> and <c>status</c> required, no <c>null</c>, each value read by the scalar
/// readers every record uses. A failure is located by System.Text.Json at the report (<c>$.reports[12]</c>), with the
/// property at fault kept for the path of the violation (<c>$.reports[12].date</c>).
/// </remarks>
internal static class ReportReader
{
    private const int Measure = 0, Date = 1, Status = 2, Progress = 3, Health = 4, Comment = 5, Next = 6, Effects = 7;
    private const int Required = (1 << Measure) | (1 << Date) | (1 << Status);

    private static readonly JsonEncodedText[] Names =
        [.. new[] { "measure", "date", "status", "progress", "health", "comment", "nextUpdateDue", "firstEffectsObserved" }.Select(n => JsonEncodedText.Encode(n))];

    /// <summary>Reads one report; the reader is on its start and ends on its end.</summary>
    internal static MeasureReport Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw ContractRead.Expected("A report object", "un objet de rapport", reader.TokenType);
        }

        var seen = 0;
        MeasureNumber measure = default;
        LocalDate date = default;
        LifecycleStatus status = default;
        Percentage? progress = null;
        var hundredths = true;
        var health = Alliances.Domain.Progress.Health.NotAssessed;
        string? comment = null;
        LocalDate? next = null, effects = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = ContractRead.Property(ref reader, Names, "a report", "d’un rapport", ref seen);
            ContractRead.Value(ref reader, Names[property]);
            try
            {
                switch (property)
                {
                    case Measure: measure = new MeasureNumber(ContractRead.Int32(ref reader)); break;
                    case Date: date = ContractRead.Day(ref reader); break;
                    case Status: status = ContractRead.Enum(ref reader, JsonNames.Statuses); break;
                    case Progress: progress = DeclaredProgress(ref reader, out hundredths); break;
                    case Health: health = ContractRead.Enum(ref reader, JsonNames.Healths); break;
                    case Comment: comment = ContractRead.String(ref reader); break;
                    case Next: next = ContractRead.Day(ref reader); break;
                    default: effects = ContractRead.Day(ref reader); break;
                }
            }
            catch (AlliancesJsonException e)
            {
                throw e.Inside("$." + Names[property]);
            }
            catch (RuleViolationException broken)
            {
                throw AlliancesJsonException.Of(broken).Inside("$." + Names[property]);
            }
        }

        if ((seen & Required) != Required)
        {
            var missing = (seen & (1 << Measure)) == 0 ? Measure : (seen & (1 << Date)) == 0 ? Date : Status;
            throw ContractRead.Missing(Names[missing].Value);
        }

        try
        {
            // As a report built in code breaks REP003 in its constructor, at the report.
            if (!hundredths)
            {
                throw ProgressPacking.NotHundredths(progress!.Value, null);
            }

            return new MeasureReport(measure, date, status, progress, health, comment, next, effects);
        }
        catch (RuleViolationException broken)
        {
            throw AlliancesJsonException.Of(broken);
        }
    }

    /// <summary>
    /// Reads a declared progress, a percentage (PCT001), and tells whether it has at most two decimals as written
    /// (REP003), judged on the number the text writes, in decimal, not on the nearest double: <c>8.0000000000000001</c>
    /// has not, though the double nearest it is 8.
    /// </summary>
    private static Percentage DeclaredProgress(ref Utf8JsonReader reader, out bool hundredths)
    {
        var progress = new Percentage(ContractRead.Double(ref reader));
        hundredths = ContractRead.TryExactDecimal(ref reader, out var written) && ProgressPacking.IsHundredths(written);
        return progress;
    }
}

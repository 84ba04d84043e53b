using System.Text.Json;
using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a report on a measure (<see cref="MeasureReport"/>) in the format of the JSON contract.</summary>
/// <remarks>
/// A report is read straight from the reader, as in a ledger document: System.Text.Json locates a failure at the
/// report, and <see cref="AlliancesJsonException.Violations"/> gives the property at fault (<c>$.report.date</c>).
/// </remarks>
public sealed class MeasureReportJsonConverter : ContractJsonConverter<MeasureReport>
{
    /// <summary>Initializes the converter.</summary>
    public MeasureReportJsonConverter()
        : base(static (ref Utf8JsonReader reader) => ReportReader.Read(ref reader), ContractWriter.Report)
    {
    }
}

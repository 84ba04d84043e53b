using System.Text.Json;
using Alliances.Domain.Reports;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a report on a measure (<see cref="MeasureReport"/>) in the format of the JSON contract.</summary>
public sealed class MeasureReportJsonConverter : ContractJsonConverter<MeasureReport>
{
    /// <summary>Initializes the converter.</summary>
    public MeasureReportJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.ReportWire, static w => w.Value), ContractWriter.Report)
    {
    }
}

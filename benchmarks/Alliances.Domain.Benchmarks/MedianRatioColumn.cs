using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Alliances.Domain.Benchmarks;

/// <summary>
/// The ratio of a case's median time to its baseline's median, in the same run: on a shared machine, bursts of noise
/// from other tenants land on a few iterations and pull the means (and BenchmarkDotNet's Ratio, a ratio of means)
/// much further than the medians.
/// </summary>
public sealed class MedianRatioColumn : IColumn
{
    /// <summary>The one instance.</summary>
    public static readonly IColumn Instance = new MedianRatioColumn();

    private MedianRatioColumn()
    {
    }

    public string Id => nameof(MedianRatioColumn);

    public string ColumnName => "Median ratio";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Baseline;

    public int PriorityInCategory => -1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Median of this case over the median of the baseline of its group, in the same run";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        var current = summary[benchmarkCase]?.ResultStatistics;
        var reference = baseline is null ? null : summary[baseline]?.ResultStatistics;
        return current is null || reference is null || reference.Median == 0
            ? "?"
            : (current.Median / reference.Median).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(summary.IsBaseline);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

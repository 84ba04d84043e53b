using System.Runtime.CompilerServices;
using Alliances.Domain.Ledgers;
using Alliances.Domain.Progress;

namespace Alliances.Domain.Tests.Ledgers;

/// <summary>
/// The sizes the memory goals rest on: a ledger stores a report in sixteen bytes (the goal is at most 24 retained per
/// report), and a rollup's figures for one measure take 40.
/// </summary>
public class StorageSizeTest
{
    [Fact]
    public void AStoredReport_TakesSixteenBytes() => Unsafe.SizeOf<ReportEntry>().Should().Be(16);

    [Fact]
    public void AMeasuresFigures_TakeFortyBytes() => Unsafe.SizeOf<MeasureProgress>().Should().Be(40);
}

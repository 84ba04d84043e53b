namespace Alliances.Domain.Benchmarks.Data;

/// <summary>
/// One report as plain data: what every contender must read back the same. Days are ISO text and enums camelCase
/// names, so that contenders of different shapes compare.
/// </summary>
public readonly record struct ReportRow(
    string Territory,
    int Measure,
    string Date,
    string Status,
    double? Progress,
    string? Health,
    string? Comment,
    string? NextUpdateDue,
    string? FirstEffectsObserved);

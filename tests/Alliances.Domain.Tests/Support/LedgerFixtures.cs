using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Testing;
using NodaTime;

namespace Alliances.Domain.Tests.Support;

/// <summary>Reports, indicators and ledgers of the canonical programme, written briefly with the Testing package.</summary>
internal static class LedgerFixtures
{
    public static LocalDate Day(string iso) => TestData.Day(iso);

    public static MeasureReport Report(
        int measure,
        string date,
        LifecycleStatus status,
        double? progress = null,
        string? effects = null,
        string? comment = null,
        Health health = Health.NotAssessed) =>
        TestData.Report(measure, date, status, progress, effects, comment, health);

    public static Indicator Indicator(string id, int measure, double baseline, double target, double weight = 1, IndicatorDirection direction = IndicatorDirection.HigherIsBetter) =>
        new(id, new MeasureNumber(measure), new LocalizedText(id), "u", direction,
            new IndicatorPoint(baseline, new LocalDate(2020, 5, 7)), new IndicatorPoint(target, new LocalDate(2023, 5, 7)), weight: weight);

    public static Observation Observation(string indicator, string date, double value) => new(indicator, Day(date), value);

    public static Ledger LedgerOf(params MeasureReport[] reports) =>
        Ledger.Create(new LedgerDraft { Programme = Odd17.Programme, Reports = [.. reports] });

    public static Ledger TerritorialLedgerOf(string code, params MeasureReport[] reports) =>
        Ledger.Create(new LedgerDraft { Programme = Odd17.Programme, Territory = new Territory(new TerritoryCode(code), $"Territoire {code}", TerritoryLevel.Departement), Reports = [.. reports] });
}

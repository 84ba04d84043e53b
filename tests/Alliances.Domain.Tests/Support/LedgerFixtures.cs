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

    /// <summary>An invented association, for examples only.</summary>
    public static Actor Association { get; } = Actor.For(new Organisation("Association Exemple des Alliances"));

    /// <summary>An invented company, for examples only.</summary>
    public static Actor Company { get; } = Actor.For(new Organisation("Entreprise Exemple SA"));

    /// <summary>The operational committee of an invented territory, for examples only.</summary>
    public static Actor NordCommittee { get; } = Actor.For(new Territory(new TerritoryCode("59"), "Nord", TerritoryLevel.Departement), new GovernanceBody(new LocalizedText("Comité opérationnel", "Operational committee")));

    public static Commitment Commitment(Actor actor, int measure, CommitmentRole role, string from, string? until = null) =>
        new(actor, new MeasureNumber(measure), role, Day(from), until is null ? null : Day(until));

    public static Commitment Withdrawn(Commitment commitment, string on) =>
        commitment.Withdraw(Day(on), new LocalizedText("Retrait d'exemple", "Example withdrawal"));

    public static Ledger LedgerCommitted(params Commitment[] commitments) =>
        Ledger.Create(new LedgerDraft { Programme = Odd17.Programme, Commitments = [.. commitments] });
}

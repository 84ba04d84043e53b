using Alliances.Domain.Catalogue;
using Alliances.Domain.Indicators;
using Alliances.Domain.Ledgers;
using Alliances.Domain.Measures;
using Alliances.Domain.Serialization;
using Alliances.Domain.Territories;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>Read(Write(x)) is x, and writing what was read gives the same bytes, for generated programmes and ledgers.</summary>
public class RoundTripLawsTest
{
    private static Gen<Ledger> Ledgers =>
        from reports in LedgerGen.AllReports
        from territory in Gen.Elements<Territory?>(null, new Territory("13", "Bouches-du-Rhône", TerritoryLevel.Departement), new Territory("FR-IDF", "Île-de-France", TerritoryLevel.Region))
        from values in Gen.ArrayOf(Gen.Choose(-1000, 1000), 5)
        from comment in Gen.Elements<string?>(null, "Réunion « partenaires » & <élus>", "ok")
        select Build(reports, territory, values, comment);

    [Property(MaxTest = 150)]
    public Property Programme_ReadOfWrite_IsTheProgramme() =>
        Prop.ForAll(ProgrammeGen.Programme.ToArbitrary(), programme =>
            ProgrammeJson.Deserialize(ProgrammeJson.Serialize(programme)) == programme
            && ProgrammeJson.Deserialize(ProgrammeJson.Serialize(programme, indented: false)) == programme);

    [Property(MaxTest = 150)]
    public Property Programme_WriteOfReadOfWrite_IsByteIdentical() =>
        Prop.ForAll(ProgrammeGen.Programme.ToArbitrary(), programme =>
        {
            var bytes = ProgrammeJson.SerializeToUtf8Bytes(programme);
            return ProgrammeJson.SerializeToUtf8Bytes(ProgrammeJson.Deserialize(bytes)).AsSpan().SequenceEqual(bytes);
        });

    [Property(MaxTest = 150)]
    public Property Ledger_ReadOfWrite_IsTheLedger() =>
        Prop.ForAll(Ledgers.ToArbitrary(), ledger =>
            LedgerJson.Deserialize(LedgerJson.Serialize(ledger)).Ledger == ledger
            && LedgerJson.Deserialize(LedgerJson.Serialize(ledger, indented: false)).Ledger == ledger);

    [Property(MaxTest = 150)]
    public Property Ledger_WriteOfReadOfWrite_IsByteIdentical() =>
        Prop.ForAll(Ledgers.ToArbitrary(), ledger =>
        {
            var bytes = LedgerJson.SerializeToUtf8Bytes(LedgerDocument.Of(ledger), indented: false);
            return LedgerJson.SerializeToUtf8Bytes(LedgerJson.Deserialize(bytes), indented: false).AsSpan().SequenceEqual(bytes);
        });

    [Property(MaxTest = 30)]
    public Property Portfolio_ReadOfWrite_IsThePortfolio() =>
        Prop.ForAll(Gen.ListOf(LedgerGen.AllReports).Select(l => l.Take(4).ToList()).Where(l => l.Count > 0).ToArbitrary(), reportSets =>
        {
            var ledgers = reportSets.Select((reports, i) => new LedgerDraft
            {
                Programme = Odd17.Programme,
                Territory = new Territory($"T{i}", $"Territoire {i}", TerritoryLevel.Commune),
                Reports = [.. reports],
            }.ToLedger());
            var portfolio = Portfolio.Create(ledgers, [new Domain.Progress.TerritoryWeight("T0", 1.5)]);
            return LedgerJson.Deserialize(LedgerJson.Serialize(portfolio)).Portfolio == portfolio;
        });

    private static Ledger Build(Domain.Reports.MeasureReport[] reports, Territory? territory, int[] values, string? comment)
    {
        var indicator = new Indicator(
            "alliances", new MeasureNumber(9), new LocalizedText("Alliances « signées »", "Alliances"), "alliances", IndicatorDirection.HigherIsBetter,
            new IndicatorPoint(values[0] / 7.0, Odd17.LaunchDate), new IndicatorPoint(values[1] + 5000, Odd17.LaunchDate.PlusYears(3)),
            [new IndicatorPoint(values[2], Odd17.LaunchDate.PlusYears(1))], weight: 1.25);
        var observations = values.Select((v, i) => new Observation("alliances", Odd17.LaunchDate.PlusDays(30 * (i + 1)), v / 3.0));
        var withComment = reports.Select((r, i) => i % 5 == 0 && comment is not null
            ? new Domain.Reports.MeasureReport(r.Measure, r.Date, r.Status, r.DeclaredProgress, Domain.Reports.Health.AtRisk, comment, r.Date.PlusDays(30))
            : r);
        return new LedgerDraft
        {
            Programme = Odd17.Programme,
            Territory = territory,
            Reports = [.. withComment],
            Indicators = [indicator],
            Observations = [.. observations],
            Plans = [new MeasurePlan(new MeasureNumber(2), Odd17.LaunchDate, Odd17.LaunchDate.PlusYears(2))],
        }.ToLedger();
    }
}

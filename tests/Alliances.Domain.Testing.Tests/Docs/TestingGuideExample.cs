#pragma warning disable IDE0130 // The example is written as a user would write it, in their own namespace.
// begin-snippet
using Alliances.Domain.Catalogue;
using Alliances.Domain;
using Alliances.Domain.Serialization;
using Alliances.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace MyDashboard.Tests;

public class DashboardRollupTests
{
    [Fact]
    public void NationalProgress_AtMidProgramme_IsWhatTheFixtureSays()
    {
        var scenario = Scenarios.MidProgramme;

        var national = scenario.Portfolio.RollupAt(scenario.AsOf);

        Assert.Equal(scenario.Expected.National, national.Progress!.Value.Points, precision: 9);
        Assert.Equal(scenario.Expected.Ranking, national.Ranking.Select(r => r.Territory.Code));
    }

    [Fact]
    public void AFollowUpProgramme_OfTwelveMeasures_RollsUpFromLedgersAlongACurve()
    {
        var programme = ProgrammeBuilder.Canonical()
            .WithId("follow-up")
            .WithMeasures(12, DimensionKind.Strategic, DimensionKind.Political)
            .Build();
        var ledger = new LedgerBuilder(programme)
            .ForTerritory(FrenchDepartements.All[12])
            .FollowingCurve(ProgressCurve.Linear(new LocalDate(2020, 6, 1), new LocalDate(2022, 6, 1)))
            .Weekly()
            .WithSeed(42)
            .Build();

        var rollup = ledger.RollupAt(new LocalDate(2021, 6, 1));

        Assert.InRange(rollup.Progress!.Value.Points, 49, 51);
    }

    [Fact]
    public void MyImportJob_RefusesTwoMeasuresWithOneNumber()
    {
        var document = InvalidDocuments.For("PRG004");

        RuleAssert.ProgrammeDocumentViolates(document.Json, "PRG004", document.Path);
    }

    [Property(MaxTest = 200)]
    public Property MyImportJob_CatchesEveryRule() =>
        Prop.ForAll(InvalidDocuments.Generator.ToArbitrary(), document =>
        {
            var result = document.Kind == DocumentKind.Programme
                ? ProgrammeJson.Validate(document.Json)
                : LedgerJson.Validate(document.Json);
            RuleAssert.Violates(result, document.RuleCode, document.Path);
        });
}
// end-snippet

using Alliances.Domain.Dates;
using Alliances.Domain.Ledgers;
using Alliances.Domain.Programmes;
using Alliances.Domain.Serialization;
using Alliances.Domain.Territories;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Testing.Tests;

/// <summary>The valid generators only ever give values that pass validation, over thousands of cases.</summary>
public class GeneratorTest
{
    [Property(MaxTest = 3000, Arbitrary = [typeof(AlliancesArbitraries)])]
    public bool ImpreciseDates_AreWellFormed(ImpreciseDate date) => date.Earliest <= date.Latest && date.CanFallOn(date.Earliest);

    [Property(MaxTest = 2000, Arbitrary = [typeof(AlliancesArbitraries)])]
    public bool Programmes_PassValidation(Programme programme) =>
        ProgrammeValidator.Validate(programme.ToDraft()).IsValid && ProgrammeJson.Validate(ProgrammeJson.Serialize(programme)).IsValid;

    [Property(MaxTest = 1000, Arbitrary = [typeof(AlliancesArbitraries)])]
    public bool Ledgers_PassValidation(Ledger ledger) =>
        ledger.ToDraft().Validate().IsValid && LedgerJson.Validate(LedgerJson.Serialize(ledger, indented: false)).IsValid;

    [Property(MaxTest = 200, Arbitrary = [typeof(AlliancesArbitraries)])]
    public bool Portfolios_PassValidation(Portfolio portfolio) =>
        LedgerJson.Validate(LedgerJson.Serialize(portfolio, indented: false)).IsValid;

    [Fact]
    public void Generators_AreDeterministicForAGivenSeed()
    {
        var first = AlliancesGenerators.Programmes.Sample(10, new Rnd(42UL, 0x9E3779B97F4A7C15UL), 5);
        var second = AlliancesGenerators.Programmes.Sample(10, new Rnd(42UL, 0x9E3779B97F4A7C15UL), 5);

        first.Should().Equal(second);
    }
}

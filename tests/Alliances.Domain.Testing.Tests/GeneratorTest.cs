using System.Text;
using System.Text.RegularExpressions;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Testing.Tests;

/// <summary>The valid generators only ever give values that pass validation, over thousands of cases.</summary>
public partial class GeneratorTest
{
    /// <summary>Throws on a lone surrogate rather than replacing it.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Any <see cref="ImpreciseDate"/> is well formed by construction; what the generator must give is variety: every
    /// case, to be confirmed or not, and every part of a month.
    /// </summary>
    [Fact]
    public void ImpreciseDates_ReachEveryCaseConfirmedOrNot()
    {
        var dates = AlliancesGenerators.ImpreciseDates.Sample(2000, new Rnd(7UL, 0x9E3779B97F4A7C15UL), 50);

        dates.Select(d => (d.Precision, d.IsToBeConfirmed)).Distinct().Should().BeEquivalentTo(
            Enum.GetValues<DatePrecision>().SelectMany(p => new[] { (p, true), (p, false) }));
        dates.OfType<PartOfMonth>().Select(d => d.Part).Distinct().Should().BeEquivalentTo(Enum.GetValues<MonthPart>());
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(AlliancesArbitraries)])]
    public bool Programmes_PassValidation(Programme programme) =>
        Programme.Validate(programme.ToDraft()).IsValid && ProgrammeJson.Validate(ProgrammeJson.Serialize(programme)).IsValid;

    [Property(MaxTest = 1000, Arbitrary = [typeof(AlliancesArbitraries)])]
    public bool Ledgers_PassValidation(Ledger ledger) =>
        Ledger.Validate(ledger.ToDraft()).IsValid && LedgerJson.Validate(LedgerJson.Serialize(ledger, indented: false)).IsValid;

    [Property(MaxTest = 200, Arbitrary = [typeof(AlliancesArbitraries)])]
    public bool Portfolios_PassValidation(Portfolio portfolio) =>
        LedgerJson.Validate(LedgerJson.Serialize(portfolio, indented: false)).IsValid;

    [Property(MaxTest = 2000)]
    public Property NonBlankStrings_AreNeverBlank_AndWellFormedUtf16() =>
        Prop.ForAll(AlliancesGenerators.NonBlankStrings.ToArbitrary(), text =>
            !string.IsNullOrWhiteSpace(text) && StrictUtf8.GetString(StrictUtf8.GetBytes(text)) == text);

    [Property(MaxTest = 2000)]
    public Property Identifiers_AreSlugsOfAtMost64Characters() =>
        Prop.ForAll(AlliancesGenerators.Identifiers.ToArbitrary(), id => id.Length <= 64 && Slug().IsMatch(id));

    [Fact]
    public void Percentages_ReachTheEdgesOfTheRange()
    {
        var points = AlliancesGenerators.Percentages.Sample(2000, new Rnd(7UL, 0x9E3779B97F4A7C15UL), 50).Select(p => p.Points).ToList();

        points.Should().Contain([0, 100, double.Epsilon, Math.BitDecrement(100.0)]);
        points.Should().Contain(p => p * 100 != Math.Round(p * 100), "percentages are not only hundredths");
    }

    [Fact]
    public void Milestones_SometimesCarryAHistoryOfBothKinds()
    {
        var histories = AlliancesGenerators.Milestones.Sample(500, new Rnd(7UL, 0x9E3779B97F4A7C15UL), 50).SelectMany(m => m.History).ToList();

        histories.Should().Contain(c => c.Kind == MilestoneDateChangeKind.Confirmed)
            .And.Contain(c => c.Kind == MilestoneDateChangeKind.Rescheduled);
    }

    [Fact]
    public void Generators_AreDeterministicForAGivenSeed()
    {
        var first = AlliancesGenerators.Programmes.Sample(10, new Rnd(42UL, 0x9E3779B97F4A7C15UL), 5);
        var second = AlliancesGenerators.Programmes.Sample(10, new Rnd(42UL, 0x9E3779B97F4A7C15UL), 5);

        first.Should().Equal(second);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}

using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Tests.Actors;

public class MissionTest
{
    private static readonly Person Minister = new("Gabriel ATTAL", new LocalizedText("Secrétaire d’Etat", "Secretary of State"));
    private static readonly Person Lead = new("Cathy RACON-BOUZON", new LocalizedText("députée", "Member of Parliament"));
    private static readonly Contributors Some = new(ApproximateCount.About(100), ApproximateCount.Exactly(50));

    private static Mission Create(YearMonth commissioned, LocalDate delivered, params Person[] leaders) => new(
        new LocalizedText("Mission ministérielle"),
        new LocalizedText("Accélérer les alliances"),
        Minister,
        commissioned,
        [.. leaders],
        Some,
        new MissionReport(new LocalizedText("Rapport"), delivered, Minister));

    [Fact]
    public void Constructor_ReportOnFirstDayOfCommissionMonth_IsTheLastValidValue() =>
        Create(new YearMonth(2019, 10), new LocalDate(2019, 10, 1), Lead).Commissioned.Should().Be(new YearMonth(2019, 10));

    [Fact]
    public void Constructor_ReportTheDayBeforeCommissionMonth_BreaksMIS002() =>
        Expect.Violation(() => Create(new YearMonth(2019, 10), new LocalDate(2019, 9, 30), Lead), Rules.ReportAfterCommission);

    [Fact]
    public void Constructor_NoLeader_BreaksMIS001() =>
        Expect.Violation(() => Create(new YearMonth(2019, 10), new LocalDate(2020, 5, 7)), Rules.MissionHasLeaders);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Person_BlankName_BreaksTXT001(string name) =>
        Expect.Violation(() => _ = new Person(name, new LocalizedText("x")), Rules.TextRequired);

    [Fact]
    public void Organisation_BlankName_BreaksTXT001() =>
        Expect.Violation(() => _ = new Organisation(""), Rules.TextRequired);
}

using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// The ledger rules, each checked here and only here: <see cref="Ledger.Add"/> and the assembly of a whole ledger
/// (<see cref="LedgerAssembly"/>) both call them. A check gives no violation when the rule holds, and builds its message
/// only when it does not.
/// </summary>
internal static class LedgerRules
{
    /// <summary>LED008: a ledger names the programme it follows.</summary>
    internal static RuleViolation? ProgrammeGiven(Programme? programme) =>
        programme is not null ? null : new(Rules.LedgerPartRequired, "A ledger names the programme it follows; it is missing.", "$.programme");

    /// <summary>LED008: a list in a ledger holds no missing element.</summary>
    internal static RuleViolation? Present(object? part, PartPath path) =>
        part is not null ? null : new(Rules.LedgerPartRequired, "A list in a ledger holds no missing element; this one is null.", path.ToString());

    /// <summary>LED008: a part of a ledger that is not a list, such as its rollup settings, is given.</summary>
    internal static RuleViolation? Given(object? part, string name) =>
        part is not null ? null : new(Rules.LedgerPartRequired, $"A ledger has its {name}; they are missing.", "$." + name);

    /// <summary>LED001: a report, indicator or plan is on a measure the programme has.</summary>
    internal static RuleViolation? MeasureKnown(Programme programme, MeasureNumber measure, string part, PartPath path) =>
        measure.Value <= programme.Measures.Count
            ? null
            : new(Rules.LedgerMeasureKnown, $"Every {part} is on a measure the programme has; {programme.Id} has measures 1 to {programme.Measures.Count}, not {measure}.", path.ToString());

    /// <summary>LED002: a ledger holds one report per measure and day.</summary>
    internal static RuleViolation? OneReportPerDay(bool dayTaken, MeasureReport report, PartPath path) =>
        !dayTaken
            ? null
            : new(Rules.LedgerOneReportPerDay, $"A ledger holds one report per measure and day; measure {report.Measure} already has one on {DateText.Iso(report.Date)}.", path.ToString());

    /// <summary>LED003: no report or observation is dated before the ledger's launch.</summary>
    internal static RuleViolation? AfterLaunch(LocalDate launch, LocalDate date, string part, PartPath path) =>
        date >= launch
            ? null
            : new(Rules.LedgerAfterLaunch, $"No {part} is dated before the ledger's launch ({DateText.Iso(launch)}); this one is dated {DateText.Iso(date)}.", path.ToString());
}

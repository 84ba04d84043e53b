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
        programme is not null ? null : new(Rules.LedgerPartRequired, "A ledger names the programme it follows; it is missing.", "Un registre nomme le programme qu’il suit\u202F; il manque.", "$.programme");

    /// <summary>LED008: a list in a ledger holds no missing element.</summary>
    internal static RuleViolation? Present(object? part, PartPath path) =>
        part is not null ? null : new(Rules.LedgerPartRequired, "A list in a ledger holds no missing element; this one is null.", "Une liste d’un registre n’a pas d’élément manquant\u202F; celui-ci est null.", path.ToString());

    /// <summary>LED008: a part of a ledger that is not a list, such as its rollup settings, is given.</summary>
    internal static RuleViolation? Given(object? part, string name) =>
        part is not null ? null : new(Rules.LedgerPartRequired, $"A ledger has its {name}; they are missing.", $"Un registre a sa partie {name}\u202F; elle manque.", "$." + name);

    /// <summary>
    /// LED001: a report, indicator or plan is on a measure the programme has; <paramref name="part"/> and
    /// <paramref name="partie"/> name the part in English and in French.
    /// </summary>
    internal static RuleViolation? MeasureKnown(Programme programme, MeasureNumber measure, string part, string partie, PartPath path) =>
        measure.Value <= programme.Measures.Count
            ? null
            : new(Rules.LedgerMeasureKnown, $"Every {part} is on a measure the programme has; {programme.Id} has measures 1 to {programme.Measures.Count}, not {measure}.", $"Chaque {partie} porte sur une mesure du programme\u202F; {programme.Id} a les mesures 1 à {programme.Measures.Count}, pas {measure}.", path.ToString());

    /// <summary>LED002: a ledger holds one report per measure and day.</summary>
    internal static RuleViolation? OneReportPerDay(bool dayTaken, MeasureReport report, PartPath path) =>
        !dayTaken
            ? null
            : new(Rules.LedgerOneReportPerDay, $"A ledger holds one report per measure and day; measure {report.Measure} already has one on {DateText.Iso(report.Date)}.", $"Un registre tient un rapport par mesure et par jour\u202F; la mesure {report.Measure} en a déjà un le {DateText.Iso(report.Date)}.", path.ToString());

    /// <summary>
    /// LED003: no report or observation is dated before the ledger's launch; <paramref name="part"/> names the part in
    /// English, <paramref name="cettePartie"/> in French with its demonstrative (<c>ce rapport</c>).
    /// </summary>
    internal static RuleViolation? AfterLaunch(LocalDate launch, LocalDate date, string part, string cettePartie, PartPath path) =>
        date >= launch
            ? null
            : new(Rules.LedgerAfterLaunch, $"No {part} is dated before the ledger's launch ({DateText.Iso(launch)}); this one is dated {DateText.Iso(date)}.", $"Un registre ne tient rien de daté avant son lancement ({DateText.Iso(launch)})\u202F; {cettePartie} est du {DateText.Iso(date)}.", path.ToString());
}

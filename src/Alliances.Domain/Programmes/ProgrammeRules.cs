using System.Globalization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// The check of a programme draft against every rule across its parts, in one place: <see cref="Programme.Validate"/>,
/// <see cref="Programme.Create"/> and <see cref="Programme.TryCreate"/> all call <see cref="Check"/>. The <c>PRG</c>
/// rules are checked here; the launch's calendar, windows and evaluation through the checks of their own rules.
/// </summary>
/// <remarks>
/// Paths name elements as the JSON programme document does (<c>$.measures[4].number</c>), with indexes in the
/// draft's own order. Violations come in a stable order: by part, in the order of the properties of the draft.
/// </remarks>
internal static class ProgrammeRules
{
    /// <summary>The length up to which lists are checked by scans rather than with a dictionary or set.</summary>
    private const int SmallList = 64;

    /// <summary>Checks a draft against every programme rule.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>Every violation found; <see cref="ValidationResult.IsValid"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    internal static ValidationResult Check(ProgrammeDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var found = new List<RuleViolation>();

        Required(found, draft.Id, "$.id", "an identifier", "un identifiant");
        Required(found, draft.Name, "$.name", "a name", "un nom");
        Required(found, draft.Mission, "$.mission", "the mission that produced it", "la mission dont il est issu");
        Required(found, draft.Governance, "$.governance", "a follow-up committee", "un comité de suivi");
        RequiredElements(found, draft.Dimensions, "$.dimensions");
        RequiredElements(found, draft.Measures, "$.measures");
        RequiredElements(found, draft.Milestones, "$.milestones");
        RequiredElements(found, draft.Worlds, "$.worlds");
        RequiredElements(found, draft.Audiences, "$.audiences");

        CheckDimensions(found, draft);
        CheckMeasures(found, draft);
        CheckMilestones(found, draft);
        Unique(found, draft.Worlds, w => w.Id, "$.worlds", "id", Rules.WorldIdsUnique, "world identifier", "identifiant de monde");
        Unique(found, draft.Audiences, a => a.Id, "$.audiences", "id", Rules.AudienceIdsUnique, "audience identifier", "identifiant de public");

        if (IsoDates.Check(draft.LaunchDate.Calendar, draft.LaunchDate.Year, "$.launchDate") is { } launch)
        {
            found.Add(launch);
        }
        else if (draft.Mission is { } mission && draft.LaunchDate < mission.Report.Delivered)
        {
            found.Add(new RuleViolation(
                Rules.LaunchAfterReport,
                $"A programme is launched on or after the day its mission's report was delivered ({DateText.Iso(mission.Report.Delivered)}); got {DateText.Iso(draft.LaunchDate)}.",
                $"Un programme est lancé au plus tôt le jour où le rapport de sa mission a été remis ({DateText.Iso(mission.Report.Delivered)})\u202F; date reçue\u00A0: {DateText.Iso(draft.LaunchDate)}.",
                "$.launchDate"));
        }

        if (draft.LaunchDate.Calendar == NodaTime.CalendarSystem.Iso && draft.LaunchDate.Year >= 1)
        {
            // Every window must end by 9999 (SCH008): checking the longest horizon checks them all.
            var longest = draft.ResultsHorizon.MaximumMonths;
            foreach (var dimension in draft.Dimensions)
            {
                if (dimension is not null)
                {
                    longest = Math.Max(longest, dimension.Horizon.MaximumMonths);
                }
            }

            if (TryWindow(new EffectHorizon(0, longest), draft.LaunchDate, found) is not null && draft.Evaluation is { } evaluation)
            {
                var results = draft.ResultsHorizon.WindowFrom(draft.LaunchDate);
                found.AddRange(Scheduling.ProgrammeSchedule.CheckEvaluation(evaluation, draft.LaunchDate, results, "$.evaluation.when").Violations);
            }
        }

        return found.Count == 0 ? ValidationResult.Valid : new ValidationResult(ValueList.CreateRange(found));
    }

    /// <summary>Works out a window, reporting instead of throwing when it would end after 9999 (SCH008).</summary>
    private static NodaTime.DateInterval? TryWindow(EffectHorizon horizon, NodaTime.LocalDate launch, List<RuleViolation> found)
    {
        try
        {
            return horizon.WindowFrom(launch);
        }
        catch (RuleViolationException e)
        {
            found.AddRange(e.Violations.Select(v => new RuleViolation(v.Rule, v.Text, "$.launchDate")));
            return null;
        }
    }

    private static void CheckDimensions(List<RuleViolation> found, ProgrammeDraft draft)
    {
        if (draft.Dimensions.Count == 0)
        {
            found.Add(new RuleViolation(Rules.ProgrammeHasDimensions, "A programme has at least one dimension; got none.", "Un programme a au moins une dimension\u202F; aucune n’est donnée.", "$.dimensions"));
            return;
        }

        Unique(found, draft.Dimensions, d => d.Kind, "$.dimensions", "kind", Rules.DimensionKindsUnique, "dimension kind", "type de dimension");

        for (var i = 0; i < draft.Dimensions.Count; i++)
        {
            var dimension = draft.Dimensions[i];
            if (dimension is not null && !HasKind(draft.Measures, static m => m.Dimension, dimension.Kind))
            {
                found.Add(new RuleViolation(
                    Rules.DimensionHasMeasures,
                    $"Every dimension holds at least one measure; the {dimension.Kind} dimension holds none.",
                    $"Chaque dimension compte au moins une mesure\u202F; la dimension {dimension.Kind.DisplayName().French} n’en compte aucune.",
                    Path("$.dimensions", i)));
            }
        }
    }

    private static void CheckMeasures(List<RuleViolation> found, ProgrammeDraft draft)
    {
        Unique(found, draft.Measures, m => m.Number, "$.measures", "number", Rules.MeasureNumbersUnique, "measure number", "numéro de mesure");
        Contiguous(found, draft.Measures, m => m.Number.Value, "$.measures", Rules.MeasureNumbersContiguous, "Measure numbers", "Les numéros de mesure");

        for (var i = 0; i < draft.Measures.Count; i++)
        {
            var measure = draft.Measures[i];
            if (measure is null)
            {
                continue;
            }

            if (!HasKind(draft.Dimensions, static d => d.Kind, measure.Dimension))
            {
                found.Add(new RuleViolation(
                    Rules.MeasureDimensionKnown,
                    $"Every measure belongs to a dimension the programme has; measure {measure.Number} names the {measure.Dimension} dimension, which the programme lacks.",
                    $"Chaque mesure relève d’une dimension du programme\u202F; la mesure {measure.Number} nomme la dimension {measure.Dimension.DisplayName().French}, que le programme n’a pas.",
                    Path("$.measures", i) + ".dimension"));
            }

            if (measure.AnswerableBody is { } body)
            {
                if (draft.Governance is { } committee && !committee.Bodies.Contains(body))
                {
                    found.Add(new RuleViolation(
                        Rules.AnswerableBodyOfTheCommittee,
                        $"A measure's answerable body is one of the bodies of the programme's follow-up committee ({string.Join(", ", committee.Bodies.Select(b => b.Name.French))}); measure {measure.Number} names {body.Name.French}.",
                        $"L’instance qui répond d’une mesure est l’une des instances du comité de suivi du programme ({string.Join(", ", committee.Bodies.Select(b => b.Name.French))})\u202F; la mesure {measure.Number} nomme {body.Name.French}.",
                        Path("$.measures", i) + ".answerableBody"));
                }
            }
            else if (draft.RequiresAnswerableBodies)
            {
                found.Add(new RuleViolation(
                    Rules.AnswerableBodyRequired,
                    $"The programme requires every measure to name its answerable body; measure {measure.Number} names none.",
                    $"Le programme exige que chaque mesure nomme l’instance qui en répond\u202F; la mesure {measure.Number} n’en nomme aucune.",
                    Path("$.measures", i)));
            }
        }
    }

    /// <summary>Tells whether an element of a list (nulls skipped) has a dimension kind; with a static key, nothing is allocated.</summary>
    private static bool HasKind<T>(ValueList<T> items, Func<T, DimensionKind> kindOf, DimensionKind kind)
        where T : class
    {
        foreach (var item in items)
        {
            if (item is not null && kindOf(item) == kind)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckMilestones(List<RuleViolation> found, ProgrammeDraft draft)
    {
        Unique(found, draft.Milestones, m => m.Sequence, "$.milestones", "sequence", Rules.MilestoneSequencesUnique, "milestone sequence number", "numéro d’ordre d’étape");
        CheckServes(found, draft.Milestones, draft.Measures.Count);
        Contiguous(found, draft.Milestones, m => m.Sequence, "$.milestones", Rules.MilestoneSequencesContiguous, "Milestone sequence numbers", "Les numéros d’ordre des étapes");
    }

    /// <summary>
    /// Checks that milestones serve only measures their programme has, each once (rule PRG015): a programme's base, or
    /// the milestones a ledger adds to it, which both documents list under <c>$.milestones</c>.
    /// </summary>
    /// <param name="found">Where the violations go.</param>
    /// <param name="milestones">The milestones; a missing one is skipped, its absence reported elsewhere.</param>
    /// <param name="measureCount">The number of measures of the programme, numbered from 1 without a gap.</param>
    internal static void CheckServes(List<RuleViolation> found, ValueList<Milestone> milestones, int measureCount)
    {
        for (var i = 0; i < milestones.Count; i++)
        {
            var serves = milestones[i]?.Serves ?? default;
            if (serves.IsEmpty)
            {
                continue;
            }

            var seen = new HashSet<MeasureNumber>();
            for (var j = 0; j < serves.Count; j++)
            {
                if (serves[j].Value > measureCount || !seen.Add(serves[j]))
                {
                    found.Add(new RuleViolation(
                        Rules.MilestoneServesKnownMeasures,
                        $"A milestone serves only measures its programme has (1 to {measureCount}), each once; milestone {milestones[i]!.Sequence} names measure {serves[j]}{(serves[j].Value > measureCount ? "" : " twice")}.",
                        $"Une étape ne sert que des mesures de son programme (1 à {measureCount}), chacune une fois\u202F; l’étape {milestones[i]!.Sequence} nomme la mesure {serves[j]}{(serves[j].Value > measureCount ? "" : " deux fois")}.",
                        Path(Path("$.milestones", i) + ".serves", j)));
                    break;
                }
            }
        }
    }

    /// <summary>Reports every element whose key an earlier element already has.</summary>
    private static void Unique<T, TKey>(
        List<RuleViolation> found,
        ValueList<T> items,
        Func<T, TKey> key,
        string listPath,
        string keyName,
        Rule rule,
        string what,
        string quoi)
        where T : class
        where TKey : notnull
    {
        // Programme lists are short (a few dimensions, a few dozen measures): an earlier element is looked for by a scan
        // until a list is long enough for a dictionary to pay.
        var firstIndex = items.Count > SmallList ? new Dictionary<TKey, int>() : null;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                continue;
            }

            var k = key(item);
            var first = firstIndex is null ? FirstWithKey(items, key, k, i) : firstIndex.TryGetValue(k, out var known) ? known : -1;
            if (first >= 0)
            {
                found.Add(new RuleViolation(
                    rule,
                    string.Create(CultureInfo.InvariantCulture, $"Each {what} appears once; {k} appears at index {first} and again here."),
                    string.Create(CultureInfo.InvariantCulture, $"Chaque {quoi} apparaît une fois\u202F; {(k is DimensionKind kind ? kind.DisplayName().French : k)} apparaît à l’indice {first} et de nouveau ici."),
                    $"{Path(listPath, i)}.{keyName}"));
            }
            else
            {
                firstIndex?.Add(k, i);
            }
        }
    }

    /// <summary>Gets the index of the first element before <paramref name="end"/> with a key, or -1.</summary>
    private static int FirstWithKey<T, TKey>(ValueList<T> items, Func<T, TKey> key, TKey wanted, int end)
        where T : class
    {
        for (var j = 0; j < end; j++)
        {
            if (items[j] is { } earlier && EqualityComparer<TKey>.Default.Equals(key(earlier), wanted))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Reports the numbers missing between 1 and the highest number present.</summary>
    /// <remarks>
    /// Duplicates are left to the uniqueness rule, so that each mistake breaks exactly one rule. The numbers are at
    /// most 999 (rules MEA010, MIL010), so the check costs the same whatever they are.
    /// </remarks>
    private static void Contiguous<T>(
        List<RuleViolation> found,
        ValueList<T> items,
        Func<T, int> number,
        string listPath,
        Rule rule,
        string what,
        string quoi)
        where T : class
    {
        var highest = 0;
        foreach (var item in items)
        {
            if (item is not null)
            {
                highest = Math.Max(highest, number(item));
            }
        }

        if (highest <= 0)
        {
            return; // no numbers; those below 1 break their own rules
        }

        // Numbers are at most 999 (MEA010, MIL010): the numbers present are marked in a table on the stack, and the
        // message names the first few missing and counts the rest.
        Span<bool> seen = stackalloc bool[highest + 1];
        foreach (var item in items)
        {
            if (item is not null && number(item) is var n && n >= 1)
            {
                seen[n] = true;
            }
        }

        List<int>? missing = null;
        for (var n = 1; n <= highest; n++)
        {
            if (!seen[n])
            {
                (missing ??= []).Add(n);
            }
        }

        if (missing is not null)
        {
            found.Add(new RuleViolation(
                rule,
                string.Create(CultureInfo.InvariantCulture, $"{what} run from 1 to the highest, {highest}, without a gap; missing {MessageText.Numbers(missing)}."),
                string.Create(CultureInfo.InvariantCulture, $"{quoi} vont sans trou de 1 au plus grand, {highest}\u202F; il manque {MessageText.Numbers(missing, Language.French)}."),
                listPath));
        }
    }

    private static void Required(List<RuleViolation> found, object? part, string path, string what, string quoi)
    {
        if (part is null)
        {
            found.Add(new RuleViolation(Rules.ProgrammePartRequired, $"A programme has {what}; it is missing.", $"Un programme a {quoi}\u202F; cette partie manque.", path));
        }
    }

    private static void RequiredElements<T>(List<RuleViolation> found, ValueList<T> items, string listPath)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                found.Add(new RuleViolation(Rules.ProgrammePartRequired, "A list in a programme holds no missing element; this one is null.", "Une liste d’un programme n’a pas d’élément manquant\u202F; celui-ci est null.", Path(listPath, i)));
            }
        }
    }

    private static string Path(string listPath, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{listPath}[{index}]");
}

using System.Globalization;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>Checks a ledger draft against every ledger rule and, when it holds, builds the ledger's storage in one pass.</summary>
internal static class LedgerAssembly
{
    /// <summary>Validates a draft; builds the ledger when it is valid.</summary>
    internal static ValidationResult Build(LedgerDraft draft, out Ledger? ledger)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ledger = null;
        var found = new List<RuleViolation>();
        if (LedgerRules.ProgrammeGiven(draft.Programme) is { } noProgramme)
        {
            return new ValidationResult([noProgramme]);
        }

        var programme = draft.Programme;
        var measureCount = programme.Measures.Count;
        var launch = draft.LaunchDate ?? programme.LaunchDate;
        ProgrammeSchedule? schedule = null;
        try
        {
            schedule = programme.Schedule(launch);
        }
        catch (RuleViolationException e)
        {
            found.AddRange(e.Violations.Select(v => new RuleViolation(v.Rule, v.Text, "$.launchDate")));
        }


        // Reports: known measure, not before launch; then, per measure in date order, one per day and lifecycle moves.
        var perMeasure = new List<(MeasureReport Report, int Index, int Date)>?[measureCount];
        var expectedPerMeasure = measureCount == 0 ? 0 : draft.Reports.Count / measureCount;
        for (var i = 0; i < draft.Reports.Count; i++)
        {
            var report = draft.Reports[i];
            if (LedgerRules.Present(report, new PartPath("$.reports", i, "")) is { } missing)
            {
                found.Add(missing);
                continue;
            }

            if (LedgerRules.MeasureKnown(programme, report.Measure, "report", "rapport", new PartPath("$.reports", i, ".measure")) is { } unknown)
            {
                found.Add(unknown);
                continue;
            }

            if (schedule is not null && LedgerRules.AfterLaunch(launch, report.Date, "report", "ce rapport", new PartPath("$.reports", i, ".date")) is { } early)
            {
                found.Add(early);
                continue;
            }

            (perMeasure[report.Measure.Value - 1] ??= new(expectedPerMeasure)).Add((report, i, PackedDate.Pack(report.Date)));
        }

        var reports = new ReportEntry[measureCount][];
        var comments = new CommentEntry[measureCount][];
        for (var m = 0; m < measureCount; m++)
        {
            var list = perMeasure[m];
            if (list is null)
            {
                reports[m] = [];
                comments[m] = [];
                continue;
            }

            // Stable: reports of one day keep the draft's order, so the duplicate reported is the later one. Documents
            // are usually written in date order already (ours always are), so the sort is skipped when it would change
            // nothing.
            if (!InDateOrder(list))
            {
                list.Sort(static (a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Index.CompareTo(b.Index));
            }

            var entries = new ReportEntry[list.Count];
            var count = 0;
            var notes = new List<CommentEntry>();
            ReportEntry? previous = null;
            var status = Lifecycle.Initial;
            foreach (var (report, index, day) in list)
            {
                if (LedgerRules.OneReportPerDay(previous is { } before && before.Date == day, report, new PartPath("$.reports", index, ".date")) is { } twice)
                {
                    found.Add(twice);
                    continue;
                }

                if (Lifecycle.Check(status, report.Status, new PartPath("$.reports", index, ".status")) is { } move)
                {
                    found.Add(move);
                }

                var entry = ReportEntry.From(report, previous);
                entries[count++] = entry;
                if (report.Comment is { } text)
                {
                    notes.Add(new CommentEntry(entry.Date, text));
                }

                previous = entry;
                status = report.Status;
            }

            reports[m] = count == entries.Length ? entries : entries[..count];
            comments[m] = [.. notes];
        }

        // Indicators: known measure, unique identifiers.
        var tracks = new Dictionary<string, (Indicator Indicator, List<(Observation Observation, int Index)> Observations)>(StringComparer.Ordinal);
        for (var i = 0; i < draft.Indicators.Count; i++)
        {
            var indicator = draft.Indicators[i];
            if (indicator is null)
            {
                found.Add(LedgerRules.Present(indicator, new PartPath("$.indicators", i, ""))!);
            }
            else if (LedgerRules.MeasureKnown(programme, indicator.Measure, "indicator", "indicateur", new PartPath("$.indicators", i, ".measure")) is { } unknown)
            {
                found.Add(unknown);
            }
            else if (!tracks.TryAdd(indicator.Id, (indicator, [])))
            {
                found.Add(new RuleViolation(Rules.LedgerIndicatorIdsUnique, $"No two indicators share an identifier; '{indicator.Id}' appears twice.", $"Deux indicateurs n’ont jamais le même identifiant\u202F; '{indicator.Id}' apparaît deux fois.", new PartPath("$.indicators", i, ".id").ToString()));
            }
        }

        // Observations: known indicator, not before launch, one per indicator and day.
        for (var i = 0; i < draft.Observations.Count; i++)
        {
            var observation = draft.Observations[i];
            if (observation is null)
            {
                found.Add(LedgerRules.Present(observation, new PartPath("$.observations", i, ""))!);
            }
            else if (!tracks.TryGetValue(observation.Indicator, out var track))
            {
                found.Add(new RuleViolation(Rules.LedgerObservationIndicatorKnown, $"Every observation is of an indicator the ledger defines; '{observation.Indicator}' is not one.", $"Chaque observation porte sur un indicateur que le registre définit\u202F; '{observation.Indicator}' n’en est pas un.", new PartPath("$.observations", i, ".indicator").ToString()));
            }
            else if (schedule is not null && LedgerRules.AfterLaunch(launch, observation.Date, "observation", "cette observation", new PartPath("$.observations", i, ".date")) is { } early)
            {
                found.Add(early);
            }
            else
            {
                track.Observations.Add((observation, i));
            }
        }

        var tracksByMeasure = new List<IndicatorTrack>?[measureCount];
        foreach (var (indicator, observations) in tracks.Values.OrderBy(t => t.Indicator.Measure).ThenBy(t => t.Indicator.Id, StringComparer.Ordinal))
        {
            observations.Sort((a, b) => a.Observation.Date != b.Observation.Date ? a.Observation.Date.CompareTo(b.Observation.Date) : a.Index.CompareTo(b.Index));
            var entries = new List<ObservationEntry>(observations.Count);
            foreach (var (observation, index) in observations)
            {
                var date = PackedDate.Pack(observation.Date);
                if (entries.Count > 0 && entries[^1].Date == date)
                {
                    found.Add(new RuleViolation(Rules.LedgerOneObservationPerDay, $"A ledger holds one observation per indicator and day; '{observation.Indicator}' already has one on {DateText.Iso(observation.Date)}.", $"Un registre tient une observation par indicateur et par jour\u202F; '{observation.Indicator}' en a déjà une le {DateText.Iso(observation.Date)}.", new PartPath("$.observations", index, ".date").ToString()));
                    continue;
                }

                entries.Add(new ObservationEntry(date, observation.Value));
            }

            (tracksByMeasure[indicator.Measure.Value - 1] ??= []).Add(new IndicatorTrack(indicator, [.. entries]));
        }

        // Plans: known measure, one per measure.
        var plans = new MeasurePlan?[measureCount];
        for (var i = 0; i < draft.Plans.Count; i++)
        {
            var plan = draft.Plans[i];
            if (plan is null)
            {
                found.Add(LedgerRules.Present(plan, new PartPath("$.plans", i, ""))!);
            }
            else if (LedgerRules.MeasureKnown(programme, plan.Measure, "plan", "plan", new PartPath("$.plans", i, ".measure")) is { } unknown)
            {
                found.Add(unknown);
            }
            else if (plans[plan.Measure.Value - 1] is not null)
            {
                found.Add(new RuleViolation(Rules.LedgerOnePlanPerMeasure, $"A ledger sets one plan per measure; measure {plan.Measure} already has one.", $"Un registre fixe un plan par mesure\u202F; la mesure {plan.Measure} en a déjà un.", new PartPath("$.plans", i, ".measure").ToString()));
            }
            else
            {
                plans[plan.Measure.Value - 1] = plan;
            }
        }

        // Commitments: known measure (LED001), within the programme's life, one lead at a time, none twice, known worlds.
        var life = schedule is null ? null : new DateInterval(launch, schedule.ResultsWindow.End);
        var commitments = CommitmentRules.Check(programme, life, draft.Commitments, draft.AllowsCoLeads, found);

        // Milestones the ledger adds to the base: numbered on from it (LED009), within the programme's life (LED010),
        // serving measures the programme has (PRG015).
        var milestones = LedgerMilestoneRules.Check(programme, life, draft.Milestones, found);

        // Rollup settings: weights only of the programme's measures and dimensions, each once (LED011).
        var settings = RollupSettingsRules.Check(programme, draft.RollupSettings, found);

        if (found.Count > 0 || schedule is null)
        {
            return new ValidationResult(ValueList.CreateRange(found));
        }

        ledger = new Ledger(
            programme,
            draft.Territory,
            launch,
            schedule,
            reports,
            comments,
            tracksByMeasure.Select(t => t is null ? [] : t.ToArray()).ToArray(),
            plans,
            commitments,
            draft.AllowsCoLeads,
            milestones,
            settings);
        return ValidationResult.Valid;
    }

    /// <summary>Tells whether a measure's reports are already in (day, draft position) order.</summary>
    private static bool InDateOrder(List<(MeasureReport Report, int Index, int Date)> list)
    {
        // Positions grow as the list was filled in draft order, so days that never decrease are enough.
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Date < list[i - 1].Date)
            {
                return false;
            }
        }

        return true;
    }

}

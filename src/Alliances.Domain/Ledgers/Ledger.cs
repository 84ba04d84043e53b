using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Alliances.Domain.Serialization;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// The reports and indicator observations of one programme, for the nation or for one territory: what the progress
/// rules read.
/// </summary>
/// <remarks>
/// <para>
/// A ledger is immutable: <see cref="Add(MeasureReport)"/> and its siblings return a new ledger and leave this one as
/// it was, also when they reject the input. Every ledger holds the ledger rules: reports only on the programme's
/// measures (LED001), one per measure and day (LED002), none before launch (LED003), lifecycle moves in order (LIF001).
/// </para>
/// <para>
/// Reports are stored per measure in date order, sixteen bytes each (comments apart), so that a query at a date is a
/// binary search per measure and never a scan. Equality compares the programme, the territory, the launch and every
/// report, indicator, observation and plan, the commitments in order with the allowance of co-leads, the
/// milestones the ledger adds to its programme's base, and its rollup settings.
/// </para>
/// </remarks>
[JsonConverter(typeof(LedgerJsonConverter))]
public sealed partial class Ledger : IEquatable<Ledger>
{
    private readonly ReportEntry[][] _reports;
    private readonly CommentEntry[][] _comments;
    private readonly IndicatorTrack[][] _tracks;
    private readonly MeasurePlan?[] _plans;
    private readonly Commitment[] _commitments;
    private readonly Milestone[] _milestones;

    // The lists of Reports, Indicators, Observations and Plans, built when first read and then kept: a ledger that is
    // only rolled up and written never holds them, and keeps its sixteen bytes a report (docs/benchmarks.md).
    private MeasureReport[]? _reportList;
    private Indicator[]? _indicatorList;
    private Observation[]? _observationList;
    private MeasurePlan[]? _planList;

    internal Ledger(
        Programme programme,
        Territory? territory,
        LocalDate launchDate,
        ProgrammeSchedule schedule,
        ReportEntry[][] reports,
        CommentEntry[][] comments,
        IndicatorTrack[][] tracks,
        MeasurePlan?[] plans,
        Commitment[] commitments,
        bool allowsCoLeads,
        Milestone[] milestones,
        ProgressOptions rollupSettings)
    {
        Programme = programme;
        Territory = territory;
        LaunchDate = launchDate;
        Schedule = schedule;
        _reports = reports;
        _comments = comments;
        _tracks = tracks;
        _plans = plans;
        _commitments = commitments;
        AllowsCoLeads = allowsCoLeads;
        _milestones = milestones;
        RollupSettings = rollupSettings;
        ReportCount = reports.Sum(r => r.Length);
    }

    /// <summary>Gets the stored reports, per measure in date order, for the writer.</summary>
    internal ReportEntry[][] ReportEntries => _reports;

    /// <summary>Gets the stored comments, per measure in date order, for the writer.</summary>
    internal CommentEntry[][] CommentEntries => _comments;

    /// <summary>Gets the programme the ledger follows.</summary>
    public Programme Programme { get; }

    /// <summary>Gets the territory, or <see langword="null"/> for a national ledger.</summary>
    public Territory? Territory { get; }

    /// <summary>Gets the launch date the ledger counts from: the territory's own, or the programme's.</summary>
    public LocalDate LaunchDate { get; }

    /// <summary>Gets the programme's schedule from the ledger's launch date.</summary>
    public ProgrammeSchedule Schedule { get; }

    /// <summary>Gets the number of reports.</summary>
    public int ReportCount { get; }

    /// <summary>Gets every report, by measure then date.</summary>
    /// <remarks>The list is built when first read, from the ledger's packed storage, and kept for later reads.</remarks>
    public ValueList<MeasureReport> Reports => ValueListMarshal.Own(Volatile.Read(ref _reportList) ?? Keep(ref _reportList, AllReports()));

    /// <summary>Gets the indicators, by measure then identifier.</summary>
    /// <remarks>The list is built when first read and kept for later reads.</remarks>
    public ValueList<Indicator> Indicators => ValueListMarshal.Own(Volatile.Read(ref _indicatorList) ?? Keep(ref _indicatorList, AllIndicators()));

    /// <summary>Gets every observation, by indicator (as <see cref="Indicators"/> orders them) then date.</summary>
    /// <remarks>The list is built when first read, from the ledger's packed storage, and kept for later reads.</remarks>
    public ValueList<Observation> Observations => ValueListMarshal.Own(Volatile.Read(ref _observationList) ?? Keep(ref _observationList, AllObservations()));

    /// <summary>Gets the measures' own planned starts and ends, by measure.</summary>
    /// <remarks>The list is built when first read and kept for later reads.</remarks>
    public ValueList<MeasurePlan> Plans => ValueListMarshal.Own(Volatile.Read(ref _planList) ?? Keep(ref _planList, [.. _plans.OfType<MeasurePlan>()]));

    /// <summary>Gets who has committed to which measure, withdrawn commitments included, in the order the draft gave them.</summary>
    public ValueList<Commitment> Commitments => ValueListMarshal.Own(_commitments);

    /// <summary>Gets a value indicating whether a measure may have several leads on one day (rule COM004).</summary>
    public bool AllowsCoLeads { get; }

    /// <summary>
    /// Gets how the ledger is rolled up when a caller gives no options: its weights, unknown policy and tolerance,
    /// <see cref="ProgressOptions.Default"/> unless its draft or its document set them.
    /// </summary>
    public ProgressOptions RollupSettings { get; }

    /// <summary>Builds a ledger from a draft, after checking every ledger rule.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    /// <exception cref="RuleViolationException">A rule is broken; the exception lists every violation with its code and path.</exception>
    public static Ledger Create(LedgerDraft draft)
    {
        LedgerAssembly.Build(draft, out var ledger).ThrowIfInvalid();
        return ledger!;
    }

    /// <summary>Builds a ledger from a draft when it is valid.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="ledger">The ledger, when the draft is valid.</param>
    /// <param name="result">Every violation found, as <see cref="Validate"/> gives them; valid when <paramref name="ledger"/> was built.</param>
    /// <returns><see langword="true"/> when the draft is valid and the ledger was built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public static bool TryCreate(LedgerDraft draft, [NotNullWhen(true)] out Ledger? ledger, out ValidationResult result)
    {
        result = LedgerAssembly.Build(draft, out ledger);
        return ledger is not null;
    }

    /// <summary>
    /// Checks a draft against every ledger rule: reports, indicators and plans on the programme's measures (LED001),
    /// one report per measure and day (LED002), nothing before launch (LED003), indicators and observations that fit
    /// (LED004–LED006), one plan per measure (LED007), no missing part (LED008), own milestones numbered on from the base and
    /// within the programme's life (LED009, LED010, PRG015), lifecycle moves in order (LIF001), commitments (COM003–COM006), and
    /// a launch that can hold the programme's windows (DAT002, DAT003, SCH008).
    /// </summary>
    /// <param name="draft">The draft.</param>
    /// <returns>
    /// Every violation found, each with its code and its JSON path over the ledger document
    /// (<c>$.reports[12].status</c>); valid when there is none.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public static ValidationResult Validate(LedgerDraft draft) => LedgerAssembly.Build(draft, out _);

    /// <summary>Starts an empty national ledger of a programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public static Ledger National(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return Create(new LedgerDraft { Programme = programme });
    }

    /// <summary>Starts an empty territorial ledger of a programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="territory">The territory.</param>
    /// <param name="launchDate">The territory's own launch date, or <see langword="null"/> to use the programme's.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> or <paramref name="territory"/> is null.</exception>
    /// <exception cref="RuleViolationException">The launch date cannot hold the programme's windows (DAT002, DAT003, SCH008).</exception>
    public static Ledger ForTerritory(Programme programme, Territory territory, LocalDate? launchDate = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(territory);
        return Create(new LedgerDraft { Programme = programme, Territory = territory, LaunchDate = launchDate });
    }

    /// <summary>Determines whether two ledgers hold the same data.</summary>
    /// <param name="left">The first ledger.</param>
    /// <param name="right">The second ledger.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Ledger? left, Ledger? right) => Equals(left, right);

    /// <summary>Determines whether two ledgers differ.</summary>
    /// <param name="left">The first ledger.</param>
    /// <param name="right">The second ledger.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Ledger? left, Ledger? right) => !Equals(left, right);

    /// <summary>Gets the draft of this ledger, to derive a variant.</summary>
    /// <returns>A draft that builds a ledger equal to this one.</returns>
    /// <remarks>
    /// The draft's lists are the ledger's own when they have been read; otherwise they are built for the draft alone,
    /// and the ledger does not keep them.
    /// </remarks>
    public LedgerDraft ToDraft() => new()
    {
        Programme = Programme,
        Territory = Territory,
        LaunchDate = LaunchDate == Programme.LaunchDate ? null : LaunchDate,
        Reports = ValueListMarshal.Own(Volatile.Read(ref _reportList) ?? AllReports()),
        Indicators = ValueListMarshal.Own(Volatile.Read(ref _indicatorList) ?? AllIndicators()),
        Observations = ValueListMarshal.Own(Volatile.Read(ref _observationList) ?? AllObservations()),
        Plans = ValueListMarshal.Own(Volatile.Read(ref _planList) ?? [.. _plans.OfType<MeasurePlan>()]),
        Commitments = ValueListMarshal.Own(_commitments),
        AllowsCoLeads = AllowsCoLeads,
        Milestones = ValueListMarshal.Own(_milestones),
        RollupSettings = RollupSettings,
    };

    /// <summary>Gets the reports on one measure, in date order.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The reports; empty when the measure has none yet.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public ValueList<MeasureReport> ReportsOf(MeasureNumber measure) =>
        TryGetReportsOf(measure, out var reports) ? reports : throw Programme.NoMeasure(measure);

    /// <summary>Gets the reports on one measure, in date order, when the programme has the measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="reports">The reports, empty when the measure has none yet; empty when the programme lacks the measure.</param>
    /// <returns>
    /// <see langword="true"/> when the programme has the measure, whether or not it has reports;
    /// <see langword="false"/> when it lacks it, where <see cref="ReportsOf"/> throws.
    /// </returns>
    public bool TryGetReportsOf(MeasureNumber measure, out ValueList<MeasureReport> reports)
    {
        if (!Programme.HasMeasure(measure))
        {
            reports = [];
            return false;
        }

        var m = measure.Value - 1;
        var all = new MeasureReport[_reports[m].Length];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = ReportAt(m, i);
        }

        reports = ValueListMarshal.Own(all);
        return true;
    }

    /// <summary>Gets the latest report on a measure on or before a date.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The report, or <see langword="null"/> when the measure has none on or before the date.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public MeasureReport? LatestReport(MeasureNumber measure, LocalDate asOf) =>
        TryGetLatestReport(measure, asOf, out var report) ? report : throw Programme.NoMeasure(measure);

    /// <summary>Gets the latest report on a measure on or before a date, when the programme has the measure.</summary>
    /// <remarks>
    /// As every <c>TryGet…</c> lookup, it returns <see langword="false"/> exactly where its throwing form throws: for a
    /// measure the programme lacks. A measure with no report yet is known, so it returns <see langword="true"/> with a
    /// <see langword="null"/> report, as <see cref="LatestReport"/> returns <see langword="null"/>.
    /// </remarks>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="report">
    /// The report, or <see langword="null"/> when the measure has none on or before the date or the programme lacks the
    /// measure.
    /// </param>
    /// <returns><see langword="true"/> when the programme has the measure, whether or not it has a report by then.</returns>
    public bool TryGetLatestReport(MeasureNumber measure, LocalDate asOf, out MeasureReport? report)
    {
        report = null;
        if (!Programme.HasMeasure(measure))
        {
            return false;
        }

        var index = Search.LastOnOrBefore(_reports[measure.Value - 1], PackedDate.Pack(asOf));
        report = index < 0 ? null : ReportAt(measure.Value - 1, index);
        return true;
    }

    /// <summary>Gets the observations of one indicator, in date order.</summary>
    /// <param name="indicator">The indicator's identifier.</param>
    /// <returns>The observations; empty when the ledger has no such indicator.</returns>
    public ValueList<Observation> ObservationsOf(string indicator)
    {
        foreach (var tracks in _tracks)
        {
            foreach (var track in tracks)
            {
                if (string.Equals(track.Indicator.Id, indicator, StringComparison.Ordinal))
                {
                    return ValueList.CreateRange(track.Observations.Select(o => new Observation(indicator, PackedDate.Unpack(o.Date), o.Value)));
                }
            }
        }

        return [];
    }

    /// <summary>Returns the ledger with one more report, checked against every ledger rule.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The new ledger; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="RuleViolationException">The report breaks LED001, LED002, LED003 or LIF001.</exception>
    public Ledger Add(MeasureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Guard.Throw(LedgerRules.MeasureKnown(Programme, report.Measure, "report", "rapport", PartPath.Root), nameof(report));
        Guard.Throw(LedgerRules.AfterLaunch(LaunchDate, report.Date, "report", "ce rapport", PartPath.Root), nameof(report));
        var m = report.Measure.Value - 1;
        var entries = _reports[m];
        var date = PackedDate.Pack(report.Date);
        var before = Search.LastOnOrBefore(entries, date);
        Guard.Throw(LedgerRules.OneReportPerDay(before >= 0 && entries[before].Date == date, report, PartPath.Root), nameof(report));
        Guard.Throw(Lifecycle.Check(before < 0 ? Lifecycle.Initial : entries[before].Status, report.Status, PartPath.Root), nameof(report));
        if (before + 1 < entries.Length)
        {
            Guard.Throw(Lifecycle.Check(report.Status, entries[before + 1].Status, PartPath.Root), nameof(report));
        }

        // Insert, then carry declared progress and first effects forward from the new entry on.
        var updated = new ReportEntry[entries.Length + 1];
        Array.Copy(entries, updated, before + 1);
        updated[before + 1] = ReportEntry.From(report, before < 0 ? null : entries[before]);
        for (var i = before + 1; i < entries.Length; i++)
        {
            updated[i + 1] = entries[i].Recarry(updated[i]);
        }

        var reports = (ReportEntry[][])_reports.Clone();
        reports[m] = updated;
        var comments = _comments;
        if (report.Comment is { } text)
        {
            comments = (CommentEntry[][])_comments.Clone();
            comments[m] = [.. _comments[m].Append(new CommentEntry(date, text)).OrderBy(c => c.Date)];
        }

        return new Ledger(Programme, Territory, LaunchDate, Schedule, reports, comments, _tracks, _plans, _commitments, AllowsCoLeads, _milestones, RollupSettings);
    }

    /// <summary>Returns the ledger with more reports, each checked against every ledger rule.</summary>
    /// <param name="reports">The reports, in any order.</param>
    /// <returns>The new ledger; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="RuleViolationException">A report breaks a ledger rule; the exception lists every violation.</exception>
    public Ledger AddRange(IEnumerable<MeasureReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var draft = ToDraft();
        return Create(draft with { Reports = [.. draft.Reports, .. reports] });
    }

    /// <summary>Returns the ledger with one more indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The new ledger; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="RuleViolationException">The indicator breaks LED001 or LED004.</exception>
    public Ledger WithIndicator(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var draft = ToDraft();
        return Create(draft with { Indicators = [.. draft.Indicators, indicator] });
    }

    /// <summary>Returns the ledger with one more observation.</summary>
    /// <param name="observation">The observation.</param>
    /// <returns>The new ledger; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
    /// <exception cref="RuleViolationException">The observation breaks LED003, LED005 or LED006.</exception>
    public Ledger Observe(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var draft = ToDraft();
        return Create(draft with { Observations = [.. draft.Observations, observation] });
    }

    /// <summary>Returns the ledger with a measure's own plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The new ledger; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="RuleViolationException">The plan breaks LED001 or LED007.</exception>
    public Ledger WithPlan(MeasurePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var draft = ToDraft();
        return Create(draft with { Plans = [.. draft.Plans, plan] });
    }

    /// <inheritdoc/>
    public bool Equals(Ledger? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || LaunchDate != other.LaunchDate || !Equals(Territory, other.Territory) || !Programme.Equals(other.Programme)
            || AllowsCoLeads != other.AllowsCoLeads || !_commitments.AsSpan().SequenceEqual(other._commitments)
            || !_milestones.AsSpan().SequenceEqual(other._milestones) || !RollupSettings.Equals(other.RollupSettings))
        {
            return false;
        }

        for (var m = 0; m < _reports.Length; m++)
        {
            if (!_reports[m].AsSpan().SequenceEqual(other._reports[m])
                || !_comments[m].AsSpan().SequenceEqual(other._comments[m])
                || !Equals(_plans[m], other._plans[m])
                || _tracks[m].Length != other._tracks[m].Length)
            {
                return false;
            }

            for (var t = 0; t < _tracks[m].Length; t++)
            {
                if (!_tracks[m][t].SameAs(other._tracks[m][t]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Ledger other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Programme.Id, Territory, LaunchDate, ReportCount);

    /// <summary>Returns the scope and the number of reports, such as <c>odd17-2020 13 Bouches-du-Rhône: 3276 reports</c>.</summary>
    /// <returns>The ledger as text.</returns>
    public override string ToString() => $"{Programme.Id} {(Territory is null ? "national" : Territory.ToString())}: {ReportCount} reports";

    /// <summary>Keeps a list built for a property, or the one another thread kept first: both hold the same items.</summary>
    private static T[] Keep<T>(ref T[]? field, T[] built) => Interlocked.CompareExchange(ref field, built, null) ?? built;

    private MeasureReport[] AllReports()
    {
        var all = new MeasureReport[ReportCount];
        var next = 0;
        for (var m = 0; m < _reports.Length; m++)
        {
            for (var i = 0; i < _reports[m].Length; i++)
            {
                all[next++] = ReportAt(m, i);
            }
        }

        return all;
    }

    private Indicator[] AllIndicators() => [.. _tracks.SelectMany(t => t).Select(t => t.Indicator)];

    private Observation[] AllObservations() =>
        [.. _tracks.SelectMany(t => t).SelectMany(t => t.Observations.Select(o => new Observation(t.Indicator.Id, PackedDate.Unpack(o.Date), o.Value)))];

    private MeasureReport ReportAt(int m, int i)
    {
        ref readonly var entry = ref _reports[m][i];
        var comment = Search.Exactly(_comments[m], entry.Date);
        return new MeasureReport(
            new MeasureNumber(m + 1),
            PackedDate.Unpack(entry.Date),
            entry.Status,
            entry.DeclaresProgress ? ProgressPacking.Unpack(entry.CarriedProgress) : null,
            entry.Health,
            comment < 0 ? null : _comments[m][comment].Text,
            PackedDate.UnpackOptional(entry.NextDue),
            entry.StatesEffects ? PackedDate.Unpack(entry.CarriedEffects) : null);
    }
}

using Alliances.Domain.Progress;
using NodaTime;

namespace Alliances.Domain.Testing;

/// <summary>
/// Builds ledgers for tests: reports on every measure at a regular cadence, following a progress curve, with lifecycle
/// statuses that only make legal moves. Valid by default; the same seed gives the same ledger.
/// </summary>
/// <remarks>
/// <para>
/// Along its curve, a measure is not started at 0 %, in progress below 40 %, shows effects from 40 % (and the report
/// that first says so states when they were observed, a few days earlier), and is completed at 100 %, after which it
/// reports no more. A status moves one step per report, so no move is ever illegal (rule LIF001). Cancellations and
/// suspensions can be asked for.
/// </para>
/// <para>
/// By default each measure follows a straight line from its dimension's window opening to 10 % beyond the end of the
/// core-results window, scaled by <see cref="WithPace"/>. Builders are immutable: each method returns a new builder.
/// </para>
/// </remarks>
public sealed class LedgerBuilder
{
    /// <summary>The progress from which a measure shows effects.</summary>
    public const double EffectsThreshold = 40;

    private readonly Settings _settings;

    /// <summary>Starts a national ledger of a programme: monthly reports over three years from launch, seed 2020.</summary>
    /// <param name="programme">The programme.</param>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public LedgerBuilder(Programme programme)
        : this(new Settings(programme ?? throw new ArgumentNullException(nameof(programme))))
    {
    }

    private LedgerBuilder(Settings settings)
    {
        _settings = settings;
    }

    /// <summary>Makes the ledger territorial.</summary>
    /// <param name="territory">The territory.</param>
    /// <param name="launch">The territory's own launch date, or <see langword="null"/> for the programme's.</param>
    /// <returns>The builder.</returns>
    public LedgerBuilder ForTerritory(Territory territory, LocalDate? launch = null) =>
        new(_settings with { Territory = territory ?? throw new ArgumentNullException(nameof(territory)), Launch = launch });

    /// <summary>Reports from one day to another, both included.</summary>
    /// <param name="from">The first possible report day; never before launch.</param>
    /// <param name="to">The last possible report day.</param>
    /// <returns>The builder.</returns>
    public LedgerBuilder ReportingBetween(LocalDate from, LocalDate to) => new(_settings with { From = from, To = to });

    /// <summary>Reports every <paramref name="cadence"/>.</summary>
    /// <param name="cadence">The time between two reports of a measure, such as <c>Period.FromWeeks(1)</c>.</param>
    /// <returns>The builder.</returns>
    public LedgerBuilder Every(Period cadence) => new(_settings with { Cadence = cadence ?? throw new ArgumentNullException(nameof(cadence)) });

    /// <summary>Reports every week.</summary>
    /// <returns>The builder.</returns>
    public LedgerBuilder Weekly() => Every(Period.FromWeeks(1));

    /// <summary>Reports every month.</summary>
    /// <returns>The builder.</returns>
    public LedgerBuilder Monthly() => Every(Period.FromMonths(1));

    /// <summary>Sets the seed of everything random: report days' jitter, comments, which reports declare a figure.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The builder.</returns>
    public LedgerBuilder WithSeed(int seed) => new(_settings with { Seed = seed });

    /// <summary>Stretches the default curves: above 1 is faster, below 1 slower.</summary>
    /// <param name="pace">The pace, above 0.</param>
    /// <returns>The builder.</returns>
    public LedgerBuilder WithPace(double pace)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pace);
        return new(_settings with { Pace = pace });
    }

    /// <summary>Makes every measure follow one curve.</summary>
    /// <param name="curve">The curve.</param>
    /// <returns>The builder.</returns>
    public LedgerBuilder FollowingCurve(ProgressCurve curve) => new(_settings with { Curve = curve ?? throw new ArgumentNullException(nameof(curve)) });

    /// <summary>Makes one measure follow its own curve.</summary>
    /// <param name="measure">The measure number.</param>
    /// <param name="curve">The curve.</param>
    /// <returns>The builder.</returns>
    public LedgerBuilder FollowingCurve(int measure, ProgressCurve curve) =>
        new(_settings with { Curves = [.. _settings.Curves, (measure, curve ?? throw new ArgumentNullException(nameof(curve)))] });

    /// <summary>Cancels a measure on the first report on or after a day.</summary>
    /// <param name="measure">The measure number.</param>
    /// <param name="on">The day.</param>
    /// <returns>The builder.</returns>
    public LedgerBuilder Cancelling(int measure, LocalDate on) => new(_settings with { Cancellations = [.. _settings.Cancellations, (measure, on)] });

    /// <summary>Suspends a started measure over a stretch of days; it resumes in progress after.</summary>
    /// <param name="measure">The measure number.</param>
    /// <param name="from">The first day of the suspension.</param>
    /// <param name="until">The day it resumes.</param>
    /// <returns>The builder.</returns>
    public LedgerBuilder Suspending(int measure, LocalDate from, LocalDate until) =>
        new(_settings with { Suspensions = [.. _settings.Suspensions, (measure, from, until)] });

    /// <summary>Adds one indicator to each of the given measures, observed at every report along the measure's curve.</summary>
    /// <param name="measures">The measure numbers.</param>
    /// <returns>The builder.</returns>
    public LedgerBuilder WithIndicators(params int[] measures) => new(_settings with { IndicatorMeasures = ValueList.CreateRange(measures) });

    /// <summary>Sets the share of reports that carry a comment.</summary>
    /// <param name="share">From 0 to 1; 0 by default.</param>
    /// <returns>The builder.</returns>
    public LedgerBuilder WithComments(double share) => new(_settings with { CommentShare = Math.Clamp(share, 0, 1) });

    /// <summary>Sets the share of reports that declare a figure; the others declare none.</summary>
    /// <param name="share">From 0 to 1; 1 by default.</param>
    /// <returns>The builder.</returns>
    public LedgerBuilder DeclaringProgress(double share) => new(_settings with { DeclareShare = Math.Clamp(share, 0, 1) });

    /// <summary>Commits an actor to a measure in a role, from a day and, optionally, until one.</summary>
    /// <param name="actor">Who takes the measure on.</param>
    /// <param name="measure">The measure number.</param>
    /// <param name="role">The part the actor takes.</param>
    /// <param name="from">The first day the commitment holds.</param>
    /// <param name="until">The last day it holds; open-ended when null.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="Validation.RuleViolationException">The commitment breaks a rule of its own (MEA001, COM001, DAT002, DAT003).</exception>
    public LedgerBuilder Committing(Actor actor, int measure, CommitmentRole role, LocalDate from, LocalDate? until = null) =>
        Committing(new Commitment(actor, new MeasureNumber(measure), role, from, until));

    /// <summary>Adds a commitment as it is, withdrawn or not; the ledger checks it against the others when built.</summary>
    /// <param name="commitment">The commitment.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is null.</exception>
    public LedgerBuilder Committing(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return new(_settings with { Commitments = [.. _settings.Commitments, commitment] });
    }

    /// <summary>Lets a measure have several leads on one day (rule COM004).</summary>
    /// <returns>The builder.</returns>
    public LedgerBuilder AllowingCoLeads() => new(_settings with { AllowsCoLeads = true });

    /// <summary>
    /// Adds a milestone of the ledger's own, such as a territory's forum, numbered on from the programme's base and the
    /// milestones added before it (rule LED009).
    /// </summary>
    /// <param name="title">What happens.</param>
    /// <param name="date">When it happens, as precisely as known; within the programme's life (rule LED010).</param>
    /// <param name="kind">What kind of event it is; a meeting by default.</param>
    /// <param name="serves">The measures it serves, by number; none by default.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="date"/> is null.</exception>
    /// <exception cref="Validation.RuleViolationException">A measure number is below 1 (MEA001) or above 999 (MEA010).</exception>
    public LedgerBuilder AddingMilestone(LocalizedText title, ImpreciseDate date, MilestoneKind kind = MilestoneKind.Meeting, params ReadOnlySpan<int> serves)
    {
        var measures = new MeasureNumber[serves.Length];
        for (var i = 0; i < serves.Length; i++)
        {
            measures[i] = new MeasureNumber(serves[i]);
        }

        var sequence = _settings.Programme.Milestones.Count + _settings.Milestones.Count + 1;
        return AddingMilestone(new Milestone(sequence, title, kind, date, serves: ValueList.Create<MeasureNumber>(measures)));
    }

    /// <summary>Adds a milestone of the ledger's own as it is, its sequence number included; the ledger checks it when built.</summary>
    /// <param name="milestone">The milestone.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestone"/> is null.</exception>
    public LedgerBuilder AddingMilestone(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return new(_settings with { Milestones = [.. _settings.Milestones, milestone] });
    }

    /// <summary>Builds the reports, indicators and observations as a draft, with the commitments and milestones given.</summary>
    /// <returns>The draft.</returns>
    public LedgerDraft BuildDraft() =>
        Generation.Draft(_settings) with { Commitments = _settings.Commitments, AllowsCoLeads = _settings.AllowsCoLeads, Milestones = _settings.Milestones };

    /// <summary>Builds the ledger.</summary>
    /// <returns>The ledger, valid against every ledger rule.</returns>
    public Ledger Build() => Ledger.Create(BuildDraft());

    /// <summary>Everything a builder is told.</summary>
    private sealed record Settings(Programme Programme)
    {
        public Territory? Territory { get; init; }

        public LocalDate? Launch { get; init; }

        public LocalDate? From { get; init; }

        public LocalDate? To { get; init; }

        public Period Cadence { get; init; } = Period.FromMonths(1);

        public int Seed { get; init; } = 2020;

        public double Pace { get; init; } = 1;

        public ProgressCurve? Curve { get; init; }

        public ValueList<(int Measure, ProgressCurve Curve)> Curves { get; init; }

        public ValueList<(int Measure, LocalDate On)> Cancellations { get; init; }

        public ValueList<(int Measure, LocalDate From, LocalDate Until)> Suspensions { get; init; }

        public ValueList<int> IndicatorMeasures { get; init; }

        public ValueList<Commitment> Commitments { get; init; }

        public bool AllowsCoLeads { get; init; }

        public ValueList<Milestone> Milestones { get; init; }

        public double CommentShare { get; init; }

        public double DeclareShare { get; init; } = 1;
    }

    /// <summary>The generation itself.</summary>
    private static class Generation
    {
        private static readonly string[] Comments =
        [
            "Comité local réuni", "Convention signée avec la région", "Atelier avec les associations du territoire",
            "Retard lié à la crise sanitaire", "Deux entreprises ont rejoint la démarche", "Relance des partenaires « pionniers »",
        ];

        internal static LedgerDraft Draft(Settings s)
        {
            var programme = s.Programme;
            var launch = s.Launch ?? programme.LaunchDate;
            var schedule = programme.Schedule(launch);
            var from = s.From is { } f && f > launch ? f : launch;
            var to = s.To ?? launch.PlusYears(3);
            var random = new Random(s.Seed);
            var reports = new List<MeasureReport>();
            var observations = new List<Observation>();
            var indicators = new List<Indicator>();
            foreach (var measure in programme.Measures)
            {
                var m = measure.Number.Value;
                var curve = s.Curves.Where(c => c.Measure == m).Select(c => c.Curve).LastOrDefault() ?? s.Curve ?? DefaultCurve(schedule, measure.Dimension, s.Pace);
                Indicator? indicator = null;
                if (s.IndicatorMeasures.Contains(m))
                {
                    indicator = new Indicator(
                        $"indicator-{m}", measure.Number, new LocalizedText($"Indicateur de la mesure {m}", $"Indicator of measure {m}"), "points",
                        IndicatorDirection.HigherIsBetter, new IndicatorPoint(0, launch), new IndicatorPoint(100, schedule.ResultsWindow.End));
                    indicators.Add(indicator);
                }

                var status = Lifecycle.Initial;
                var cancelOn = s.Cancellations.Where(c => c.Measure == m).Select(c => (LocalDate?)c.On).FirstOrDefault();
                var suspension = s.Suspensions.Where(x => x.Measure == m).Select(x => ((LocalDate From, LocalDate Until)?)(x.From, x.Until)).FirstOrDefault();
                var step = 0;
                for (var day = from; day <= to; day = from.Plus(Times(s.Cadence, ++step)))
                {
                    // Jitter a report by up to two days, never onto or past the next one's nominal day.
                    var room = Period.DaysBetween(day, from.Plus(Times(s.Cadence, step + 1))) - 1;
                    var date = day.PlusDays(random.Next(0, Math.Clamp(room, 0, 2) + 1));
                    if (date > to)
                    {
                        break;
                    }

                    var points = Math.Round(curve.PointsOn(date));
                    var declared = random.NextDouble() < s.DeclareShare;
                    var comment = random.NextDouble() < s.CommentShare ? Comments[random.Next(Comments.Length)] : null;
                    if (cancelOn is { } cancel && date >= cancel)
                    {
                        reports.Add(new MeasureReport(measure.Number, date, LifecycleStatus.Cancelled, comment: comment));
                        break;
                    }

                    if (suspension is { } pause && date >= pause.From && date < pause.Until)
                    {
                        if (status is LifecycleStatus.InProgress or LifecycleStatus.EffectsObserved or LifecycleStatus.Suspended)
                        {
                            status = LifecycleStatus.Suspended;
                            reports.Add(new MeasureReport(measure.Number, date, status, comment: comment, nextUpdateDue: date.Plus(s.Cadence)));
                        }

                        continue;
                    }

                    var next = Step(status, points);
                    LocalDate? effects = null;
                    if (next == LifecycleStatus.EffectsObserved && status != LifecycleStatus.EffectsObserved)
                    {
                        var observed = date.PlusDays(-random.Next(1, 8));
                        effects = observed < launch ? launch : observed;
                    }

                    var progress = next == LifecycleStatus.Completed ? 100 : points;
                    reports.Add(new MeasureReport(
                        measure.Number,
                        date,
                        next,
                        declared ? new Percentage(progress) : null,
                        HealthOf(progress, schedule, launch, date),
                        comment,
                        next == LifecycleStatus.Completed ? null : date.Plus(s.Cadence),
                        effects));
                    if (indicator is not null)
                    {
                        observations.Add(new Observation(indicator.Id, date, Math.Round(progress + ((random.NextDouble() - 0.5) * 4), 1)));
                    }

                    status = next;
                    if (status == LifecycleStatus.Completed)
                    {
                        break;
                    }
                }
            }

            return new LedgerDraft
            {
                Programme = programme,
                Territory = s.Territory,
                LaunchDate = s.Launch,
                Reports = ValueList.CreateRange(reports),
                Indicators = ValueList.CreateRange(indicators),
                Observations = ValueList.CreateRange(observations),
            };
        }

        /// <summary>A period repeated n times, counted from the same start so months do not drift.</summary>
        private static Period Times(Period period, int n) => new PeriodBuilder
        {
            Years = period.Years * n,
            Months = period.Months * n,
            Weeks = period.Weeks * n,
            Days = period.Days * n,
        }.Build();

        /// <summary>One legal step from a status towards the status a progress calls for.</summary>
        private static LifecycleStatus Step(LifecycleStatus current, double points)
        {
            var wanted = points <= 0 ? LifecycleStatus.NotStarted
                : points < EffectsThreshold ? LifecycleStatus.InProgress
                : points < 100 ? LifecycleStatus.EffectsObserved
                : LifecycleStatus.Completed;
            return current switch
            {
                LifecycleStatus.Suspended => LifecycleStatus.InProgress,
                LifecycleStatus.NotStarted when wanted > LifecycleStatus.NotStarted => LifecycleStatus.InProgress,
                LifecycleStatus.InProgress when wanted >= LifecycleStatus.EffectsObserved => LifecycleStatus.EffectsObserved,
                LifecycleStatus.EffectsObserved when wanted == LifecycleStatus.Completed => LifecycleStatus.Completed,
                _ => current,
            };
        }

        private static ProgressCurve DefaultCurve(Scheduling.ProgrammeSchedule schedule, DimensionKind dimension, double pace)
        {
            var start = schedule.WindowOf(dimension).Start.PlusMonths(-2);
            var span = Period.DaysBetween(start, schedule.ResultsWindow.End) * 1.1 / pace;
            return ProgressCurve.Linear(start, start.PlusDays((int)Math.Max(30, span)));
        }

        private static Health HealthOf(double points, Scheduling.ProgrammeSchedule schedule, LocalDate launch, LocalDate date)
        {
            var expected = 100.0 * Math.Clamp((double)Period.DaysBetween(launch, date) / Period.DaysBetween(launch, schedule.ResultsWindow.End), 0, 1);
            return (points - expected) switch
            {
                >= -5 => Health.OnTrack,
                >= -15 => Health.AtRisk,
                _ => Health.OffTrack,
            };
        }
    }
}

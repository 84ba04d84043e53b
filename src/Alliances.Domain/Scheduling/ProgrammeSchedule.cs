using System.Diagnostics.CodeAnalysis;
using Alliances.Domain.Progress;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Scheduling;

/// <summary>
/// A programme's schedule for one launch date: the first-effects window of each dimension, the core-results window,
/// the check of the planned evaluation, and the schedule status of every measure at any date.
/// </summary>
/// <remarks>
/// <para>
/// The windows follow rule SCH001. The same programme can be scheduled from any launch date, as a territory that
/// starts later would be, without rebuilding it: <see cref="For(Programme, LocalDate)"/>.
/// </para>
/// <para>
/// The windows are worked out once, when the schedule is made; the queries allocate nothing. A schedule is a view of
/// its programme and compares by reference.
/// </para>
/// </remarks>
public sealed class ProgrammeSchedule
{
    private readonly DateInterval?[] _windowByKind;
    private readonly (int Start, int End)[] _packedWindowByKind;

    private ProgrammeSchedule(Programme programme, LocalDate launchDate)
    {
        Programme = programme;
        LaunchDate = launchDate;
        _windowByKind = new DateInterval?[Enum.GetValues<DimensionKind>().Length];
        _packedWindowByKind = new (int, int)[_windowByKind.Length];
        var windows = new List<DimensionWindow>(programme.Dimensions.Count);
        foreach (var dimension in programme.Dimensions)
        {
            var window = dimension.Horizon.WindowFrom(launchDate);
            _windowByKind[(int)dimension.Kind] = window;
            _packedWindowByKind[(int)dimension.Kind] = (PackedDate.Pack(window.Start), PackedDate.Pack(window.End));
            windows.Add(new DimensionWindow(dimension, window));
        }

        DimensionWindows = ValueList.CreateRange(windows);
        ResultsWindow = programme.ResultsHorizon.WindowFrom(launchDate);
        EvaluationCheck = CheckEvaluation(programme, launchDate, ResultsWindow, "$.evaluation.when");
    }

    /// <summary>Gets the programme.</summary>
    public Programme Programme { get; }

    /// <summary>Gets the launch date the windows are counted from.</summary>
    public LocalDate LaunchDate { get; }

    /// <summary>Gets each dimension's first-effects window, in the programme's order of dimensions.</summary>
    public ValueList<DimensionWindow> DimensionWindows { get; }

    /// <summary>Gets the window within which the programme's core results are expected.</summary>
    public DateInterval ResultsWindow { get; }

    /// <summary>
    /// Gets the check of the planned evaluation against this launch (rule EVA002): valid when there is no planned
    /// evaluation or when it can fall between launch and the end of the results window.
    /// </summary>
    public ValidationResult EvaluationCheck { get; }

    /// <summary>Makes the schedule of a programme from its own launch date.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    /// <exception cref="RuleViolationException">A window would end after 9999 (SCH008).</exception>
    public static ProgrammeSchedule For(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new ProgrammeSchedule(programme, programme.LaunchDate);
    }

    /// <summary>Makes the schedule of a programme launched at another date, such as a territory that starts later.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="launchDate">The launch date to count from.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    /// <exception cref="RuleViolationException">The launch is outside the ISO calendar or years 1–9999 (DAT002, DAT003), or a window would end after 9999 (SCH008).</exception>
    public static ProgrammeSchedule For(Programme programme, LocalDate launchDate)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new ProgrammeSchedule(programme, launchDate);
    }

    /// <summary>Gets the first-effects window of a dimension.</summary>
    /// <param name="kind">The kind of the dimension.</param>
    /// <returns>The window, both days included.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no dimension of that kind.</exception>
    public DateInterval WindowOf(DimensionKind kind) =>
        (uint)kind < (uint)_windowByKind.Length && _windowByKind[(int)kind] is { } window
            ? window
            : throw new KeyNotFoundException($"Programme {Programme.Id} has no {kind} dimension.");

    /// <summary>Gets the first-effects window of a measure: its dimension's.</summary>
    /// <param name="measure">The measure number.</param>
    /// <returns>The window, both days included.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public DateInterval WindowOf(MeasureNumber measure) =>
        TryGetWindowOf(measure, out var window) ? window : throw Programme.NoMeasure(measure);

    /// <summary>Gets the first-effects window of a measure, its dimension's, when the programme has the measure.</summary>
    /// <param name="measure">The measure number.</param>
    /// <param name="window">The window, both days included; <see langword="null"/> when the programme lacks the measure.</param>
    /// <returns><see langword="true"/> when the programme has the measure; <see langword="false"/> where <see cref="WindowOf(MeasureNumber)"/> throws.</returns>
    public bool TryGetWindowOf(MeasureNumber measure, [NotNullWhen(true)] out DateInterval? window)
    {
        window = Programme.TryGetMeasure(measure, out var found) ? WindowOf(found.Dimension) : null;
        return window is not null;
    }

    /// <summary>
    /// Works out where a measure stands at a date (rules SCH002 to SCH007), given the day its first effects were
    /// recorded, if any. First effects recorded after <paramref name="asOf"/> are not yet known at that date and are
    /// ignored.
    /// </summary>
    /// <param name="measure">The measure number.</param>
    /// <param name="asOf">The date to judge at.</param>
    /// <param name="firstEffects">The day first effects were recorded, or <see langword="null"/> when they were not.</param>
    /// <returns>The status, with the window and the first effects counted.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public MeasureScheduleStatus StatusOf(MeasureNumber measure, LocalDate asOf, LocalDate? firstEffects = null) =>
        TryGetStatusOf(measure, asOf, out var status, firstEffects) ? status : throw Programme.NoMeasure(measure);

    /// <summary>Works out where a measure stands at a date (rules SCH002 to SCH007), when the programme has the measure.</summary>
    /// <param name="measure">The measure number.</param>
    /// <param name="asOf">The date to judge at.</param>
    /// <param name="status">The status, as <see cref="StatusOf"/> gives it; <c>default</c> when the programme lacks the measure.</param>
    /// <param name="firstEffects">The day first effects were recorded, or <see langword="null"/> when they were not.</param>
    /// <returns><see langword="true"/> when the programme has the measure; <see langword="false"/> where <see cref="StatusOf"/> throws.</returns>
    public bool TryGetStatusOf(MeasureNumber measure, LocalDate asOf, out MeasureScheduleStatus status, LocalDate? firstEffects = null)
    {
        if (!Programme.TryGetMeasure(measure, out var found))
        {
            status = default;
            return false;
        }

        var window = WindowOf(found.Dimension);
        var known = firstEffects is { } e && e <= asOf ? firstEffects : null;
        status = new MeasureScheduleStatus(measure, found.Dimension, Classify(window, asOf, known), window, known);
        return true;
    }

    /// <summary>Works out every measure's status at a date, and how many measures have each.</summary>
    /// <param name="asOf">The date to judge at.</param>
    /// <param name="firstEffects">The day first effects were recorded, by measure; measures it leaves out have none.</param>
    /// <returns>The snapshot.</returns>
    public ScheduleSnapshot StatusesAt(LocalDate asOf, IReadOnlyDictionary<MeasureNumber, LocalDate>? firstEffects = null)
    {
        var statuses = new MeasureScheduleStatus[Programme.Measures.Count];
        for (var i = 0; i < statuses.Length; i++)
        {
            var number = Programme.Measures[i].Number;
            LocalDate? effects = firstEffects is not null && firstEffects.TryGetValue(number, out var day) ? day : null;
            statuses[i] = StatusOf(number, asOf, effects);
        }

        return new ScheduleSnapshot(asOf, ValueListMarshal.Own(statuses));
    }

    /// <summary>Checks the planned evaluation against a launch date and its results window (rule EVA002).</summary>
    internal static ValidationResult CheckEvaluation(Programme programme, LocalDate launch, DateInterval results, string path) =>
        CheckEvaluation(programme.Evaluation, launch, results, path);

    /// <summary>Checks a planned evaluation against a launch date and its results window (rule EVA002).</summary>
    internal static ValidationResult CheckEvaluation(PlannedEvaluation? evaluation, LocalDate launch, DateInterval results, string path)
    {
        if (evaluation is null || (evaluation.When.Latest >= launch && evaluation.When.Earliest <= results.End))
        {
            return ValidationResult.Valid;
        }

        return new ValidationResult([new RuleViolation(
            Rules.EvaluationWithinProgramme,
            $"The planned evaluation can fall between the launch ({DateText.Iso(launch)}) and the end of the core-results window ({DateText.Iso(results.End)}); {evaluation.When.ToNaturalText(Language.English)} lies outside.",
            $"L’évaluation prévue peut tomber entre le lancement ({DateText.Iso(launch)}) et la fin de la fenêtre des résultats de fond ({DateText.Iso(results.End)})\u202F; {evaluation.When.ToNaturalText(Language.French)} est en dehors.",
            path)]);
    }

    /// <summary>
    /// The rule of <see cref="StatusOf(MeasureNumber, LocalDate, LocalDate?)"/> over packed days, for the rollups:
    /// no lookup and no date built. The dimension must be one of the programme's.
    /// </summary>
    internal ScheduleStatus Classify(DimensionKind kind, int asOf, int firstEffects)
    {
        var (start, end) = _packedWindowByKind[(int)kind];
        if (firstEffects != PackedDate.None && firstEffects <= asOf)
        {
            return firstEffects < start ? ScheduleStatus.Early : firstEffects > end ? ScheduleStatus.Late : ScheduleStatus.OnTime;
        }

        return asOf < start ? ScheduleStatus.NotDue : asOf > end ? ScheduleStatus.Overdue : ScheduleStatus.Due;
    }

    private static ScheduleStatus Classify(DateInterval window, LocalDate asOf, LocalDate? firstEffects)
    {
        if (firstEffects is { } e)
        {
            return e < window.Start ? ScheduleStatus.Early : e > window.End ? ScheduleStatus.Late : ScheduleStatus.OnTime;
        }

        return asOf < window.Start ? ScheduleStatus.NotDue : asOf > window.End ? ScheduleStatus.Overdue : ScheduleStatus.Due;
    }
}

using Alliances.Domain.Progress;
using NodaTime;

namespace Alliances.Domain.Scheduling;

/// <summary>
/// Answers "what has happened, what is next?" over a set of milestones, at a given date or at today's date from an
/// <see cref="IClock"/>.
/// </summary>
/// <remarks>
/// <para>
/// A milestone is past when its latest possible day is before the date, upcoming when its earliest possible day is
/// after it, and otherwise happening (a settled day or span that includes the date) or uncertain (the date is one of
/// the days it may fall on). See <see cref="MilestoneTiming"/>.
/// </para>
/// <para>
/// The library never reads the system clock: "today" is the date an <see cref="IClock"/> gives in
/// <see cref="TimeZone"/>, Europe/Paris unless said otherwise. The milestones are sorted once, when the calendar is
/// made; <see cref="PastAt(LocalDate)"/>, <see cref="UpcomingAt(LocalDate)"/>, <see cref="NextAt(LocalDate)"/> and
/// <see cref="DaysUntilNextAt(LocalDate)"/> then search without allocating.
/// </para>
/// </remarks>
public sealed class MilestoneCalendar
{
    private readonly Milestone[] _byLatest;
    private readonly Milestone[] _byEarliest;

    private MilestoneCalendar(IEnumerable<Milestone> milestones, DateTimeZone zone, ValueList<Milestone> additions = default)
    {
        Additions = additions;
        Milestones = ValueList.CreateRange(milestones.Concat(additions).Order(Milestone.DisplayOrder));
        _byEarliest = Milestones.ToArray();
        _byLatest = Milestones.OrderBy(m => m.Date.Latest).ThenBy(m => m, Milestone.DisplayOrder).ToArray();
        TimeZone = zone;
    }

    /// <summary>Gets the milestones in display order (earliest possible day, latest, sequence).</summary>
    public ValueList<Milestone> Milestones { get; }

    /// <summary>
    /// Gets the milestones a ledger adds to its programme's base, in sequence order, which <see cref="Milestones"/>
    /// includes; empty for the calendar of a programme or of any milestones.
    /// </summary>
    public ValueList<Milestone> Additions { get; }

    /// <summary>Gets the zone in which a clock's instant becomes today's date.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Makes the calendar of a programme's milestones, with today's date taken in Europe/Paris.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public static MilestoneCalendar For(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new MilestoneCalendar(programme.Milestones, DateTimeZoneProviders.Tzdb[Milestone.DefaultTimeZoneId]);
    }

    /// <summary>
    /// Makes the calendar of a programme's base with the milestones a ledger adds to it, such as a territory's own
    /// events, with today's date taken in Europe/Paris. <see cref="Additions"/> tells them apart.
    /// </summary>
    /// <param name="ledger">The ledger, national or territorial.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static MilestoneCalendar For(Ledger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return new MilestoneCalendar(ledger.Programme.Milestones, DateTimeZoneProviders.Tzdb[Milestone.DefaultTimeZoneId], ledger.Milestones);
    }

    /// <summary>Tells whether a milestone of the calendar is one a ledger added, rather than one of its programme's base.</summary>
    /// <param name="milestone">The milestone.</param>
    /// <returns><see langword="true"/> when it is one of <see cref="Additions"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestone"/> is null.</exception>
    public bool IsAddition(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return Additions.Contains(milestone);
    }

    /// <summary>Makes the calendar of any milestones.</summary>
    /// <param name="milestones">The milestones.</param>
    /// <param name="zone">The zone in which a clock's instant becomes today's date; Europe/Paris when null.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestones"/> or one of them is null.</exception>
    public static MilestoneCalendar For(IEnumerable<Milestone> milestones, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        var list = milestones.ToList();
        if (list.Any(m => m is null))
        {
            throw new ArgumentNullException(nameof(milestones), "The calendar's milestones hold no missing element.");
        }

        return new MilestoneCalendar(list, zone ?? DateTimeZoneProviders.Tzdb[Milestone.DefaultTimeZoneId]);
    }

    /// <summary>Gets today's date in the calendar's zone, from a clock.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>Today's date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public LocalDate Today(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InZone(TimeZone).Date;
    }

    /// <summary>Tells where a milestone stands at a date.</summary>
    /// <param name="milestone">The milestone.</param>
    /// <param name="date">The date.</param>
    /// <returns>Past, happening, uncertain or upcoming.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestone"/> is null.</exception>
    public static MilestoneTiming TimingOf(Milestone milestone, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var when = milestone.Date;
        return when.RelativeTo(date) switch
        {
            DateRelation.DefinitelyBefore => MilestoneTiming.Past,
            DateRelation.DefinitelyAfter => MilestoneTiming.Upcoming,
            _ => IsSettled(when) ? MilestoneTiming.Happening : MilestoneTiming.Uncertain,
        };
    }

    /// <summary>Gets the milestones whose every possible day is before a date, ordered by latest possible day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The past milestones; a view that allocates nothing.</returns>
    public ReadOnlySpan<Milestone> PastAt(LocalDate date) => _byLatest.AsSpan(0, CountLatestBefore(date));

    /// <summary>Gets the milestones whose every possible day is before today.</summary>
    /// <param name="clock">The clock that gives today.</param>
    /// <returns>The past milestones.</returns>
    public ReadOnlySpan<Milestone> PastAt(IClock clock) => PastAt(Today(clock));

    /// <summary>Gets the milestones whose every possible day is after a date, in display order.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The upcoming milestones; a view that allocates nothing.</returns>
    public ReadOnlySpan<Milestone> UpcomingAt(LocalDate date) => _byEarliest.AsSpan(CountEarliestOnOrBefore(date));

    /// <summary>Gets the milestones whose every possible day is after today.</summary>
    /// <param name="clock">The clock that gives today.</param>
    /// <returns>The upcoming milestones.</returns>
    public ReadOnlySpan<Milestone> UpcomingAt(IClock clock) => UpcomingAt(Today(clock));

    /// <summary>Gets the next milestone after a date: the first upcoming one in display order.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The next milestone, or <see langword="null"/> when none is upcoming.</returns>
    public Milestone? NextAt(LocalDate date)
    {
        var upcoming = UpcomingAt(date);
        return upcoming.IsEmpty ? null : upcoming[0];
    }

    /// <summary>Gets the next milestone after today.</summary>
    /// <param name="clock">The clock that gives today.</param>
    /// <returns>The next milestone, or <see langword="null"/> when none is upcoming.</returns>
    public Milestone? NextAt(IClock clock) => NextAt(Today(clock));

    /// <summary>Gets the number of days from a date to the earliest possible day of the next milestone.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The days left, 1 or more, or <see langword="null"/> when no milestone is upcoming.</returns>
    public int? DaysUntilNextAt(LocalDate date) =>
        NextAt(date) is { } next ? Period.DaysBetween(date, next.Date.Earliest) : null;

    /// <summary>Gets the number of days from today to the earliest possible day of the next milestone.</summary>
    /// <param name="clock">The clock that gives today.</param>
    /// <returns>The days left, or <see langword="null"/> when no milestone is upcoming.</returns>
    public int? DaysUntilNextAt(IClock clock) => DaysUntilNextAt(Today(clock));

    /// <summary>Gets the milestones that may fall on a date without being settled on it, in display order.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The uncertain milestones.</returns>
    public ValueList<Milestone> UncertainAt(LocalDate date) =>
        ValueList.CreateRange(Milestones.Where(m => TimingOf(m, date) == MilestoneTiming.Uncertain));

    /// <summary>Gets the milestones that may fall on today without being settled on it.</summary>
    /// <param name="clock">The clock that gives today.</param>
    /// <returns>The uncertain milestones.</returns>
    public ValueList<Milestone> UncertainAt(IClock clock) => UncertainAt(Today(clock));

    /// <summary>Gets the milestones that certainly take place on a date, in display order.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The milestones happening that day.</returns>
    public ValueList<Milestone> HappeningAt(LocalDate date) =>
        ValueList.CreateRange(Milestones.Where(m => TimingOf(m, date) == MilestoneTiming.Happening));

    /// <summary>Gets the milestones that certainly take place today.</summary>
    /// <param name="clock">The clock that gives today.</param>
    /// <returns>The milestones happening today.</returns>
    public ValueList<Milestone> HappeningAt(IClock clock) => HappeningAt(Today(clock));

    /// <summary>A date is settled when it is a confirmed day or a confirmed span: every one of its days is certain.</summary>
    private static bool IsSettled(ImpreciseDate date) =>
        !date.IsToBeConfirmed && date is ExactDay or DaySpan;

    // The platform's binary search finds each boundary: the comparables below never answer "equal", so the search
    // ends on the complement of the first index past the boundary, which is how many milestones lie before it.
    private int CountLatestBefore(LocalDate date) => ~_byLatest.AsSpan().BinarySearch(new LatestBefore(date));

    private int CountEarliestOnOrBefore(LocalDate date) => ~_byEarliest.AsSpan().BinarySearch(new EarliestOnOrBefore(date));

    /// <summary>Places a date after every milestone whose latest possible day is before it.</summary>
    private readonly struct LatestBefore(LocalDate date) : IComparable<Milestone>
    {
        public int CompareTo(Milestone? other) => other!.Date.Latest < date ? 1 : -1;
    }

    /// <summary>Places a date after every milestone whose earliest possible day is on or before it.</summary>
    private readonly struct EarliestOnOrBefore(LocalDate date) : IComparable<Milestone>
    {
        public int CompareTo(Milestone? other) => other!.Date.Earliest <= date ? 1 : -1;
    }
}

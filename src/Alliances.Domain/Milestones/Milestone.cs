using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using System.Globalization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

/// <summary>
/// A dated step in sharing a programme's results: an event with a title, a kind, where it is held when known, and a
/// date that may be imprecise or still to be confirmed.
/// </summary>
/// <remarks>
/// <para>
/// Sequence numbers order the milestones as the source lists them; within a programme they run from 1 without a gap
/// (rules PRG008, PRG009).
/// </para>
/// <para>
/// A milestone's days are days in its time zone, Europe/Paris unless said otherwise; <see cref="PossibleInstants"/>
/// turns them into instants for a reader in any other zone. Confirming or rescheduling the date gives a new milestone
/// whose <see cref="History"/> records the date it replaced, so slips are never lost.
/// </para>
/// <para>Equality compares every property, the history in order.</para>
/// </remarks>
[JsonConverter(typeof(MilestoneJsonConverter))]
public sealed record Milestone
{
    /// <summary>Initializes a new milestone.</summary>
    /// <param name="sequence">The position of the milestone in its programme's list, 1 to 999 (rules MIL001, MIL010).</param>
    /// <param name="title">What happens, such as "Visite inspirante à Marseille".</param>
    /// <param name="kind">What kind of event it is.</param>
    /// <param name="date">When it happens, as precisely as known.</param>
    /// <param name="place">The town or place where it is held, or <see langword="null"/> when unknown or online; when given, not blank (TXT001).</param>
    /// <param name="hostEvent">The larger event that hosts it, or <see langword="null"/> when none.</param>
    /// <param name="timeZoneId">The TZDB identifier of the zone its days are counted in (rule MIL002); Europe/Paris by default.</param>
    /// <param name="history">The earlier dates it had, oldest first; empty by default.</param>
    /// <param name="serves">The measures it serves, by number; empty by default, when it names none. Its programme checks that it has them, each once (rule PRG015).</param>
    /// <param name="servesEveryMeasure">Whether it serves every measure of its programme, whatever their number; then <paramref name="serves"/> is empty (rule MIL004).</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/>, <paramref name="date"/> or a change in <paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    /// <exception cref="RuleViolationException"><paramref name="sequence"/> is below 1 (MIL001) or above 999 (MIL010), <paramref name="place"/> is blank (TXT001), or the time zone is unknown (MIL002).</exception>
    public Milestone(
        int sequence,
        LocalizedText title,
        MilestoneKind kind,
        ImpreciseDate date,
        string? place = null,
        LocalizedText? hostEvent = null,
        string timeZoneId = DefaultTimeZoneId,
        ValueList<MilestoneDateChange> history = default,
        ValueList<MeasureNumber> serves = default,
        bool servesEveryMeasure = false)
    {
        Guard.Require(sequence >= 1, Rules.MilestoneSequencePositive, $"A milestone's sequence number is 1 or more; got {sequence}.", $"Le numéro d’ordre d’une étape vaut 1 ou plus\u202F; valeur reçue\u00A0: {sequence}.", nameof(sequence));
        Guard.Require(sequence <= MaximumSequence, Rules.MilestoneSequenceBounded, $"A milestone's sequence number is at most {MaximumSequence}; got {sequence}.", $"Le numéro d’ordre d’une étape vaut au plus {MaximumSequence}\u202F; valeur reçue\u00A0: {sequence}.", nameof(sequence));
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A milestone kind is one of the values of MilestoneKind.");
        }

        Sequence = sequence;
        Title = Guard.NotNull(title);
        Kind = kind;
        Date = Guard.NotNull(date);
        Place = place is null ? null : Guard.Text(place, "A milestone's place, when given,", "Le lieu d’une étape, s’il est donné,");
        HostEvent = hostEvent;
        ArgumentNullException.ThrowIfNull(timeZoneId);
        Guard.Require(
            DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) is not null,
            Rules.MilestoneTimeZoneKnown,
            $"A milestone's time zone is a TZDB identifier such as Europe/Paris; got '{MessageText.Quote(timeZoneId)}'.",
            $"Le fuseau horaire d’une étape est un identifiant TZDB comme Europe/Paris\u202F; valeur reçue\u00A0: '{MessageText.Quote(timeZoneId)}'.",
            nameof(timeZoneId));
        TimeZoneId = timeZoneId;
        History = Guard.NoNullElements(history);
        CheckHistory(history, date);
        Guard.Require(
            !(servesEveryMeasure && !serves.IsEmpty),
            Rules.MilestoneServesEveryOrSome,
            $"A milestone serves every measure or names the measures it serves, not both; got every measure and {serves.Count} named.",
            $"Une étape sert toutes les mesures ou nomme celles qu’elle sert, pas les deux\u202F; celle-ci sert toutes les mesures et en nomme {serves.Count}.",
            nameof(serves));
        Serves = serves;
        ServesEveryMeasure = servesEveryMeasure;
    }

    /// <summary>
    /// The highest sequence number, 999 (rule MIL010): a programme of this shape has a handful of milestones, and the
    /// bound keeps the check that sequence numbers run without a gap in proportion to the programme.
    /// </summary>
    public const int MaximumSequence = 999;

    /// <summary>The time zone milestones are counted in unless said otherwise: <c>Europe/Paris</c>.</summary>
    public const string DefaultTimeZoneId = "Europe/Paris";

    /// <summary>
    /// Gets the order in which to show milestones: by earliest possible day, then latest, then sequence. It is an
    /// order for display and says nothing about which milestone happens first when their dates overlap.
    /// </summary>
    public static IComparer<Milestone> DisplayOrder { get; } = Comparer<Milestone>.Create(static (x, y) =>
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = x.Date.Earliest.CompareTo(y.Date.Earliest);
        if (order == 0)
        {
            order = x.Date.Latest.CompareTo(y.Date.Latest);
        }

        return order != 0 ? order : x.Sequence.CompareTo(y.Sequence);
    });

    /// <summary>Gets the position of the milestone in its programme's list, from 1.</summary>
    public int Sequence { get; }

    /// <summary>Gets what happens.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets what kind of event it is.</summary>
    public MilestoneKind Kind { get; }

    /// <summary>Gets when it happens, as precisely as known.</summary>
    public ImpreciseDate Date { get; }

    /// <summary>Gets the town or place where it is held, or <see langword="null"/> when unknown or online.</summary>
    public string? Place { get; }

    /// <summary>Gets the larger event that hosts it, or <see langword="null"/> when none.</summary>
    public LocalizedText? HostEvent { get; }

    /// <summary>Gets the TZDB identifier of the zone the milestone's days are counted in.</summary>
    public string TimeZoneId { get; }

    /// <summary>Gets the zone the milestone's days are counted in.</summary>
    public DateTimeZone TimeZone => DateTimeZoneProviders.Tzdb[TimeZoneId];

    /// <summary>Gets the dates the milestone had before its current one, oldest first, with why each changed.</summary>
    public ValueList<MilestoneDateChange> History { get; }

    /// <summary>Gets the measures the milestone names as those it serves, in the order given; empty when it names none.</summary>
    /// <remarks>Use <see cref="Programme.MeasuresOf(Milestone)"/> for the measures it serves in its programme, every measure included.</remarks>
    public ValueList<MeasureNumber> Serves { get; }

    /// <summary>
    /// Gets whether the milestone serves every measure of its programme, such as the canonical early-June meeting where
    /// the contributors settle who does what; <see cref="Serves"/> is then empty.
    /// </summary>
    public bool ServesEveryMeasure { get; }

    /// <summary>
    /// Gets the instants the milestone can span: from the start of its earliest possible day to the start of the day
    /// after its latest, in its own time zone. A day on which clocks change lasts 23 or 25 hours. A milestone that can
    /// fall on 31 December 9999, the calendar's last day, ends 24 hours after that day starts or at
    /// <see cref="Instant.MaxValue"/>, whichever is earlier; no date gives an exception.
    /// </summary>
    /// <returns>The interval of instants, which a reader in any zone can convert with <see cref="Instant.InZone(DateTimeZone)"/>.</returns>
    public Interval PossibleInstants()
    {
        var zone = TimeZone;
        var start = zone.AtStartOfDay(Date.Earliest).ToInstant();
        if (Date.Latest < LocalDate.MaxIsoValue)
        {
            return new Interval(start, zone.AtStartOfDay(Date.Latest.PlusDays(1)).ToInstant());
        }

        // 31 December 9999 has no next day: its end is 24 hours after its start (no zone changes clocks on that day),
        // and no later than the last instant NodaTime has, which zones west of Greenwich would pass.
        var lastDay = zone.AtStartOfDay(Date.Latest).ToInstant();
        var end = Instant.MaxValue - lastDay < Duration.FromDays(1) ? Instant.MaxValue : lastDay + Duration.FromDays(1);
        return new Interval(start, end);
    }

    /// <summary>
    /// Returns the milestone with its date confirmed as one day it could already fall on (rule DAT005); the history
    /// records the date it replaces.
    /// </summary>
    /// <param name="day">The day settled on.</param>
    /// <returns>The confirmed milestone; this one is unchanged.</returns>
    /// <exception cref="RuleViolationException"><paramref name="day"/> is not a day the date could fall on (DAT005).</exception>
    public Milestone Confirm(LocalDate day) => WithDate(Date.Confirm(day), new MilestoneDateChange(Date, MilestoneDateChangeKind.Confirmed));

    /// <summary>
    /// Returns the milestone with its date confirmed as a span of days it could already fall on (rule DAT005); the
    /// history records the date it replaces.
    /// </summary>
    /// <param name="first">The first day settled on.</param>
    /// <param name="last">The last day settled on.</param>
    /// <returns>The confirmed milestone; this one is unchanged.</returns>
    /// <exception cref="RuleViolationException">A day is outside the days the date could fall on (DAT005), or the span is not ordered (DAT001).</exception>
    public Milestone Confirm(LocalDate first, LocalDate last) =>
        WithDate(Date.Confirm(first, last), new MilestoneDateChange(Date, MilestoneDateChangeKind.Confirmed));

    /// <summary>
    /// Returns the milestone moved to another date, anywhere, with the reason for the move (rule MIL003); the history
    /// records the date it replaces, so the slip is kept.
    /// </summary>
    /// <param name="date">The new date, different from the current one.</param>
    /// <param name="reason">Why the milestone moves.</param>
    /// <returns>The rescheduled milestone; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="RuleViolationException">The date is the current one (MIL003), or the reason is blank (TXT001).</exception>
    public Milestone Reschedule(ImpreciseDate date, string reason)
    {
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(reason);
        Guard.Throw(MilestoneDateChange.CheckMove(Date, date), nameof(date));
        return WithDate(date, new MilestoneDateChange(Date, MilestoneDateChangeKind.Rescheduled, reason));
    }

    /// <summary>Returns a copy with another sequence number, as when the milestone joins another programme's list.</summary>
    /// <param name="sequence">The new sequence number, 1 or more.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="RuleViolationException"><paramref name="sequence"/> is below 1 (MIL001) or above 999 (MIL010).</exception>
    public Milestone WithSequence(int sequence) => new(sequence, Title, Kind, Date, Place, HostEvent, TimeZoneId, History, Serves, ServesEveryMeasure);

    /// <summary>Returns a copy that serves the measures named, and no other.</summary>
    /// <param name="measures">The measures, by number; empty for none.</param>
    /// <returns>The copy.</returns>
    public Milestone Serving(params ReadOnlySpan<MeasureNumber> measures) => new(Sequence, Title, Kind, Date, Place, HostEvent, TimeZoneId, History, ValueList.Create(measures));

    /// <summary>Tells whether the milestone serves a measure: it names it, or it serves every measure.</summary>
    internal bool ServesMeasure(MeasureNumber measure) => ServesEveryMeasure || Serves.Contains(measure);

    /// <summary>Returns a copy that serves every measure of its programme.</summary>
    /// <returns>The copy.</returns>
    public Milestone ServingEveryMeasure() => new(Sequence, Title, Kind, Date, Place, HostEvent, TimeZoneId, History, servesEveryMeasure: true);

    /// <summary>
    /// Checks that the history tells a true story: each confirmation settled on days the date before it could fall on
    /// (rule DAT005), and each reschedule moved to a different date (rule MIL003).
    /// </summary>
    private static void CheckHistory(ValueList<MilestoneDateChange> history, ImpreciseDate current)
    {
        for (var i = 0; i < history.Count; i++)
        {
            var change = history[i];
            var next = i + 1 < history.Count ? history[i + 1].Previous : current;
            if (change.Kind == MilestoneDateChangeKind.Confirmed)
            {
                Guard.Throw(change.Previous.CheckConfirmation(next.Earliest, next.Latest, "$"), nameof(history));
            }
            else
            {
                Guard.Throw(MilestoneDateChange.CheckMove(change.Previous, next), nameof(history));
            }
        }
    }

    private Milestone WithDate(ImpreciseDate date, MilestoneDateChange change) =>
        new(Sequence, Title, Kind, date, Place, HostEvent, TimeZoneId, [.. History, change], Serves, ServesEveryMeasure);

    /// <summary>Returns the sequence, the date and the French title, such as <c>#3 8 July 2020: …</c>.</summary>
    /// <returns>The milestone as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"#{Sequence} {Date.ToNaturalText(Language.English)}: {Title.French}");
}

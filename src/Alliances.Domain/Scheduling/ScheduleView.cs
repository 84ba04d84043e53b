using System.Text.Json.Serialization;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using NodaTime;

namespace Alliances.Domain.Scheduling;

/// <summary>
/// Where the programme's schedule stands at a date, as a dashboard shows it: the schedule view of the JSON contract
/// (kind <c>scheduleView</c>, schema <see cref="JsonSchemas.ScheduleView"/>). It holds the dimensions' first-effects
/// windows, the results window and the evaluation's check, every milestone with its timing at the date, the next
/// milestone, and every measure's schedule status (rules SCH001–SCH007).
/// </summary>
/// <remarks>
/// <para>
/// A view is made only by <see cref="Of(ProgrammeSchedule, LocalDate)"/> and <see cref="Of(Ledger, LocalDate)"/>.
/// Equality compares every member. <see cref="ScheduleViewJsonConverter"/> writes it and does not read it back: a
/// view is computed where it is needed, from the programme or the ledger.
/// </para>
/// <para>
/// Before the launch every window is ahead and every measure is not due; after the last milestone there is no next
/// one (<see cref="Next"/> is <see langword="null"/>).
/// </para>
/// </remarks>
[JsonConverter(typeof(ScheduleViewJsonConverter))]
public sealed record ScheduleView
{
    /// <summary>The view's <c>kind</c> in JSON.</summary>
    public const string Kind = "scheduleView";

    /// <summary>The version of the view's JSON form, its <c>schemaVersion</c>.</summary>
    public const int SchemaVersion = 1;

    private ScheduleView(ProgrammeSchedule schedule, Territory? territory, MilestoneCalendar calendar, ScheduleSnapshot statuses, ValueList<MeasureNumber>? withoutLead)
    {
        var asOf = statuses.AsOf;
        Schedule = schedule;
        Territory = territory;
        Statuses = statuses;
        WithoutLead = withoutLead;
        var milestones = new MilestoneView[calendar.Milestones.Count];
        for (var i = 0; i < milestones.Length; i++)
        {
            var milestone = calendar.Milestones[i];
            milestones[i] = new MilestoneView(milestone, MilestoneCalendar.TimingOf(milestone, asOf), calendar.IsAddition(milestone));
        }

        Milestones = ValueListMarshal.Own(milestones);
        if (calendar.NextAt(asOf) is { } next)
        {
            Next = Array.Find(milestones, m => ReferenceEquals(m.Milestone, next));
            DaysUntilNext = calendar.DaysUntilNextAt(asOf);
        }
    }

    /// <summary>Gets the programme.</summary>
    public Programme Programme => Schedule.Programme;

    /// <summary>Gets the territory whose ledger the view follows, or <see langword="null"/> for the programme or a national ledger.</summary>
    public Territory? Territory { get; }

    /// <summary>Gets the date the view is taken at.</summary>
    public LocalDate AsOf => Statuses.AsOf;

    /// <summary>Gets the schedule: the launch, each dimension's window, the results window and the evaluation's check.</summary>
    public ProgrammeSchedule Schedule { get; }

    /// <summary>Gets every milestone, the programme's then the ledger's own, by date, with its timing at the view's date.</summary>
    public ValueList<MilestoneView> Milestones { get; }

    /// <summary>Gets the next milestone after the view's date, or <see langword="null"/> when none is ahead.</summary>
    public MilestoneView? Next { get; }

    /// <summary>Gets the days from the view's date to the next milestone's earliest day, or <see langword="null"/> when none is ahead.</summary>
    public int? DaysUntilNext { get; }

    /// <summary>Gets every measure's schedule status, and how many measures have each.</summary>
    public ScheduleSnapshot Statuses { get; }

    /// <summary>
    /// Gets the measures without a lead at the view's date (rule COM007), or <see langword="null"/> for a programme, or
    /// a ledger that records no commitments and so does not say who does what.
    /// </summary>
    public ValueList<MeasureNumber>? WithoutLead { get; }

    /// <summary>Computes the view of a programme's schedule, from the launch the schedule counts from.</summary>
    /// <param name="schedule">The schedule, as <see cref="Programme.Schedule()"/> or <see cref="Programme.Schedule(LocalDate)"/> gives it.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The view: the programme's milestones, and statuses judged on no recorded effects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static ScheduleView Of(ProgrammeSchedule schedule, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new(schedule, null, MilestoneCalendar.For(schedule.Programme), schedule.StatusesAt(asOf), null);
    }

    /// <summary>
    /// Computes the view of a ledger's schedule: from the ledger's launch, with its own milestones among the
    /// programme's, and statuses judged on the first effects its reports state (see <see cref="Ledger.ScheduleAt"/>).
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static ScheduleView Of(Ledger ledger, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var statuses = ledger.ScheduleAt(asOf);
        return new(ledger.Schedule, ledger.Territory, MilestoneCalendar.For(ledger), statuses, ledger.Commitments.IsEmpty ? null : statuses.WithoutLead);
    }

    /// <summary>Tells whether another view has the same programme, launch, territory, date, milestones and statuses.</summary>
    /// <param name="other">The other view.</param>
    /// <returns>Whether the views are equal; the schedules are compared by programme and launch, which make them.</returns>
    public bool Equals(ScheduleView? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Schedule.LaunchDate == other.Schedule.LaunchDate
                && Territory == other.Territory
                && Statuses.Equals(other.Statuses)
                && Milestones.Equals(other.Milestones)
                && Next == other.Next
                && DaysUntilNext == other.DaysUntilNext
                && Nullable.Equals(WithoutLead, other.WithoutLead)
                && Programme.Equals(other.Programme)));

    /// <summary>Gets a hash code consistent with <see cref="Equals(ScheduleView?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Programme.Id, Schedule.LaunchDate, Territory, Statuses, Milestones);

    /// <summary>Gets a short description, for logs and debuggers.</summary>
    /// <returns>The programme, the territory if any, and the date.</returns>
    public override string ToString() =>
        $"{Programme.Id}{(Territory is { } territory ? " " + territory.Code : string.Empty)} schedule as of {NodaTime.Text.LocalDatePattern.Iso.Format(AsOf)}";
}

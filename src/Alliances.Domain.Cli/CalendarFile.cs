using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace Alliances.Domain.Cli;

/// <summary>
/// Writes a programme's milestones as an iCalendar file (RFC 5545) that any calendar application opens.
/// </summary>
/// <remarks>
/// Every milestone is an all-day event over the days it can fall on (the end date is exclusive, as RFC 5545 says). A
/// milestone settled on a day or a span of days is <c>CONFIRMED</c>. One whose day is not settled (to be confirmed, or
/// known only as part of a month, a month or a year) is <c>TENTATIVE</c> and spans all its possible days, so that a
/// calendar shows honestly when it may happen rather than inventing a day; its description says so.
/// </remarks>
internal static class CalendarFile
{
    /// <summary>Builds the calendar text.</summary>
    /// <param name="programme">The programme, whose milestones are the base.</param>
    /// <param name="language">The language of the text.</param>
    /// <param name="stamp">When the calendar is written.</param>
    /// <param name="ledger">A ledger whose own milestones (a territory's events) follow the base, or none.</param>
    internal static string Write(Programme programme, Language language, Instant stamp, Progress.Ledger? ledger = null)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Alliances.Domain//alliances calendar//EN" };
        var owner = ledger?.Territory?.Name;
        calendar.AddProperty("X-WR-CALNAME", owner is null ? programme.Name.Get(language) : $"{programme.Name.Get(language)} – {owner}");
        var utc = stamp.ToDateTimeUtc();
        var additions = ledger?.Milestones ?? [];
        foreach (var milestone in programme.Milestones.Concat(additions))
        {
            var added = additions.Contains(milestone);
            var date = milestone.Date;
            var settled = !date.IsToBeConfirmed && date is ExactDay or DaySpan;
            var description = new List<string>
            {
                date.ToNaturalText(language),
                milestone.Kind.DisplayName().Get(language),
            };
            if (!settled)
            {
                description.Add(Words.DateNotSettled.Get(language));
            }

            if (milestone.HostEvent is { } host)
            {
                description.Add(host.Get(language));
            }

            if (added)
            {
                description.Add(owner is null
                    ? Words.AddedToTheBase.Get(language)
                    : $"{Words.AddedBy.Get(language)} {owner}.");
            }

            var scope = added ? (ledger!.Territory?.Code.ToString() ?? "national") + "-" : string.Empty;

            var calendarEvent = new CalendarEvent
            {
                Uid = string.Create(CultureInfo.InvariantCulture, $"{programme.Id}-{scope}milestone-{milestone.Sequence}@alliances-domain"),
                Summary = milestone.Title.Get(language),
                Description = string.Join("\n", description),
                Start = new CalDateTime(date.Earliest.Year, date.Earliest.Month, date.Earliest.Day),
                End = ToCalDate(date.Latest.PlusDays(1)),
                Status = settled ? EventStatus.Confirmed : EventStatus.Tentative,
                DtStamp = new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, "UTC"),
            };
            var location = milestone.Place ?? milestone.HostEvent?.Get(language);
            if (location is not null)
            {
                calendarEvent.Location = location;
            }

            calendarEvent.Categories.Add(milestone.Kind.DisplayName().Get(language));
            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static CalDateTime ToCalDate(LocalDate day) => new(day.Year, day.Month, day.Day);
}

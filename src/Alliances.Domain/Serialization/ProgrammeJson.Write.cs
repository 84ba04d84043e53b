using System.Text.Json;
using Alliances.Domain.Actors;
using Alliances.Domain.Collections;
using Alliances.Domain.Dates;
using Alliances.Domain.Dimensions;
using Alliances.Domain.Governance;
using Alliances.Domain.Milestones;
using Alliances.Domain.Polling;
using Alliances.Domain.Programmes;
using Alliances.Domain.Quantities;

namespace Alliances.Domain.Serialization;

public static partial class ProgrammeJson
{
    /// <summary>Writes a programme document to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="programme">The programme.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, Programme programme)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(programme);
        writer.WriteStartObject();
        writer.WriteString("kind", Kind);
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteString("id", programme.Id.Value);
        JsonWrite.Text(writer, "name", programme.Name);
        if (programme.Source is { } source)
        {
            writer.WriteStartObject("source");
            JsonWrite.Text(writer, "title", source.Title);
            writer.WriteString("publisher", source.Publisher.Name);
            JsonWrite.Date(writer, "published", source.Published);
            writer.WriteEndObject();
        }

        WriteMission(writer, programme.Mission);
        JsonWrite.Date(writer, "launchDate", programme.LaunchDate);

        writer.WriteStartArray("dimensions");
        foreach (var dimension in programme.Dimensions)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", JsonNames.NameOf(JsonNames.DimensionKinds, dimension.Kind));
            JsonWrite.Text(writer, "name", dimension.Name);
            JsonWrite.Text(writer, "purpose", dimension.Purpose);
            WriteHorizon(writer, "horizon", dimension.Horizon);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("measures");
        foreach (var measure in programme.Measures)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number", measure.Number.Value);
            JsonWrite.Text(writer, "title", measure.Title);
            writer.WriteString("dimension", JsonNames.NameOf(JsonNames.DimensionKinds, measure.Dimension));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        WriteGovernance(writer, programme.Governance);

        writer.WriteStartArray("milestones");
        foreach (var milestone in programme.Milestones)
        {
            WriteMilestone(writer, milestone);
        }

        writer.WriteEndArray();

        WriteHorizon(writer, "resultsHorizon", programme.ResultsHorizon);
        if (programme.Evaluation is { } evaluation)
        {
            writer.WriteStartObject("evaluation");
            WriteDate(writer, "when", evaluation.When);
            JsonWrite.Text(writer, "purpose", evaluation.Purpose);
            JsonWrite.Period(writer, "looksBackOver", evaluation.LooksBackOver);
            writer.WriteEndObject();
        }

        writer.WriteStartArray("worlds");
        foreach (var world in programme.Worlds)
        {
            writer.WriteStartObject();
            writer.WriteString("id", world.Id);
            JsonWrite.Text(writer, "name", world.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("audiences");
        foreach (var audience in programme.Audiences)
        {
            writer.WriteStartObject();
            writer.WriteString("id", audience.Id);
            JsonWrite.Text(writer, "name", audience.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        if (programme.Poll is { } poll)
        {
            WritePoll(writer, poll);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes an imprecise date as an object with its precision.</summary>
    internal static void WriteDate(Utf8JsonWriter writer, string name, ImpreciseDate date)
    {
        writer.WriteStartObject(name);
        writer.WriteString("precision", JsonNames.NameOf(JsonNames.Precisions, date.Precision));
        switch (date)
        {
            case ExactDay exact:
                JsonWrite.Date(writer, "day", exact.Day);
                break;
            case DaySpan span:
                JsonWrite.Date(writer, "first", span.First);
                JsonWrite.Date(writer, "last", span.Last);
                break;
            case PartOfMonth part:
                JsonWrite.Month(writer, "month", part.Month);
                writer.WriteString("part", JsonNames.NameOf(JsonNames.MonthParts, part.Part));
                break;
            case WholeMonth month:
                JsonWrite.Month(writer, "month", month.Month);
                break;
            case WholeYear year:
                writer.WriteNumber("year", year.Year);
                break;
        }

        writer.WriteBoolean("toBeConfirmed", date.IsToBeConfirmed);
        writer.WriteEndObject();
    }

    private static void WriteMission(Utf8JsonWriter writer, Mission mission)
    {
        writer.WriteStartObject("mission");
        JsonWrite.Text(writer, "title", mission.Title);
        JsonWrite.Text(writer, "subject", mission.Subject);
        WritePerson(writer, "commissionedBy", mission.CommissionedBy);
        JsonWrite.Month(writer, "commissioned", mission.Commissioned);
        writer.WriteStartArray("ledBy");
        foreach (var person in mission.LedBy)
        {
            WritePerson(writer, null, person);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("contributors");
        WriteCount(writer, "organisationsMobilised", mission.Contributors.OrganisationsMobilised);
        WriteCount(writer, "contributors", mission.Contributors.ContributorCount);
        writer.WriteEndObject();
        writer.WriteStartObject("report");
        JsonWrite.Text(writer, "title", mission.Report.Title);
        JsonWrite.Date(writer, "delivered", mission.Report.Delivered);
        WritePerson(writer, "deliveredTo", mission.Report.DeliveredTo);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteGovernance(Utf8JsonWriter writer, FollowUpCommittee committee)
    {
        writer.WriteStartObject("governance");
        JsonWrite.Text(writer, "name", committee.Name);
        JsonWrite.Text(writer, "purpose", committee.Purpose);
        writer.WriteStartArray("bodies");
        foreach (var body in committee.Bodies)
        {
            writer.WriteStartObject();
            JsonWrite.Text(writer, "name", body.Name);
            if (body.Role is { } role)
            {
                JsonWrite.Text(writer, "role", role);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMilestone(Utf8JsonWriter writer, Milestone milestone)
    {
        writer.WriteStartObject();
        writer.WriteNumber("sequence", milestone.Sequence);
        JsonWrite.Text(writer, "title", milestone.Title);
        writer.WriteString("kind", JsonNames.NameOf(JsonNames.MilestoneKinds, milestone.Kind));
        WriteDate(writer, "date", milestone.Date);
        if (milestone.Place is { } place)
        {
            writer.WriteString("place", place);
        }

        if (milestone.HostEvent is { } host)
        {
            JsonWrite.Text(writer, "hostEvent", host);
        }

        writer.WriteString("timeZone", milestone.TimeZoneId);
        if (!milestone.History.IsEmpty)
        {
            writer.WriteStartArray("history");
            foreach (var change in milestone.History)
            {
                writer.WriteStartObject();
                WriteDate(writer, "previous", change.Previous);
                writer.WriteString("kind", JsonNames.NameOf(JsonNames.DateChangeKinds, change.Kind));
                if (change.Reason is { } reason)
                {
                    writer.WriteString("reason", reason);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WritePoll(Utf8JsonWriter writer, OpinionPoll poll)
    {
        writer.WriteStartObject("poll");
        writer.WriteStartArray("pollsters");
        foreach (var pollster in poll.Pollsters)
        {
            writer.WriteStringValue(pollster.Name);
        }

        writer.WriteEndArray();
        writer.WriteString("commissionedBy", poll.CommissionedBy.Name);
        JsonWrite.Date(writer, "conducted", poll.Conducted);
        JsonWrite.Text(writer, "population", poll.Population);
        JsonWrite.Text(writer, "question", poll.Question);
        WriteAnswers(writer, "answers", poll.Answers);
        writer.WriteEndObject();
    }

    private static void WriteAnswers(Utf8JsonWriter writer, string name, ValueList<PollAnswer> answers)
    {
        writer.WriteStartArray(name);
        foreach (var answer in answers)
        {
            writer.WriteStartObject();
            JsonWrite.Text(writer, "label", answer.Label);
            writer.WriteNumber("share", answer.Share.Points);
            if (!answer.Nested.IsEmpty)
            {
                WriteAnswers(writer, "nested", answer.Nested);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WritePerson(Utf8JsonWriter writer, string? name, Person person)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteString("name", person.Name);
        JsonWrite.Text(writer, "role", person.Role);
        writer.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter writer, string name, ApproximateCount count)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("value", count.Value);
        writer.WriteBoolean("approximate", count.IsApproximate);
        writer.WriteEndObject();
    }

    private static void WriteHorizon(Utf8JsonWriter writer, string name, EffectHorizon horizon)
    {
        writer.WriteStartObject(name);
        JsonWrite.Months(writer, "minimum", horizon.MinimumMonths);
        JsonWrite.Months(writer, "maximum", horizon.MaximumMonths);
        writer.WriteEndObject();
    }
}

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
        writer.WriteString("kind"u8, Kind);
        writer.WriteNumber("schemaVersion"u8, SchemaVersion);
        writer.WriteString("id"u8, programme.Id.Value);
        JsonWrite.Text(writer, "name"u8, programme.Name);
        if (programme.Source is { } source)
        {
            writer.WriteStartObject("source"u8);
            JsonWrite.Text(writer, "title"u8, source.Title);
            writer.WriteString("publisher"u8, source.Publisher.Name);
            JsonWrite.Date(writer, "published"u8, source.Published);
            writer.WriteEndObject();
        }

        WriteMission(writer, programme.Mission);
        JsonWrite.Date(writer, "launchDate"u8, programme.LaunchDate);

        writer.WriteStartArray("dimensions"u8);
        foreach (var dimension in programme.Dimensions)
        {
            writer.WriteStartObject();
            writer.WriteString("kind"u8, JsonNames.NameOf(JsonNames.DimensionKinds, dimension.Kind));
            JsonWrite.Text(writer, "name"u8, dimension.Name);
            JsonWrite.Text(writer, "purpose"u8, dimension.Purpose);
            WriteHorizon(writer, "horizon"u8, dimension.Horizon);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("measures"u8);
        foreach (var measure in programme.Measures)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number"u8, measure.Number.Value);
            JsonWrite.Text(writer, "title"u8, measure.Title);
            writer.WriteString("dimension"u8, JsonNames.NameOf(JsonNames.DimensionKinds, measure.Dimension));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        WriteGovernance(writer, programme.Governance);

        writer.WriteStartArray("milestones"u8);
        foreach (var milestone in programme.Milestones)
        {
            WriteMilestone(writer, milestone);
        }

        writer.WriteEndArray();

        WriteHorizon(writer, "resultsHorizon"u8, programme.ResultsHorizon);
        if (programme.Evaluation is { } evaluation)
        {
            writer.WriteStartObject("evaluation"u8);
            WriteDate(writer, "when"u8, evaluation.When);
            JsonWrite.Text(writer, "purpose"u8, evaluation.Purpose);
            JsonWrite.Period(writer, "looksBackOver"u8, evaluation.LooksBackOver);
            writer.WriteEndObject();
        }

        writer.WriteStartArray("worlds"u8);
        foreach (var world in programme.Worlds)
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, world.Id);
            JsonWrite.Text(writer, "name"u8, world.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("audiences"u8);
        foreach (var audience in programme.Audiences)
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, audience.Id);
            JsonWrite.Text(writer, "name"u8, audience.Name);
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
    internal static void WriteDate(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ImpreciseDate date)
    {
        writer.WriteStartObject(name);
        writer.WriteString("precision"u8, JsonNames.NameOf(JsonNames.Precisions, date.Precision));
        switch (date)
        {
            case ExactDay exact:
                JsonWrite.Date(writer, "day"u8, exact.Day);
                break;
            case DaySpan span:
                JsonWrite.Date(writer, "first"u8, span.First);
                JsonWrite.Date(writer, "last"u8, span.Last);
                break;
            case PartOfMonth part:
                JsonWrite.Month(writer, "month"u8, part.Month);
                writer.WriteString("part"u8, JsonNames.NameOf(JsonNames.MonthParts, part.Part));
                break;
            case WholeMonth month:
                JsonWrite.Month(writer, "month"u8, month.Month);
                break;
            case WholeYear year:
                writer.WriteNumber("year"u8, year.Year);
                break;
        }

        writer.WriteBoolean("toBeConfirmed"u8, date.IsToBeConfirmed);
        writer.WriteEndObject();
    }

    private static void WriteMission(Utf8JsonWriter writer, Mission mission)
    {
        writer.WriteStartObject("mission"u8);
        JsonWrite.Text(writer, "title"u8, mission.Title);
        JsonWrite.Text(writer, "subject"u8, mission.Subject);
        WritePerson(writer, "commissionedBy"u8, mission.CommissionedBy);
        JsonWrite.Month(writer, "commissioned"u8, mission.Commissioned);
        writer.WriteStartArray("ledBy"u8);
        foreach (var person in mission.LedBy)
        {
            WritePerson(writer, default, person);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("contributors"u8);
        WriteCount(writer, "organisationsMobilised"u8, mission.Contributors.OrganisationsMobilised);
        WriteCount(writer, "contributors"u8, mission.Contributors.ContributorCount);
        writer.WriteEndObject();
        writer.WriteStartObject("report"u8);
        JsonWrite.Text(writer, "title"u8, mission.Report.Title);
        JsonWrite.Date(writer, "delivered"u8, mission.Report.Delivered);
        WritePerson(writer, "deliveredTo"u8, mission.Report.DeliveredTo);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteGovernance(Utf8JsonWriter writer, FollowUpCommittee committee)
    {
        writer.WriteStartObject("governance"u8);
        JsonWrite.Text(writer, "name"u8, committee.Name);
        JsonWrite.Text(writer, "purpose"u8, committee.Purpose);
        writer.WriteStartArray("bodies"u8);
        foreach (var body in committee.Bodies)
        {
            writer.WriteStartObject();
            JsonWrite.Text(writer, "name"u8, body.Name);
            if (body.Role is { } role)
            {
                JsonWrite.Text(writer, "role"u8, role);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMilestone(Utf8JsonWriter writer, Milestone milestone)
    {
        writer.WriteStartObject();
        writer.WriteNumber("sequence"u8, milestone.Sequence);
        JsonWrite.Text(writer, "title"u8, milestone.Title);
        writer.WriteString("kind"u8, JsonNames.NameOf(JsonNames.MilestoneKinds, milestone.Kind));
        WriteDate(writer, "date"u8, milestone.Date);
        if (milestone.Place is { } place)
        {
            writer.WriteString("place"u8, place);
        }

        if (milestone.HostEvent is { } host)
        {
            JsonWrite.Text(writer, "hostEvent"u8, host);
        }

        writer.WriteString("timeZone"u8, milestone.TimeZoneId);
        if (!milestone.History.IsEmpty)
        {
            writer.WriteStartArray("history"u8);
            foreach (var change in milestone.History)
            {
                writer.WriteStartObject();
                WriteDate(writer, "previous"u8, change.Previous);
                writer.WriteString("kind"u8, JsonNames.NameOf(JsonNames.DateChangeKinds, change.Kind));
                if (change.Reason is { } reason)
                {
                    writer.WriteString("reason"u8, reason);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WritePoll(Utf8JsonWriter writer, OpinionPoll poll)
    {
        writer.WriteStartObject("poll"u8);
        writer.WriteStartArray("pollsters"u8);
        foreach (var pollster in poll.Pollsters)
        {
            writer.WriteStringValue(pollster.Name);
        }

        writer.WriteEndArray();
        writer.WriteString("commissionedBy"u8, poll.CommissionedBy.Name);
        JsonWrite.Date(writer, "conducted"u8, poll.Conducted);
        JsonWrite.Text(writer, "population"u8, poll.Population);
        JsonWrite.Text(writer, "question"u8, poll.Question);
        WriteAnswers(writer, "answers"u8, poll.Answers);
        writer.WriteEndObject();
    }

    private static void WriteAnswers(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ValueList<PollAnswer> answers)
    {
        writer.WriteStartArray(name);
        foreach (var answer in answers)
        {
            writer.WriteStartObject();
            JsonWrite.Text(writer, "label"u8, answer.Label);
            writer.WriteNumber("share"u8, answer.Share.Points);
            if (!answer.Nested.IsEmpty)
            {
                WriteAnswers(writer, "nested"u8, answer.Nested);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WritePerson(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Person person)
    {
        if (name.IsEmpty)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteString("name"u8, person.Name);
        JsonWrite.Text(writer, "role"u8, person.Role);
        writer.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ApproximateCount count)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("value"u8, count.Value);
        writer.WriteBoolean("approximate"u8, count.IsApproximate);
        writer.WriteEndObject();
    }

    private static void WriteHorizon(Utf8JsonWriter writer, ReadOnlySpan<byte> name, EffectHorizon horizon)
    {
        writer.WriteStartObject(name);
        JsonWrite.Months(writer, "minimum"u8, horizon.MinimumMonths);
        JsonWrite.Months(writer, "maximum"u8, horizon.MaximumMonths);
        writer.WriteEndObject();
    }
}

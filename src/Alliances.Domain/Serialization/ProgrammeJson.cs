using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Alliances.Domain.Actors;
using Alliances.Domain.Dates;
using Alliances.Domain.Dimensions;
using Alliances.Domain.Governance;
using Alliances.Domain.Milestones;
using Alliances.Domain.Polling;
using Alliances.Domain.Programmes;
using Alliances.Domain.Quantities;
using Alliances.Domain.Text;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Writes programme documents of the JSON contract, version 1.
/// </summary>
/// <remarks>
/// Names are camelCase and enums camelCase strings; days are <c>yyyy-MM-dd</c>, months <c>yyyy-MM</c> and periods
/// ISO 8601 (<c>P3M</c>); localized texts are <c>{ "fr": …, "en": … }</c>; imprecise dates are objects with a
/// <c>precision</c> discriminator. Properties come in a fixed order, and absent optional parts are left out.
/// French text is written unescaped; characters that matter in HTML are escaped. <c>docs/json.md</c> describes
/// the document.
/// </remarks>
public static class ProgrammeJson
{
    /// <summary>The kind written in every programme document.</summary>
    public const string Kind = "programme";

    /// <summary>The version of the contract this library writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes a programme as a JSON document.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="indented">Whether to indent the document for people, or write it compact.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public static string Serialize(Programme programme, bool indented = true) =>
        Encoding.UTF8.GetString(SerializeToUtf8Bytes(programme, indented));

    /// <summary>Writes a programme as a JSON document in UTF-8.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="indented">Whether to indent the document for people, or write it compact.</param>
    /// <returns>The document's bytes, without a byte-order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(Programme programme, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, JsonText.WriterOptions(indented)))
        {
            Write(writer, programme);
        }

        return buffer.WrittenSpan.ToArray();
    }

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
        WriteText(writer, "name", programme.Name);
        if (programme.Source is { } source)
        {
            writer.WriteStartObject("source");
            WriteText(writer, "title", source.Title);
            writer.WriteString("publisher", source.Publisher.Name);
            WriteDay(writer, "published", source.Published);
            writer.WriteEndObject();
        }

        WriteMission(writer, programme.Mission);
        WriteDay(writer, "launchDate", programme.LaunchDate);

        writer.WriteStartArray("dimensions");
        foreach (var dimension in programme.Dimensions)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", Camel(dimension.Kind));
            WriteText(writer, "name", dimension.Name);
            WriteText(writer, "purpose", dimension.Purpose);
            WriteHorizon(writer, "horizon", dimension.Horizon);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("measures");
        foreach (var measure in programme.Measures)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number", measure.Number.Value);
            WriteText(writer, "title", measure.Title);
            writer.WriteString("dimension", Camel(measure.Dimension));
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
            WriteText(writer, "purpose", evaluation.Purpose);
            writer.WriteString("looksBackOver", PeriodPattern.NormalizingIso.Format(evaluation.LooksBackOver));
            writer.WriteEndObject();
        }

        writer.WriteStartArray("worlds");
        foreach (var world in programme.Worlds)
        {
            writer.WriteStartObject();
            writer.WriteString("id", world.Id);
            WriteText(writer, "name", world.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("audiences");
        foreach (var audience in programme.Audiences)
        {
            writer.WriteStartObject();
            writer.WriteString("id", audience.Id);
            WriteText(writer, "name", audience.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        if (programme.Poll is { } poll)
        {
            WritePoll(writer, poll);
        }

        writer.WriteEndObject();
    }

    private static void WriteMission(Utf8JsonWriter writer, Mission mission)
    {
        writer.WriteStartObject("mission");
        WriteText(writer, "title", mission.Title);
        WriteText(writer, "subject", mission.Subject);
        WritePerson(writer, "commissionedBy", mission.CommissionedBy);
        writer.WriteString("commissioned", YearMonthPattern.Iso.Format(mission.Commissioned));
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
        WriteText(writer, "title", mission.Report.Title);
        WriteDay(writer, "delivered", mission.Report.Delivered);
        WritePerson(writer, "deliveredTo", mission.Report.DeliveredTo);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteGovernance(Utf8JsonWriter writer, FollowUpCommittee committee)
    {
        writer.WriteStartObject("governance");
        WriteText(writer, "name", committee.Name);
        WriteText(writer, "purpose", committee.Purpose);
        writer.WriteStartArray("bodies");
        foreach (var body in committee.Bodies)
        {
            writer.WriteStartObject();
            WriteText(writer, "name", body.Name);
            if (body.Role is { } role)
            {
                WriteText(writer, "role", role);
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
        WriteText(writer, "title", milestone.Title);
        writer.WriteString("kind", Camel(milestone.Kind));
        WriteDate(writer, "date", milestone.Date);
        if (milestone.Place is { } place)
        {
            writer.WriteString("place", place);
        }

        if (milestone.HostEvent is { } host)
        {
            WriteText(writer, "hostEvent", host);
        }

        writer.WriteString("timeZone", milestone.TimeZoneId);
        if (!milestone.History.IsEmpty)
        {
            writer.WriteStartArray("history");
            foreach (var change in milestone.History)
            {
                writer.WriteStartObject();
                WriteDate(writer, "previous", change.Previous);
                writer.WriteString("kind", Camel(change.Kind));
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
        WriteDay(writer, "conducted", poll.Conducted);
        WriteText(writer, "population", poll.Population);
        WriteText(writer, "question", poll.Question);
        WriteAnswers(writer, "answers", poll.Answers);
        writer.WriteEndObject();
    }

    private static void WriteAnswers(Utf8JsonWriter writer, string name, Collections.ValueList<PollAnswer> answers)
    {
        writer.WriteStartArray(name);
        foreach (var answer in answers)
        {
            writer.WriteStartObject();
            WriteText(writer, "label", answer.Label);
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
        WriteText(writer, "role", person.Role);
        writer.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter writer, string name, ApproximateCount count)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("value", count.Value);
        writer.WriteBoolean("approximate", count.IsApproximate);
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string name, LocalizedText text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("fr", text.French);
        if (text.English is { } english)
        {
            writer.WriteString("en", english);
        }

        writer.WriteEndObject();
    }

    private static void WriteHorizon(Utf8JsonWriter writer, string name, EffectHorizon horizon)
    {
        writer.WriteStartObject(name);
        writer.WriteString("minimum", PeriodPattern.NormalizingIso.Format(horizon.Minimum));
        writer.WriteString("maximum", PeriodPattern.NormalizingIso.Format(horizon.Maximum));
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, ImpreciseDate date)
    {
        writer.WriteStartObject(name);
        switch (date)
        {
            case ExactDay exact:
                writer.WriteString("precision", "day");
                WriteDay(writer, "day", exact.Day);
                break;
            case DaySpan span:
                writer.WriteString("precision", "daySpan");
                WriteDay(writer, "first", span.First);
                WriteDay(writer, "last", span.Last);
                break;
            case PartOfMonth part:
                writer.WriteString("precision", "partOfMonth");
                writer.WriteString("month", YearMonthPattern.Iso.Format(part.Month));
                writer.WriteString("part", Camel(part.Part));
                break;
            case WholeMonth month:
                writer.WriteString("precision", "month");
                writer.WriteString("month", YearMonthPattern.Iso.Format(month.Month));
                break;
            case WholeYear year:
                writer.WriteString("precision", "year");
                writer.WriteNumber("year", year.Year);
                break;
            default:
                throw new InvalidOperationException("Unknown kind of imprecise date.");
        }

        writer.WriteBoolean("toBeConfirmed", date.IsToBeConfirmed);
        writer.WriteEndObject();
    }

    private static void WriteDay(Utf8JsonWriter writer, string name, LocalDate day) =>
        writer.WriteString(name, LocalDatePattern.Iso.Format(day));

    private static string Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return string.Create(name.Length, name, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            span[0] = char.ToLower(span[0], CultureInfo.InvariantCulture);
        });
    }
}

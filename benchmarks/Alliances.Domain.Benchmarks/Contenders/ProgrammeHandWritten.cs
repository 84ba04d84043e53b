using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Alliances.Domain.Dates;
using Alliances.Domain.Polling;
using Alliances.Domain.Programmes;
using Alliances.Domain.Text;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Benchmarks.Contenders;

// The practical limit's data for the programme document: plain classes and structs with public fields, mirroring the
// document. Days are yyyyMMdd integers, months yyyyMM, enums their index in the contract's name tables. Like
// HandWritten.cs for ledgers, the plain types live with the contender that reads and writes them.

/// <summary>A localized text as two strings; <see cref="En"/> is null when there is no translation.</summary>
public struct HandText
{
    public string Fr;
    public string? En;
}

/// <summary>A person and their role.</summary>
public struct HandPerson
{
    public string Name;
    public HandText Role;
}

/// <summary>A count, exact or approximate.</summary>
public struct HandCount
{
    public int Value;
    public bool Approximate;
}

/// <summary>An effect horizon in whole months.</summary>
public struct HandHorizon
{
    public int Minimum;
    public int Maximum;
}

/// <summary>An imprecise date: its precision (index in the contract's table) and the fields of that precision.</summary>
public struct HandDate
{
    public byte Precision; // 0 day, 1 daySpan, 2 partOfMonth, 3 month, 4 year
    public int Day;        // yyyyMMdd
    public int First;      // yyyyMMdd
    public int Last;       // yyyyMMdd
    public int Month;      // yyyyMM
    public byte Part;
    public int Year;
    public bool ToBeConfirmed;
}

/// <summary>A dimension.</summary>
public struct HandDimension
{
    public byte Kind;
    public HandText Name;
    public HandText Purpose;
    public HandHorizon Horizon;
}

/// <summary>A measure.</summary>
public struct HandMeasure
{
    public int Number;
    public HandText Title;
    public byte Dimension;
}

/// <summary>A body of the follow-up committee.</summary>
public struct HandBody
{
    public HandText Name;
    public bool HasRole;
    public HandText Role;
}

/// <summary>An earlier date of a milestone.</summary>
public struct HandChange
{
    public HandDate Previous;
    public byte Kind;
    public string? Reason;
}

/// <summary>A world or an audience.</summary>
public struct HandNamedId
{
    public string Id;
    public HandText Name;
}

/// <summary>A milestone.</summary>
public sealed class HandMilestone
{
    public int Sequence;
    public HandText Title;
    public byte Kind;
    public HandDate Date;
    public string? Place;
    public bool HasHostEvent;
    public HandText HostEvent;
    public string TimeZone = "";
    public HandChange[] History = [];
}

/// <summary>The document the programme comes from.</summary>
public sealed class HandSource
{
    public HandText Title;
    public string Publisher = "";
    public int Published;
}

/// <summary>The mission that wrote the programme.</summary>
public sealed class HandMission
{
    public HandText Title;
    public HandText Subject;
    public HandPerson CommissionedBy;
    public int Commissioned;
    public HandPerson[] LedBy = [];
    public HandCount OrganisationsMobilised;
    public HandCount Contributors;
    public HandText ReportTitle;
    public int ReportDelivered;
    public HandPerson ReportDeliveredTo;
}

/// <summary>The follow-up committee.</summary>
public sealed class HandGovernance
{
    public HandText Name;
    public HandText Purpose;
    public HandBody[] Bodies = [];
}

/// <summary>The planned evaluation; the period is kept as its ISO 8601 text.</summary>
public sealed class HandEvaluation
{
    public HandDate When;
    public HandText Purpose;
    public string LooksBackOver = "";
}

/// <summary>An answer of the poll.</summary>
public sealed class HandAnswer
{
    public HandText Label;
    public double Share;
    public HandAnswer[] Nested = [];
}

/// <summary>The opinion poll.</summary>
public sealed class HandPoll
{
    public string[] Pollsters = [];
    public string CommissionedBy = "";
    public int Conducted;
    public HandText Population;
    public HandText Question;
    public HandAnswer[] Answers = [];
}

/// <summary>The programme document as plain data.</summary>
public sealed class HandProgramme
{
    public string Id = "";
    public HandText Name;
    public HandSource? Source;
    public HandMission Mission = new();
    public int LaunchDate;
    public HandDimension[] Dimensions = [];
    public HandMeasure[] Measures = [];
    public HandGovernance Governance = new();
    public HandMilestone[] Milestones = [];
    public HandHorizon ResultsHorizon;
    public HandEvaluation? Evaluation;
    public HandNamedId[] Worlds = [];
    public HandNamedId[] Audiences = [];
    public HandPoll? Poll;
}

/// <summary>
/// The practical limit for the programme document: a hand-written <see cref="Utf8JsonWriter"/> and
/// <see cref="Utf8JsonReader"/> pass over plain data, writing the same bytes as the contract (compact) and reading them
/// back with format checks only (token types, known names, well-formed days, months and periods), no domain rules.
/// </summary>
public static class ProgrammeHandWritten
{
    private static readonly string[] DimensionKinds = ["operational", "strategic", "political"];
    private static readonly string[] MilestoneKinds = ["digitalEvent", "meeting", "visit", "conference", "workshop", "other"];
    private static readonly string[] Precisions = ["day", "daySpan", "partOfMonth", "month", "year"];
    private static readonly string[] MonthParts = ["early", "mid", "late"];
    private static readonly string[] ChangeKinds = ["confirmed", "rescheduled"];
    private static readonly byte[][] Utf8DimensionKinds = Utf8(DimensionKinds);
    private static readonly byte[][] Utf8MilestoneKinds = Utf8(MilestoneKinds);
    private static readonly byte[][] Utf8Precisions = Utf8(Precisions);
    private static readonly byte[][] Utf8MonthParts = Utf8(MonthParts);
    private static readonly byte[][] Utf8ChangeKinds = Utf8(ChangeKinds);
    private static readonly JsonEncodedText[] EncodedDimensionKinds = Encode(DimensionKinds);
    private static readonly JsonEncodedText[] EncodedMilestoneKinds = Encode(MilestoneKinds);
    private static readonly JsonEncodedText[] EncodedPrecisions = Encode(Precisions);
    private static readonly JsonEncodedText[] EncodedMonthParts = Encode(MonthParts);
    private static readonly JsonEncodedText[] EncodedChangeKinds = Encode(ChangeKinds);

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.GeneralPunctuation),
    };

    // One buffer and one writer per thread, reset between documents, as a service writing many documents would keep.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Turns a programme into plain data, outside the timing.</summary>
    public static HandProgramme From(Programme programme) => new()
    {
        Id = programme.Id.Value,
        Name = Text(programme.Name),
        Source = programme.Source is { } s ? new HandSource { Title = Text(s.Title), Publisher = s.Publisher.Name, Published = Day(s.Published) } : null,
        Mission = new HandMission
        {
            Title = Text(programme.Mission.Title),
            Subject = Text(programme.Mission.Subject),
            CommissionedBy = Person(programme.Mission.CommissionedBy),
            Commissioned = (programme.Mission.Commissioned.Year * 100) + programme.Mission.Commissioned.Month,
            LedBy = [.. programme.Mission.LedBy.Select(Person)],
            OrganisationsMobilised = new HandCount { Value = programme.Mission.Contributors.OrganisationsMobilised.Value, Approximate = programme.Mission.Contributors.OrganisationsMobilised.IsApproximate },
            Contributors = new HandCount { Value = programme.Mission.Contributors.ContributorCount.Value, Approximate = programme.Mission.Contributors.ContributorCount.IsApproximate },
            ReportTitle = Text(programme.Mission.Report.Title),
            ReportDelivered = Day(programme.Mission.Report.Delivered),
            ReportDeliveredTo = Person(programme.Mission.Report.DeliveredTo),
        },
        LaunchDate = Day(programme.LaunchDate),
        Dimensions = [.. programme.Dimensions.Select(d => new HandDimension
        {
            Kind = (byte)d.Kind,
            Name = Text(d.Name),
            Purpose = Text(d.Purpose),
            Horizon = new HandHorizon { Minimum = d.Horizon.MinimumMonths, Maximum = d.Horizon.MaximumMonths },
        })],
        Measures = [.. programme.Measures.Select(m => new HandMeasure { Number = m.Number.Value, Title = Text(m.Title), Dimension = (byte)m.Dimension })],
        Governance = new HandGovernance
        {
            Name = Text(programme.Governance.Name),
            Purpose = Text(programme.Governance.Purpose),
            Bodies = [.. programme.Governance.Bodies.Select(b => new HandBody { Name = Text(b.Name), HasRole = b.Role is not null, Role = b.Role is { } role ? Text(role) : default })],
        },
        Milestones = [.. programme.Milestones.Select(m => new HandMilestone
        {
            Sequence = m.Sequence,
            Title = Text(m.Title),
            Kind = (byte)m.Kind,
            Date = Date(m.Date),
            Place = m.Place,
            HasHostEvent = m.HostEvent is not null,
            HostEvent = m.HostEvent is { } host ? Text(host) : default,
            TimeZone = m.TimeZoneId,
            History = [.. m.History.Select(c => new HandChange { Previous = Date(c.Previous), Kind = (byte)c.Kind, Reason = c.Reason })],
        })],
        ResultsHorizon = new HandHorizon { Minimum = programme.ResultsHorizon.MinimumMonths, Maximum = programme.ResultsHorizon.MaximumMonths },
        Evaluation = programme.Evaluation is { } e
            ? new HandEvaluation { When = Date(e.When), Purpose = Text(e.Purpose), LooksBackOver = PeriodPattern.NormalizingIso.Format(e.LooksBackOver) }
            : null,
        Worlds = [.. programme.Worlds.Select(w => new HandNamedId { Id = w.Id, Name = Text(w.Name) })],
        Audiences = [.. programme.Audiences.Select(a => new HandNamedId { Id = a.Id, Name = Text(a.Name) })],
        Poll = programme.Poll is { } p
            ? new HandPoll
            {
                Pollsters = [.. p.Pollsters.Select(o => o.Name)],
                CommissionedBy = p.CommissionedBy.Name,
                Conducted = Day(p.Conducted),
                Population = Text(p.Population),
                Question = Text(p.Question),
                Answers = Answers(p.Answers),
            }
            : null,
    };

    /// <summary>Writes the document, compact, as the contract does.</summary>
    public static byte[] Write(HandProgramme programme)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        WriteDocument(writer, programme);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads the document back into plain data, with format checks only.</summary>
    /// <exception cref="JsonException">The document is not well formed, or not shaped as the contract.</exception>
    public static HandProgramme Read(ReadOnlySpan<byte> utf8)
    {
        var r = new Utf8JsonReader(utf8);
        var programme = new HandProgramme();
        StartObject(ref r);
        var seen = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("kind"u8))
            {
                seen |= 1;
                Read(ref r, JsonTokenType.String);
                if (!r.ValueTextEquals("programme"u8))
                {
                    throw new JsonException("This document is not a programme.");
                }
            }
            else if (r.ValueTextEquals("schemaVersion"u8))
            {
                seen |= 2;
                Read(ref r, JsonTokenType.Number);
                if (r.GetInt32() != 1)
                {
                    throw new JsonException("Only schema version 1 is read.");
                }
            }
            else if (r.ValueTextEquals("id"u8))
            {
                seen |= 4;
                programme.Id = ReadString(ref r);
            }
            else if (r.ValueTextEquals("name"u8))
            {
                seen |= 8;
                programme.Name = ReadText(ref r);
            }
            else if (r.ValueTextEquals("source"u8))
            {
                programme.Source = ReadSource(ref r);
            }
            else if (r.ValueTextEquals("mission"u8))
            {
                seen |= 16;
                programme.Mission = ReadMission(ref r);
            }
            else if (r.ValueTextEquals("launchDate"u8))
            {
                seen |= 32;
                programme.LaunchDate = ReadDay(ref r);
            }
            else if (r.ValueTextEquals("dimensions"u8))
            {
                seen |= 64;
                programme.Dimensions = ReadDimensions(ref r);
            }
            else if (r.ValueTextEquals("measures"u8))
            {
                seen |= 128;
                programme.Measures = ReadMeasures(ref r);
            }
            else if (r.ValueTextEquals("governance"u8))
            {
                seen |= 256;
                programme.Governance = ReadGovernance(ref r);
            }
            else if (r.ValueTextEquals("milestones"u8))
            {
                programme.Milestones = ReadMilestones(ref r);
            }
            else if (r.ValueTextEquals("resultsHorizon"u8))
            {
                seen |= 512;
                programme.ResultsHorizon = ReadHorizon(ref r);
            }
            else if (r.ValueTextEquals("evaluation"u8))
            {
                programme.Evaluation = ReadEvaluation(ref r);
            }
            else if (r.ValueTextEquals("worlds"u8))
            {
                programme.Worlds = ReadNamedIds(ref r);
            }
            else if (r.ValueTextEquals("audiences"u8))
            {
                programme.Audiences = ReadNamedIds(ref r);
            }
            else if (r.ValueTextEquals("poll"u8))
            {
                programme.Poll = ReadPoll(ref r);
            }
            else
            {
                throw Unknown(ref r);
            }
        }

        if (seen != 1023)
        {
            throw new JsonException("A programme document has kind, schemaVersion, id, name, mission, launchDate, dimensions, measures, governance and resultsHorizon.");
        }

        if (r.Read())
        {
            throw new JsonException("Nothing may follow the document.");
        }

        return programme;
    }

    private static void WriteDocument(Utf8JsonWriter w, HandProgramme p)
    {
        Span<byte> day = stackalloc byte[10];
        w.WriteStartObject();
        w.WriteString("kind"u8, "programme"u8);
        w.WriteNumber("schemaVersion"u8, 1);
        w.WriteString("id"u8, p.Id);
        WriteText(w, "name"u8, p.Name);
        if (p.Source is { } source)
        {
            w.WriteStartObject("source"u8);
            WriteText(w, "title"u8, source.Title);
            w.WriteString("publisher"u8, source.Publisher);
            w.WriteString("published"u8, FormatDay(source.Published, day));
            w.WriteEndObject();
        }

        var m = p.Mission;
        w.WriteStartObject("mission"u8);
        WriteText(w, "title"u8, m.Title);
        WriteText(w, "subject"u8, m.Subject);
        w.WritePropertyName("commissionedBy"u8);
        WritePerson(w, m.CommissionedBy);
        w.WriteString("commissioned"u8, FormatMonth(m.Commissioned, day));
        w.WriteStartArray("ledBy"u8);
        foreach (var person in m.LedBy)
        {
            WritePerson(w, person);
        }

        w.WriteEndArray();
        w.WriteStartObject("contributors"u8);
        WriteCount(w, "organisationsMobilised"u8, m.OrganisationsMobilised);
        WriteCount(w, "contributors"u8, m.Contributors);
        w.WriteEndObject();
        w.WriteStartObject("report"u8);
        WriteText(w, "title"u8, m.ReportTitle);
        w.WriteString("delivered"u8, FormatDay(m.ReportDelivered, day));
        w.WritePropertyName("deliveredTo"u8);
        WritePerson(w, m.ReportDeliveredTo);
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteString("launchDate"u8, FormatDay(p.LaunchDate, day));

        w.WriteStartArray("dimensions"u8);
        foreach (ref readonly var d in p.Dimensions.AsSpan())
        {
            w.WriteStartObject();
            w.WriteString("kind"u8, EncodedDimensionKinds[d.Kind]);
            WriteText(w, "name"u8, d.Name);
            WriteText(w, "purpose"u8, d.Purpose);
            WriteHorizon(w, "horizon"u8, d.Horizon);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("measures"u8);
        foreach (ref readonly var measure in p.Measures.AsSpan())
        {
            w.WriteStartObject();
            w.WriteNumber("number"u8, measure.Number);
            WriteText(w, "title"u8, measure.Title);
            w.WriteString("dimension"u8, EncodedDimensionKinds[measure.Dimension]);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartObject("governance"u8);
        WriteText(w, "name"u8, p.Governance.Name);
        WriteText(w, "purpose"u8, p.Governance.Purpose);
        w.WriteStartArray("bodies"u8);
        foreach (ref readonly var body in p.Governance.Bodies.AsSpan())
        {
            w.WriteStartObject();
            WriteText(w, "name"u8, body.Name);
            if (body.HasRole)
            {
                WriteText(w, "role"u8, body.Role);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartArray("milestones"u8);
        foreach (var milestone in p.Milestones)
        {
            w.WriteStartObject();
            w.WriteNumber("sequence"u8, milestone.Sequence);
            WriteText(w, "title"u8, milestone.Title);
            w.WriteString("kind"u8, EncodedMilestoneKinds[milestone.Kind]);
            WriteDate(w, "date"u8, milestone.Date, day);
            if (milestone.Place is not null)
            {
                w.WriteString("place"u8, milestone.Place);
            }

            if (milestone.HasHostEvent)
            {
                WriteText(w, "hostEvent"u8, milestone.HostEvent);
            }

            w.WriteString("timeZone"u8, milestone.TimeZone);
            if (milestone.History.Length > 0)
            {
                w.WriteStartArray("history"u8);
                foreach (ref readonly var change in milestone.History.AsSpan())
                {
                    w.WriteStartObject();
                    WriteDate(w, "previous"u8, change.Previous, day);
                    w.WriteString("kind"u8, EncodedChangeKinds[change.Kind]);
                    if (change.Reason is not null)
                    {
                        w.WriteString("reason"u8, change.Reason);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        WriteHorizon(w, "resultsHorizon"u8, p.ResultsHorizon);
        if (p.Evaluation is { } evaluation)
        {
            w.WriteStartObject("evaluation"u8);
            WriteDate(w, "when"u8, evaluation.When, day);
            WriteText(w, "purpose"u8, evaluation.Purpose);
            w.WriteString("looksBackOver"u8, evaluation.LooksBackOver);
            w.WriteEndObject();
        }

        WriteNamedIds(w, "worlds"u8, p.Worlds);
        WriteNamedIds(w, "audiences"u8, p.Audiences);

        if (p.Poll is { } poll)
        {
            w.WriteStartObject("poll"u8);
            w.WriteStartArray("pollsters"u8);
            foreach (var pollster in poll.Pollsters)
            {
                w.WriteStringValue(pollster);
            }

            w.WriteEndArray();
            w.WriteString("commissionedBy"u8, poll.CommissionedBy);
            w.WriteString("conducted"u8, FormatDay(poll.Conducted, day));
            WriteText(w, "population"u8, poll.Population);
            WriteText(w, "question"u8, poll.Question);
            WriteAnswers(w, "answers"u8, poll.Answers);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter w, ReadOnlySpan<byte> name, in HandText text)
    {
        w.WriteStartObject(name);
        w.WriteString("fr"u8, text.Fr);
        if (text.En is not null)
        {
            w.WriteString("en"u8, text.En);
        }

        w.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter w, in HandPerson person)
    {
        w.WriteStartObject();
        w.WriteString("name"u8, person.Name);
        WriteText(w, "role"u8, person.Role);
        w.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter w, ReadOnlySpan<byte> name, HandCount count)
    {
        w.WriteStartObject(name);
        w.WriteNumber("value"u8, count.Value);
        w.WriteBoolean("approximate"u8, count.Approximate);
        w.WriteEndObject();
    }

    private static void WriteHorizon(Utf8JsonWriter w, ReadOnlySpan<byte> name, HandHorizon horizon)
    {
        Span<byte> text = stackalloc byte[16];
        w.WriteStartObject(name);
        w.WriteString("minimum"u8, FormatMonths(horizon.Minimum, text));
        w.WriteString("maximum"u8, FormatMonths(horizon.Maximum, text));
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, ReadOnlySpan<byte> name, in HandDate date, Span<byte> text)
    {
        w.WriteStartObject(name);
        w.WriteString("precision"u8, EncodedPrecisions[date.Precision]);
        switch (date.Precision)
        {
            case 0:
                w.WriteString("day"u8, FormatDay(date.Day, text));
                break;
            case 1:
                w.WriteString("first"u8, FormatDay(date.First, text));
                w.WriteString("last"u8, FormatDay(date.Last, text));
                break;
            case 2:
                w.WriteString("month"u8, FormatMonth(date.Month, text));
                w.WriteString("part"u8, EncodedMonthParts[date.Part]);
                break;
            case 3:
                w.WriteString("month"u8, FormatMonth(date.Month, text));
                break;
            default:
                w.WriteNumber("year"u8, date.Year);
                break;
        }

        w.WriteBoolean("toBeConfirmed"u8, date.ToBeConfirmed);
        w.WriteEndObject();
    }

    private static void WriteNamedIds(Utf8JsonWriter w, ReadOnlySpan<byte> name, HandNamedId[] items)
    {
        w.WriteStartArray(name);
        foreach (ref readonly var item in items.AsSpan())
        {
            w.WriteStartObject();
            w.WriteString("id"u8, item.Id);
            WriteText(w, "name"u8, item.Name);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteAnswers(Utf8JsonWriter w, ReadOnlySpan<byte> name, HandAnswer[] answers)
    {
        w.WriteStartArray(name);
        foreach (var answer in answers)
        {
            w.WriteStartObject();
            WriteText(w, "label"u8, answer.Label);
            w.WriteNumber("share"u8, answer.Share);
            if (answer.Nested.Length > 0)
            {
                WriteAnswers(w, "nested"u8, answer.Nested);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static HandSource ReadSource(ref Utf8JsonReader r)
    {
        var source = new HandSource();
        StartObject(ref r);
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("title"u8))
            {
                source.Title = ReadText(ref r);
            }
            else if (r.ValueTextEquals("publisher"u8))
            {
                source.Publisher = ReadString(ref r);
            }
            else if (r.ValueTextEquals("published"u8))
            {
                source.Published = ReadDay(ref r);
            }
            else
            {
                throw Unknown(ref r);
            }
        }

        return source;
    }

    private static HandMission ReadMission(ref Utf8JsonReader r)
    {
        var mission = new HandMission();
        StartObject(ref r);
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("title"u8))
            {
                mission.Title = ReadText(ref r);
            }
            else if (r.ValueTextEquals("subject"u8))
            {
                mission.Subject = ReadText(ref r);
            }
            else if (r.ValueTextEquals("commissionedBy"u8))
            {
                mission.CommissionedBy = ReadPerson(ref r);
            }
            else if (r.ValueTextEquals("commissioned"u8))
            {
                mission.Commissioned = ReadMonth(ref r);
            }
            else if (r.ValueTextEquals("ledBy"u8))
            {
                var people = new List<HandPerson>(2);
                StartArray(ref r);
                while (NextElement(ref r))
                {
                    people.Add(ReadPersonBody(ref r));
                }

                mission.LedBy = [.. people];
            }
            else if (r.ValueTextEquals("contributors"u8))
            {
                StartObject(ref r);
                while (NextProperty(ref r))
                {
                    if (r.ValueTextEquals("organisationsMobilised"u8))
                    {
                        mission.OrganisationsMobilised = ReadCount(ref r);
                    }
                    else if (r.ValueTextEquals("contributors"u8))
                    {
                        mission.Contributors = ReadCount(ref r);
                    }
                    else
                    {
                        throw Unknown(ref r);
                    }
                }
            }
            else if (r.ValueTextEquals("report"u8))
            {
                StartObject(ref r);
                while (NextProperty(ref r))
                {
                    if (r.ValueTextEquals("title"u8))
                    {
                        mission.ReportTitle = ReadText(ref r);
                    }
                    else if (r.ValueTextEquals("delivered"u8))
                    {
                        mission.ReportDelivered = ReadDay(ref r);
                    }
                    else if (r.ValueTextEquals("deliveredTo"u8))
                    {
                        mission.ReportDeliveredTo = ReadPerson(ref r);
                    }
                    else
                    {
                        throw Unknown(ref r);
                    }
                }
            }
            else
            {
                throw Unknown(ref r);
            }
        }

        return mission;
    }

    private static HandPerson ReadPerson(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        return ReadPersonBody(ref r);
    }

    /// <summary>Reads a person whose start has been read.</summary>
    private static HandPerson ReadPersonBody(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An object is expected here.");
        }

        var person = new HandPerson { Name = "" };
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("name"u8))
            {
                person.Name = ReadString(ref r);
            }
            else if (r.ValueTextEquals("role"u8))
            {
                person.Role = ReadText(ref r);
            }
            else
            {
                throw Unknown(ref r);
            }
        }

        return person;
    }

    private static HandCount ReadCount(ref Utf8JsonReader r)
    {
        var count = default(HandCount);
        StartObject(ref r);
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("value"u8))
            {
                Read(ref r, JsonTokenType.Number);
                count.Value = r.GetInt32();
            }
            else if (r.ValueTextEquals("approximate"u8))
            {
                count.Approximate = ReadBoolean(ref r);
            }
            else
            {
                throw Unknown(ref r);
            }
        }

        return count;
    }

    private static HandDimension[] ReadDimensions(ref Utf8JsonReader r)
    {
        var list = new List<HandDimension>(3);
        StartArray(ref r);
        while (NextElement(ref r))
        {
            ExpectStartObject(ref r);
            var dimension = default(HandDimension);
            while (NextProperty(ref r))
            {
                if (r.ValueTextEquals("kind"u8))
                {
                    dimension.Kind = ReadName(ref r, Utf8DimensionKinds);
                }
                else if (r.ValueTextEquals("name"u8))
                {
                    dimension.Name = ReadText(ref r);
                }
                else if (r.ValueTextEquals("purpose"u8))
                {
                    dimension.Purpose = ReadText(ref r);
                }
                else if (r.ValueTextEquals("horizon"u8))
                {
                    dimension.Horizon = ReadHorizon(ref r);
                }
                else
                {
                    throw Unknown(ref r);
                }
            }

            list.Add(dimension);
        }

        return [.. list];
    }

    private static HandHorizon ReadHorizon(ref Utf8JsonReader r)
    {
        var horizon = default(HandHorizon);
        StartObject(ref r);
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("minimum"u8))
            {
                horizon.Minimum = ReadMonths(ref r);
            }
            else if (r.ValueTextEquals("maximum"u8))
            {
                horizon.Maximum = ReadMonths(ref r);
            }
            else
            {
                throw Unknown(ref r);
            }
        }

        return horizon;
    }

    private static HandMeasure[] ReadMeasures(ref Utf8JsonReader r)
    {
        var list = new List<HandMeasure>(32);
        StartArray(ref r);
        while (NextElement(ref r))
        {
            ExpectStartObject(ref r);
            var measure = default(HandMeasure);
            while (NextProperty(ref r))
            {
                if (r.ValueTextEquals("number"u8))
                {
                    Read(ref r, JsonTokenType.Number);
                    measure.Number = r.GetInt32();
                }
                else if (r.ValueTextEquals("title"u8))
                {
                    measure.Title = ReadText(ref r);
                }
                else if (r.ValueTextEquals("dimension"u8))
                {
                    measure.Dimension = ReadName(ref r, Utf8DimensionKinds);
                }
                else
                {
                    throw Unknown(ref r);
                }
            }

            list.Add(measure);
        }

        return [.. list];
    }

    private static HandGovernance ReadGovernance(ref Utf8JsonReader r)
    {
        var governance = new HandGovernance();
        StartObject(ref r);
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("name"u8))
            {
                governance.Name = ReadText(ref r);
            }
            else if (r.ValueTextEquals("purpose"u8))
            {
                governance.Purpose = ReadText(ref r);
            }
            else if (r.ValueTextEquals("bodies"u8))
            {
                var bodies = new List<HandBody>(4);
                StartArray(ref r);
                while (NextElement(ref r))
                {
                    ExpectStartObject(ref r);
                    var body = default(HandBody);
                    while (NextProperty(ref r))
                    {
                        if (r.ValueTextEquals("name"u8))
                        {
                            body.Name = ReadText(ref r);
                        }
                        else if (r.ValueTextEquals("role"u8))
                        {
                            body.HasRole = true;
                            body.Role = ReadText(ref r);
                        }
                        else
                        {
                            throw Unknown(ref r);
                        }
                    }

                    bodies.Add(body);
                }

                governance.Bodies = [.. bodies];
            }
            else
            {
                throw Unknown(ref r);
            }
        }

        return governance;
    }

    private static HandMilestone[] ReadMilestones(ref Utf8JsonReader r)
    {
        var list = new List<HandMilestone>(16);
        StartArray(ref r);
        while (NextElement(ref r))
        {
            ExpectStartObject(ref r);
            var milestone = new HandMilestone();
            while (NextProperty(ref r))
            {
                if (r.ValueTextEquals("sequence"u8))
                {
                    Read(ref r, JsonTokenType.Number);
                    milestone.Sequence = r.GetInt32();
                }
                else if (r.ValueTextEquals("title"u8))
                {
                    milestone.Title = ReadText(ref r);
                }
                else if (r.ValueTextEquals("kind"u8))
                {
                    milestone.Kind = ReadName(ref r, Utf8MilestoneKinds);
                }
                else if (r.ValueTextEquals("date"u8))
                {
                    milestone.Date = ReadDate(ref r);
                }
                else if (r.ValueTextEquals("place"u8))
                {
                    milestone.Place = ReadString(ref r);
                }
                else if (r.ValueTextEquals("hostEvent"u8))
                {
                    milestone.HasHostEvent = true;
                    milestone.HostEvent = ReadText(ref r);
                }
                else if (r.ValueTextEquals("timeZone"u8))
                {
                    milestone.TimeZone = ReadString(ref r);
                }
                else if (r.ValueTextEquals("history"u8))
                {
                    var history = new List<HandChange>(2);
                    StartArray(ref r);
                    while (NextElement(ref r))
                    {
                        ExpectStartObject(ref r);
                        var change = default(HandChange);
                        while (NextProperty(ref r))
                        {
                            if (r.ValueTextEquals("previous"u8))
                            {
                                change.Previous = ReadDate(ref r);
                            }
                            else if (r.ValueTextEquals("kind"u8))
                            {
                                change.Kind = ReadName(ref r, Utf8ChangeKinds);
                            }
                            else if (r.ValueTextEquals("reason"u8))
                            {
                                change.Reason = ReadString(ref r);
                            }
                            else
                            {
                                throw Unknown(ref r);
                            }
                        }

                        history.Add(change);
                    }

                    milestone.History = [.. history];
                }
                else
                {
                    throw Unknown(ref r);
                }
            }

            list.Add(milestone);
        }

        return [.. list];
    }

    private static HandDate ReadDate(ref Utf8JsonReader r)
    {
        var date = default(HandDate);
        var seen = 0;
        StartObject(ref r);
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("precision"u8))
            {
                seen |= 1;
                date.Precision = ReadName(ref r, Utf8Precisions);
            }
            else if (r.ValueTextEquals("day"u8))
            {
                seen |= 2;
                date.Day = ReadDay(ref r);
            }
            else if (r.ValueTextEquals("first"u8))
            {
                seen |= 4;
                date.First = ReadDay(ref r);
            }
            else if (r.ValueTextEquals("last"u8))
            {
                seen |= 8;
                date.Last = ReadDay(ref r);
            }
            else if (r.ValueTextEquals("month"u8))
            {
                seen |= 16;
                date.Month = ReadMonth(ref r);
            }
            else if (r.ValueTextEquals("part"u8))
            {
                seen |= 32;
                date.Part = ReadName(ref r, Utf8MonthParts);
            }
            else if (r.ValueTextEquals("year"u8))
            {
                seen |= 64;
                Read(ref r, JsonTokenType.Number);
                date.Year = r.GetInt32();
            }
            else if (r.ValueTextEquals("toBeConfirmed"u8))
            {
                seen |= 128;
                date.ToBeConfirmed = ReadBoolean(ref r);
            }
            else
            {
                throw Unknown(ref r);
            }
        }

        // A date has its precision, its confirmation, and exactly the fields of its precision.
        var fields = date.Precision switch { 0 => 2, 1 => 4 | 8, 2 => 16 | 32, 3 => 16, _ => 64 };
        if (seen != (fields | 1 | 128))
        {
            throw new JsonException("A date has a precision, toBeConfirmed, and exactly the fields of its precision.");
        }

        return date;
    }

    private static HandEvaluation ReadEvaluation(ref Utf8JsonReader r)
    {
        var evaluation = new HandEvaluation();
        StartObject(ref r);
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("when"u8))
            {
                evaluation.When = ReadDate(ref r);
            }
            else if (r.ValueTextEquals("purpose"u8))
            {
                evaluation.Purpose = ReadText(ref r);
            }
            else if (r.ValueTextEquals("looksBackOver"u8))
            {
                Read(ref r, JsonTokenType.String);
                if (!IsPeriod(r.ValueSpan) || r.ValueIsEscaped)
                {
                    throw new JsonException("An ISO 8601 period such as P3Y is expected here.");
                }

                evaluation.LooksBackOver = r.GetString()!;
            }
            else
            {
                throw Unknown(ref r);
            }
        }

        return evaluation;
    }

    private static HandNamedId[] ReadNamedIds(ref Utf8JsonReader r)
    {
        var list = new List<HandNamedId>(8);
        StartArray(ref r);
        while (NextElement(ref r))
        {
            ExpectStartObject(ref r);
            var item = new HandNamedId { Id = "" };
            while (NextProperty(ref r))
            {
                if (r.ValueTextEquals("id"u8))
                {
                    item.Id = ReadString(ref r);
                }
                else if (r.ValueTextEquals("name"u8))
                {
                    item.Name = ReadText(ref r);
                }
                else
                {
                    throw Unknown(ref r);
                }
            }

            list.Add(item);
        }

        return [.. list];
    }

    private static HandPoll ReadPoll(ref Utf8JsonReader r)
    {
        var poll = new HandPoll();
        StartObject(ref r);
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("pollsters"u8))
            {
                var pollsters = new List<string>(2);
                StartArray(ref r);
                while (NextElement(ref r))
                {
                    if (r.TokenType != JsonTokenType.String)
                    {
                        throw new JsonException("A string is expected here.");
                    }

                    pollsters.Add(r.GetString()!);
                }

                poll.Pollsters = [.. pollsters];
            }
            else if (r.ValueTextEquals("commissionedBy"u8))
            {
                poll.CommissionedBy = ReadString(ref r);
            }
            else if (r.ValueTextEquals("conducted"u8))
            {
                poll.Conducted = ReadDay(ref r);
            }
            else if (r.ValueTextEquals("population"u8))
            {
                poll.Population = ReadText(ref r);
            }
            else if (r.ValueTextEquals("question"u8))
            {
                poll.Question = ReadText(ref r);
            }
            else if (r.ValueTextEquals("answers"u8))
            {
                poll.Answers = ReadAnswers(ref r);
            }
            else
            {
                throw Unknown(ref r);
            }
        }

        return poll;
    }

    private static HandAnswer[] ReadAnswers(ref Utf8JsonReader r)
    {
        var list = new List<HandAnswer>(4);
        StartArray(ref r);
        while (NextElement(ref r))
        {
            ExpectStartObject(ref r);
            var answer = new HandAnswer();
            while (NextProperty(ref r))
            {
                if (r.ValueTextEquals("label"u8))
                {
                    answer.Label = ReadText(ref r);
                }
                else if (r.ValueTextEquals("share"u8))
                {
                    Read(ref r, JsonTokenType.Number);
                    answer.Share = r.GetDouble();
                }
                else if (r.ValueTextEquals("nested"u8))
                {
                    answer.Nested = ReadAnswers(ref r);
                }
                else
                {
                    throw Unknown(ref r);
                }
            }

            list.Add(answer);
        }

        return [.. list];
    }

    private static HandText ReadText(ref Utf8JsonReader r)
    {
        var text = default(HandText);
        StartObject(ref r);
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("fr"u8))
            {
                text.Fr = ReadString(ref r);
            }
            else if (r.ValueTextEquals("en"u8))
            {
                text.En = ReadString(ref r);
            }
            else
            {
                throw Unknown(ref r);
            }
        }

        return text.Fr is null ? throw new JsonException("A localized text has 'fr'.") : text;
    }

    private static string ReadString(ref Utf8JsonReader r)
    {
        Read(ref r, JsonTokenType.String);
        return r.GetString()!;
    }

    private static bool ReadBoolean(ref Utf8JsonReader r)
    {
        if (!r.Read() || r.TokenType is not (JsonTokenType.True or JsonTokenType.False))
        {
            throw new JsonException("true or false is expected here.");
        }

        return r.TokenType == JsonTokenType.True;
    }

    private static byte ReadName(ref Utf8JsonReader r, byte[][] names)
    {
        Read(ref r, JsonTokenType.String);
        for (var i = 0; i < names.Length; i++)
        {
            if (r.ValueTextEquals(names[i]))
            {
                return (byte)i;
            }
        }

        throw new JsonException($"Unknown name '{r.GetString()}'.");
    }

    /// <summary>Reads a day written yyyy-MM-dd as yyyyMMdd.</summary>
    private static int ReadDay(ref Utf8JsonReader r)
    {
        Read(ref r, JsonTokenType.String);
        Span<byte> buffer = stackalloc byte[64];
        ReadOnlySpan<byte> text = r.ValueIsEscaped || r.HasValueSequence ? buffer[..Unescape(ref r, buffer)] : r.ValueSpan;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' || !Digits(text[..4], out var year) || !Digits(text.Slice(5, 2), out var month) || !Digits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new JsonException("A day written yyyy-MM-dd is expected here.");
        }

        return (year * 10000) + (month * 100) + day;
    }

    /// <summary>Reads a month written yyyy-MM as yyyyMM.</summary>
    private static int ReadMonth(ref Utf8JsonReader r)
    {
        Read(ref r, JsonTokenType.String);
        Span<byte> buffer = stackalloc byte[64];
        ReadOnlySpan<byte> text = r.ValueIsEscaped || r.HasValueSequence ? buffer[..Unescape(ref r, buffer)] : r.ValueSpan;
        if (text.Length != 7 || text[4] != '-' || !Digits(text[..4], out var year) || !Digits(text.Slice(5, 2), out var month) || year < 1 || month is < 1 or > 12)
        {
            throw new JsonException("A month written yyyy-MM is expected here.");
        }

        return (year * 100) + month;
    }

    /// <summary>Reads a whole number of months written as an ISO 8601 period, P3M.</summary>
    private static int ReadMonths(ref Utf8JsonReader r)
    {
        Read(ref r, JsonTokenType.String);
        Span<byte> buffer = stackalloc byte[64];
        ReadOnlySpan<byte> text = r.ValueIsEscaped || r.HasValueSequence ? buffer[..Unescape(ref r, buffer)] : r.ValueSpan;
        if (text.Length < 3 || text[0] != 'P' || text[^1] != 'M' || !Digits(text[1..^1], out var months))
        {
            throw new JsonException("A whole number of months such as P3M is expected here.");
        }

        return months;
    }

    /// <summary>Unescapes the rare escaped or split string into <paramref name="buffer"/>, and gives its length.</summary>
    private static int Unescape(ref Utf8JsonReader r, scoped Span<byte> buffer)
    {
        // Unescaping never lengthens a string, and no valid value is longer than the buffer even fully escaped
        // (\u0032 for each of ten characters).
        var length = r.HasValueSequence ? r.ValueSequence.Length : r.ValueSpan.Length;
        return length <= buffer.Length ? r.CopyString(buffer) : throw new JsonException("The value is too long.");
    }

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }

        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>Whether the text is an ISO 8601 period of years, months, weeks and days: P, then digits and a unit, in order.</summary>
    private static bool IsPeriod(ReadOnlySpan<byte> text)
    {
        if (text.Length < 3 || text[0] != 'P')
        {
            return false;
        }

        ReadOnlySpan<byte> units = "YMWD"u8;
        var next = 0;
        var i = 1;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9')
            {
                i++;
            }

            if (i == start || i == text.Length)
            {
                return false;
            }

            var unit = units[next..].IndexOf(text[i]);
            if (unit < 0)
            {
                return false;
            }

            next += unit + 1;
            i++;
        }

        return true;
    }

    private static void Read(ref Utf8JsonReader r, JsonTokenType expected)
    {
        if (!r.Read() || r.TokenType != expected)
        {
            throw new JsonException($"{expected} is expected here.");
        }
    }

    private static void StartObject(ref Utf8JsonReader r) => Read(ref r, JsonTokenType.StartObject);

    private static void StartArray(ref Utf8JsonReader r) => Read(ref r, JsonTokenType.StartArray);

    private static void ExpectStartObject(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An object is expected here.");
        }
    }

    /// <summary>Moves to the next property of an object: true on a property name, false at the end of the object.</summary>
    private static bool NextProperty(ref Utf8JsonReader r)
    {
        r.Read();
        return r.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Moves to the next element of an array: true on an element, false at the end of the array.</summary>
    private static bool NextElement(ref Utf8JsonReader r) => r.Read() && r.TokenType != JsonTokenType.EndArray;

    private static JsonException Unknown(ref Utf8JsonReader r) => new($"Unknown property '{r.GetString()}'.");

    private static ReadOnlySpan<byte> FormatDay(int yyyyMMdd, Span<byte> text) =>
        HandWritten.Format(yyyyMMdd / 10000, yyyyMMdd / 100 % 100, yyyyMMdd % 100, text)[..10];

    private static ReadOnlySpan<byte> FormatMonth(int yyyyMM, Span<byte> text)
    {
        var year = yyyyMM / 100;
        var month = yyyyMM % 100;
        text[0] = (byte)('0' + (year / 1000));
        text[1] = (byte)('0' + (year / 100 % 10));
        text[2] = (byte)('0' + (year / 10 % 10));
        text[3] = (byte)('0' + (year % 10));
        text[4] = (byte)'-';
        text[5] = (byte)('0' + (month / 10));
        text[6] = (byte)('0' + (month % 10));
        return text[..7];
    }

    private static ReadOnlySpan<byte> FormatMonths(int months, Span<byte> text)
    {
        text[0] = (byte)'P';
        months.TryFormat(text[1..], out var length, default, CultureInfo.InvariantCulture);
        text[length + 1] = (byte)'M';
        return text[..(length + 2)];
    }

    private static byte[][] Utf8(string[] names) => [.. names.Select(n => System.Text.Encoding.UTF8.GetBytes(n))];

    private static JsonEncodedText[] Encode(string[] names) => [.. names.Select(n => JsonEncodedText.Encode(n))];

    private static HandText Text(LocalizedText text) => new() { Fr = text.French, En = text.English };

    private static HandPerson Person(Actors.Person person) => new() { Name = person.Name, Role = Text(person.Role) };

    private static int Day(LocalDate day) => (day.Year * 10000) + (day.Month * 100) + day.Day;

    private static HandDate Date(ImpreciseDate date)
    {
        var hand = new HandDate { Precision = (byte)date.Precision, ToBeConfirmed = date.IsToBeConfirmed };
        switch (date)
        {
            case ExactDay exact:
                hand.Day = Day(exact.Day);
                break;
            case DaySpan span:
                hand.First = Day(span.First);
                hand.Last = Day(span.Last);
                break;
            case PartOfMonth part:
                hand.Month = (part.Month.Year * 100) + part.Month.Month;
                hand.Part = (byte)part.Part;
                break;
            case WholeMonth month:
                hand.Month = (month.Month.Year * 100) + month.Month.Month;
                break;
            case WholeYear year:
                hand.Year = year.Year;
                break;
        }

        return hand;
    }

    private static HandAnswer[] Answers(Collections.ValueList<PollAnswer> answers) =>
        [.. answers.Select(a => new HandAnswer { Label = Text(a.Label), Share = a.Share.Points, Nested = Answers(a.Nested) })];
}

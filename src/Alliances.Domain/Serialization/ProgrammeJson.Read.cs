using System.Text.Json;
using Alliances.Domain.Actors;
using Alliances.Domain.Collections;
using Alliances.Domain.Dates;
using Alliances.Domain.Dimensions;
using Alliances.Domain.Governance;
using Alliances.Domain.Measures;
using Alliances.Domain.Milestones;
using Alliances.Domain.Polling;
using Alliances.Domain.Programmes;
using Alliances.Domain.Quantities;
using Alliances.Domain.Text;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Serialization;

public static partial class ProgrammeJson
{
    /// <summary>Reads the document into a draft: the shape and every value checked, the rules across parts not yet.</summary>
    internal static ProgrammeDraft ReadDraft(ReadOnlySpan<byte> utf8)
    {
        var r = new DocumentReader(utf8);
        try
        {
            return ReadDocument(ref r);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The reader and the values built leave their errors to this one handler, which gives them the path.
            throw r.Failure(e, Kind);
        }
    }

    /// <summary>
    /// When a document fails on its shape, checks whether the reason is rather a kind or a version this library does not
    /// read, which the reader may not have reached yet.
    /// </summary>
    internal static JsonException? VersionProblem(ReadOnlySpan<byte> utf8, string expectedKind)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isKind = reader.ValueTextEquals("kind"u8);
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                var at = reader.TokenStartIndex;
                reader.Read();
                if (isKind && reader.TokenType == JsonTokenType.String && !reader.ValueTextEquals(expectedKind))
                {
                    return JsonErrors.At(utf8, at, "$.kind", Rules.JsonKindAndVersion, $"This document's kind is '{reader.GetString()}', not '{expectedKind}'.");
                }

                if (isVersion && reader.TokenType == JsonTokenType.Number && (!reader.TryGetInt32(out var version) || version != SchemaVersion))
                {
                    return JsonErrors.At(utf8, at, "$.schemaVersion", Rules.JsonKindAndVersion, $"This library reads schema version {SchemaVersion} only; the document has version {System.Text.Encoding.UTF8.GetString(reader.ValueSpan)}.");
                }

                reader.Skip();
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The document is malformed further on, its kind is not valid UTF-8 or its version is no number this
            // library can read: the shape error stands.
        }

        return null;
    }

    /// <summary>Reads and checks the <c>kind</c> property.</summary>
    internal static void ReadKind(ref DocumentReader r, string expected)
    {
        var kind = r.GetString();
        if (!string.Equals(kind, expected, StringComparison.Ordinal))
        {
            throw r.Error($"This document's kind is '{kind}', not '{expected}'.", Rules.JsonKindAndVersion);
        }
    }

    /// <summary>Reads and checks the <c>schemaVersion</c> property.</summary>
    internal static void ReadVersion(ref DocumentReader r)
    {
        if (r.TokenType != JsonTokenType.Number)
        {
            throw r.Error("A number is expected here.");
        }

        var version = r.GetInt32();
        if (!SupportedSchemaVersions.Contains(version))
        {
            throw r.Error($"This library reads schema version {string.Join(", ", SupportedSchemaVersions)}; the document has version {version}.", Rules.JsonKindAndVersion);
        }
    }

    private static ProgrammeDraft ReadDocument(ref DocumentReader r)
    {
        r.StartDocument();
        int seen = 0;
        ProgrammeId? id = null;
        LocalizedText? name = null;
        SourceDocument? source = null;
        Mission? mission = null;
        LocalDate launch = default;
        ValueList<Dimension> dimensions = default;
        ValueList<Measure> measures = default;
        FollowUpCommittee? governance = null;
        ValueList<Milestone> milestones = default;
        EffectHorizon results = default;
        PlannedEvaluation? evaluation = null;
        ValueList<World> worlds = default;
        ValueList<Audience> audiences = default;
        OpinionPoll? poll = null;
        while (r.NextProperty())
        {
            if (r.Is("kind"u8))
            {
                r.Enter("kind", 1 << 0, ref seen);
                ReadKind(ref r, Kind);
            }
            else if (r.Is("schemaVersion"u8))
            {
                r.Enter("schemaVersion", 1 << 1, ref seen);
                ReadVersion(ref r);
            }
            else if (r.Is("id"u8))
            {
                r.Enter("id", 1 << 2, ref seen);
                var text = r.GetString();
                id = new ProgrammeId(text);
            }
            else if (r.Is("name"u8))
            {
                r.Enter("name", 1 << 3, ref seen);
                name = r.GetText();
            }
            else if (r.Is("source"u8))
            {
                r.Enter("source", 1 << 4, ref seen);
                source = ReadSource(ref r);
            }
            else if (r.Is("mission"u8))
            {
                r.Enter("mission", 1 << 5, ref seen);
                mission = ReadMission(ref r);
            }
            else if (r.Is("launchDate"u8))
            {
                r.Enter("launchDate", 1 << 6, ref seen);
                launch = r.GetDate();
            }
            else if (r.Is("dimensions"u8))
            {
                r.Enter("dimensions", 1 << 7, ref seen);
                dimensions = ReadDimensions(ref r);
            }
            else if (r.Is("measures"u8))
            {
                r.Enter("measures", 1 << 8, ref seen);
                measures = ReadMeasures(ref r);
            }
            else if (r.Is("governance"u8))
            {
                r.Enter("governance", 1 << 9, ref seen);
                governance = ReadGovernance(ref r);
            }
            else if (r.Is("milestones"u8))
            {
                r.Enter("milestones", 1 << 10, ref seen);
                milestones = ReadMilestones(ref r);
            }
            else if (r.Is("resultsHorizon"u8))
            {
                r.Enter("resultsHorizon", 1 << 11, ref seen);
                results = ReadHorizon(ref r);
            }
            else if (r.Is("evaluation"u8))
            {
                r.Enter("evaluation", 1 << 12, ref seen);
                evaluation = ReadEvaluation(ref r);
            }
            else if (r.Is("worlds"u8))
            {
                r.Enter("worlds", 1 << 13, ref seen);
                worlds = ReadWorlds(ref r);
            }
            else if (r.Is("audiences"u8))
            {
                r.Enter("audiences", 1 << 14, ref seen);
                audiences = ReadAudiences(ref r);
            }
            else if (r.Is("poll"u8))
            {
                r.Enter("poll", 1 << 15, ref seen);
                poll = ReadPoll(ref r);
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(
            seen,
            0b0110_1111_1110_1111,
            ["kind", "schemaVersion", "id", "name", "source", "mission", "launchDate", "dimensions", "measures", "governance", "milestones", "resultsHorizon", "evaluation", "worlds", "audiences", "poll"]);
        r.EndDocument();
        return new ProgrammeDraft
        {
            Id = id!,
            Name = name!,
            Source = source,
            Mission = mission!,
            LaunchDate = launch,
            Dimensions = dimensions,
            Measures = measures,
            Governance = governance!,
            Milestones = milestones,
            ResultsHorizon = results,
            Evaluation = evaluation,
            Worlds = worlds,
            Audiences = audiences,
            Poll = poll,
        };
    }

    private static SourceDocument ReadSource(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0;
        LocalizedText? title = null;
        string? publisher = null;
        LocalDate published = default;
        while (r.NextProperty())
        {
            if (r.Is("title"u8))
            {
                r.Enter("title", 1, ref seen);
                title = r.GetText();
            }
            else if (r.Is("publisher"u8))
            {
                r.Enter("publisher", 2, ref seen);
                publisher = r.GetString();
            }
            else if (r.Is("published"u8))
            {
                r.Enter("published", 4, ref seen);
                published = r.GetDate();
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 7, ["title", "publisher", "published"]);
        return new SourceDocument(title!, new Organisation(publisher!), published);
    }

    private static Mission ReadMission(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0;
        LocalizedText? title = null, subject = null;
        Person? commissionedBy = null;
        YearMonth commissioned = default;
        var ledBy = new List<Person>();
        Contributors? contributors = null;
        MissionReport? report = null;
        while (r.NextProperty())
        {
            if (r.Is("title"u8))
            {
                r.Enter("title", 1, ref seen);
                title = r.GetText();
            }
            else if (r.Is("subject"u8))
            {
                r.Enter("subject", 2, ref seen);
                subject = r.GetText();
            }
            else if (r.Is("commissionedBy"u8))
            {
                r.Enter("commissionedBy", 4, ref seen);
                commissionedBy = ReadPerson(ref r);
            }
            else if (r.Is("commissioned"u8))
            {
                r.Enter("commissioned", 8, ref seen);
                commissioned = r.GetMonth();
            }
            else if (r.Is("ledBy"u8))
            {
                r.Enter("ledBy", 16, ref seen);
                r.StartArray();
                while (r.NextElement())
                {
                    ledBy.Add(ReadPerson(ref r));
                }
            }
            else if (r.Is("contributors"u8))
            {
                r.Enter("contributors", 32, ref seen);
                contributors = ReadContributors(ref r);
            }
            else if (r.Is("report"u8))
            {
                r.Enter("report", 64, ref seen);
                report = ReadReport(ref r);
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 127, ["title", "subject", "commissionedBy", "commissioned", "ledBy", "contributors", "report"]);
        return new Mission(title!, subject!, commissionedBy!, commissioned, ValueListMarshal.Copy(ledBy), contributors!, report!);
    }

    private static Person ReadPerson(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0;
        string? name = null;
        LocalizedText? role = null;
        while (r.NextProperty())
        {
            if (r.Is("name"u8))
            {
                r.Enter("name", 1, ref seen);
                name = r.GetString();
            }
            else if (r.Is("role"u8))
            {
                r.Enter("role", 2, ref seen);
                role = r.GetText();
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 3, ["name", "role"]);
        return new Person(name!, role!);
    }

    private static Contributors ReadContributors(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0;
        ApproximateCount organisations = default, contributors = default;
        while (r.NextProperty())
        {
            if (r.Is("organisationsMobilised"u8))
            {
                r.Enter("organisationsMobilised", 1, ref seen);
                organisations = ReadCount(ref r);
            }
            else if (r.Is("contributors"u8))
            {
                r.Enter("contributors", 2, ref seen);
                contributors = ReadCount(ref r);
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 3, ["organisationsMobilised", "contributors"]);
        return new Contributors(organisations, contributors);
    }

    private static ApproximateCount ReadCount(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0, value = 0;
        var approximate = false;
        while (r.NextProperty())
        {
            if (r.Is("value"u8))
            {
                r.Enter("value", 1, ref seen);
                value = r.GetInt32();
            }
            else if (r.Is("approximate"u8))
            {
                r.Enter("approximate", 2, ref seen);
                approximate = r.GetBoolean();
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 3, ["value", "approximate"]);
        return new ApproximateCount(value, approximate);
    }

    private static MissionReport ReadReport(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0;
        LocalizedText? title = null;
        LocalDate delivered = default;
        Person? to = null;
        while (r.NextProperty())
        {
            if (r.Is("title"u8))
            {
                r.Enter("title", 1, ref seen);
                title = r.GetText();
            }
            else if (r.Is("delivered"u8))
            {
                r.Enter("delivered", 2, ref seen);
                delivered = r.GetDate();
            }
            else if (r.Is("deliveredTo"u8))
            {
                r.Enter("deliveredTo", 4, ref seen);
                to = ReadPerson(ref r);
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 7, ["title", "delivered", "deliveredTo"]);
        return new MissionReport(title!, delivered, to!);
    }

    private static ValueList<Dimension> ReadDimensions(ref DocumentReader r)
    {
        var list = new List<Dimension>();
        r.StartArray();
        while (r.NextElement())
        {
            r.ExpectStartObject();
            int seen = 0;
            DimensionKind kind = default;
            LocalizedText? name = null, purpose = null;
            EffectHorizon horizon = default;
            while (r.NextProperty())
            {
                if (r.Is("kind"u8))
                {
                    r.Enter("kind", 1, ref seen);
                    kind = r.GetEnum<DimensionKind>(JsonNames.DimensionKinds);
                }
                else if (r.Is("name"u8))
                {
                    r.Enter("name", 2, ref seen);
                    name = r.GetText();
                }
                else if (r.Is("purpose"u8))
                {
                    r.Enter("purpose", 4, ref seen);
                    purpose = r.GetText();
                }
                else if (r.Is("horizon"u8))
                {
                    r.Enter("horizon", 8, ref seen);
                    horizon = ReadHorizon(ref r);
                }
                else
                {
                    throw r.Unknown();
                }

                r.Leave();
            }

            r.Require(seen, 15, ["kind", "name", "purpose", "horizon"]);
            list.Add(new Dimension(kind, name!, purpose!, horizon));
        }

        return ValueListMarshal.Copy(list);
    }

    private static EffectHorizon ReadHorizon(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0, min = 0, max = 0;
        while (r.NextProperty())
        {
            if (r.Is("minimum"u8))
            {
                r.Enter("minimum", 1, ref seen);
                min = r.GetWholeMonths();
            }
            else if (r.Is("maximum"u8))
            {
                r.Enter("maximum", 2, ref seen);
                max = r.GetWholeMonths();
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 3, ["minimum", "maximum"]);
        return new EffectHorizon(min, max);
    }

    private static ValueList<Measure> ReadMeasures(ref DocumentReader r)
    {
        var list = new List<Measure>();
        r.StartArray();
        while (r.NextElement())
        {
            r.ExpectStartObject();
            int seen = 0, number = 0;
            LocalizedText? title = null;
            DimensionKind dimension = default;
            while (r.NextProperty())
            {
                if (r.Is("number"u8))
                {
                    r.Enter("number", 1, ref seen);
                    number = r.GetInt32();
                    if (number < 1)
                    {
                        throw r.Error($"A measure number is 1 or more; got {number}.", Rules.MeasureNumberPositive);
                    }
                }
                else if (r.Is("title"u8))
                {
                    r.Enter("title", 2, ref seen);
                    title = r.GetText();
                }
                else if (r.Is("dimension"u8))
                {
                    r.Enter("dimension", 4, ref seen);
                    dimension = r.GetEnum<DimensionKind>(JsonNames.DimensionKinds);
                }
                else
                {
                    throw r.Unknown();
                }

                r.Leave();
            }

            r.Require(seen, 7, ["number", "title", "dimension"]);
            list.Add(new Measure(new MeasureNumber(number), title!, dimension));
        }

        return ValueListMarshal.Copy(list);
    }

    private static FollowUpCommittee ReadGovernance(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0;
        LocalizedText? name = null, purpose = null;
        var bodies = new List<GovernanceBody>();
        while (r.NextProperty())
        {
            if (r.Is("name"u8))
            {
                r.Enter("name", 1, ref seen);
                name = r.GetText();
            }
            else if (r.Is("purpose"u8))
            {
                r.Enter("purpose", 2, ref seen);
                purpose = r.GetText();
            }
            else if (r.Is("bodies"u8))
            {
                r.Enter("bodies", 4, ref seen);
                r.StartArray();
                while (r.NextElement())
                {
                    r.ExpectStartObject();
                    int bodySeen = 0;
                    LocalizedText? bodyName = null, role = null;
                    while (r.NextProperty())
                    {
                        if (r.Is("name"u8))
                        {
                            r.Enter("name", 1, ref bodySeen);
                            bodyName = r.GetText();
                        }
                        else if (r.Is("role"u8))
                        {
                            r.Enter("role", 2, ref bodySeen);
                            role = r.GetText();
                        }
                        else
                        {
                            throw r.Unknown();
                        }

                        r.Leave();
                    }

                    r.Require(bodySeen, 1, ["name", "role"]);
                    bodies.Add(new GovernanceBody(bodyName!, role));
                }
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 7, ["name", "purpose", "bodies"]);
        return new FollowUpCommittee(name!, purpose!, ValueListMarshal.Copy(bodies));
    }

    private static ValueList<Milestone> ReadMilestones(ref DocumentReader r)
    {
        var list = new List<Milestone>();
        r.StartArray();
        while (r.NextElement())
        {
            r.ExpectStartObject();
            int seen = 0, sequence = 0;
            LocalizedText? title = null, host = null;
            MilestoneKind kind = default;
            ImpreciseDate? date = null;
            string? place = null, zone = null;
            var history = new List<MilestoneDateChange>();
            while (r.NextProperty())
            {
                if (r.Is("sequence"u8))
                {
                    r.Enter("sequence", 1, ref seen);
                    sequence = r.GetInt32();
                }
                else if (r.Is("title"u8))
                {
                    r.Enter("title", 2, ref seen);
                    title = r.GetText();
                }
                else if (r.Is("kind"u8))
                {
                    r.Enter("kind", 4, ref seen);
                    kind = r.GetEnum<MilestoneKind>(JsonNames.MilestoneKinds);
                }
                else if (r.Is("date"u8))
                {
                    r.Enter("date", 8, ref seen);
                    date = ReadImpreciseDate(ref r);
                }
                else if (r.Is("place"u8))
                {
                    r.Enter("place", 16, ref seen);
                    place = r.GetString();
                }
                else if (r.Is("hostEvent"u8))
                {
                    r.Enter("hostEvent", 32, ref seen);
                    host = r.GetText();
                }
                else if (r.Is("timeZone"u8))
                {
                    r.Enter("timeZone", 64, ref seen);
                    zone = r.GetString();
                }
                else if (r.Is("history"u8))
                {
                    r.Enter("history", 128, ref seen);
                    r.StartArray();
                    while (r.NextElement())
                    {
                        history.Add(ReadChange(ref r));
                    }
                }
                else
                {
                    throw r.Unknown();
                }

                r.Leave();
            }

            r.Require(seen, 1 | 2 | 4 | 8 | 64, ["sequence", "title", "kind", "date", "place", "hostEvent", "timeZone", "history"]);
            list.Add(new Milestone(sequence, title!, kind, date!, place, host, zone!, ValueListMarshal.Copy(history)));
        }

        return ValueListMarshal.Copy(list);
    }

    private static MilestoneDateChange ReadChange(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0;
        ImpreciseDate? previous = null;
        MilestoneDateChangeKind kind = default;
        string? reason = null;
        while (r.NextProperty())
        {
            if (r.Is("previous"u8))
            {
                r.Enter("previous", 1, ref seen);
                previous = ReadImpreciseDate(ref r);
            }
            else if (r.Is("kind"u8))
            {
                r.Enter("kind", 2, ref seen);
                kind = r.GetEnum<MilestoneDateChangeKind>(JsonNames.DateChangeKinds);
            }
            else if (r.Is("reason"u8))
            {
                r.Enter("reason", 4, ref seen);
                reason = r.GetString();
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 3, ["previous", "kind", "reason"]);
        return new MilestoneDateChange(previous!, kind, reason);
    }

    /// <summary>Reads an imprecise date: an object with a precision and the fields of that precision only.</summary>
    internal static ImpreciseDate ReadImpreciseDate(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0, year = 0;
        DatePrecision precision = default;
        LocalDate day = default, first = default, last = default;
        YearMonth month = default;
        MonthPart part = default;
        var toBeConfirmed = false;
        while (r.NextProperty())
        {
            if (r.Is("precision"u8))
            {
                r.Enter("precision", 1, ref seen);
                precision = r.GetEnum<DatePrecision>(JsonNames.Precisions);
            }
            else if (r.Is("day"u8))
            {
                r.Enter("day", 2, ref seen);
                day = r.GetDate();
            }
            else if (r.Is("first"u8))
            {
                r.Enter("first", 4, ref seen);
                first = r.GetDate();
            }
            else if (r.Is("last"u8))
            {
                r.Enter("last", 8, ref seen);
                last = r.GetDate();
            }
            else if (r.Is("month"u8))
            {
                r.Enter("month", 16, ref seen);
                month = r.GetMonth();
            }
            else if (r.Is("part"u8))
            {
                r.Enter("part", 32, ref seen);
                part = r.GetEnum<MonthPart>(JsonNames.MonthParts);
            }
            else if (r.Is("year"u8))
            {
                r.Enter("year", 64, ref seen);
                year = r.GetInt32();
            }
            else if (r.Is("toBeConfirmed"u8))
            {
                r.Enter("toBeConfirmed", 128, ref seen);
                toBeConfirmed = r.GetBoolean();
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        ReadOnlySpan<string> names = ["precision", "day", "first", "last", "month", "part", "year", "toBeConfirmed"];
        r.Require(seen, 1 | 128, names);
        var fields = precision switch
        {
            DatePrecision.Day => 2,
            DatePrecision.DaySpan => 4 | 8,
            DatePrecision.PartOfMonth => 16 | 32,
            DatePrecision.Month => 16,
            _ => 64,
        };
        r.Require(seen, fields, names);
        var extra = seen & ~(fields | 1 | 128);
        if (extra != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(extra);
            throw r.Error($"A date of precision '{JsonNames.NameOf(JsonNames.Precisions, precision)}' has no '{names[bit]}'.");
        }

        return precision switch
        {
            DatePrecision.Day => new ExactDay(day, toBeConfirmed),
            DatePrecision.DaySpan => new DaySpan(first, last, toBeConfirmed),
            DatePrecision.PartOfMonth => new PartOfMonth(month, part, toBeConfirmed),
            DatePrecision.Month => new WholeMonth(month, toBeConfirmed),
            _ => (ImpreciseDate)new WholeYear(year, toBeConfirmed),
        };
    }

    private static PlannedEvaluation ReadEvaluation(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0;
        ImpreciseDate? when = null;
        LocalizedText? purpose = null;
        Period? period = null;
        while (r.NextProperty())
        {
            if (r.Is("when"u8))
            {
                r.Enter("when", 1, ref seen);
                when = ReadImpreciseDate(ref r);
            }
            else if (r.Is("purpose"u8))
            {
                r.Enter("purpose", 2, ref seen);
                purpose = r.GetText();
            }
            else if (r.Is("looksBackOver"u8))
            {
                r.Enter("looksBackOver", 4, ref seen);
                period = r.GetPeriod();
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 7, ["when", "purpose", "looksBackOver"]);
        return new PlannedEvaluation(when!, purpose!, period!);
    }

    private static ValueList<World> ReadWorlds(ref DocumentReader r)
    {
        var list = new List<World>();
        r.StartArray();
        while (r.NextElement())
        {
            var (id, name) = ReadNamedId(ref r);
            list.Add(new World(id, name));
        }

        return ValueListMarshal.Copy(list);
    }

    private static ValueList<Audience> ReadAudiences(ref DocumentReader r)
    {
        var list = new List<Audience>();
        r.StartArray();
        while (r.NextElement())
        {
            var (id, name) = ReadNamedId(ref r);
            list.Add(new Audience(id, name));
        }

        return ValueListMarshal.Copy(list);
    }

    private static (string Id, LocalizedText Name) ReadNamedId(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0;
        string? id = null;
        LocalizedText? name = null;
        while (r.NextProperty())
        {
            if (r.Is("id"u8))
            {
                r.Enter("id", 1, ref seen);
                id = r.GetString();
            }
            else if (r.Is("name"u8))
            {
                r.Enter("name", 2, ref seen);
                name = r.GetText();
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 3, ["id", "name"]);
        return (id!, name!);
    }

    private static OpinionPoll ReadPoll(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0;
        var pollsters = new List<Organisation>();
        string? commissionedBy = null;
        LocalDate conducted = default;
        LocalizedText? population = null, question = null;
        ValueList<PollAnswer> answers = default;
        while (r.NextProperty())
        {
            if (r.Is("pollsters"u8))
            {
                r.Enter("pollsters", 1, ref seen);
                r.StartArray();
                while (r.NextElement())
                {
                    var pollster = r.GetString();
                    pollsters.Add(new Organisation(pollster));
                }
            }
            else if (r.Is("commissionedBy"u8))
            {
                r.Enter("commissionedBy", 2, ref seen);
                commissionedBy = r.GetString();
            }
            else if (r.Is("conducted"u8))
            {
                r.Enter("conducted", 4, ref seen);
                conducted = r.GetDate();
            }
            else if (r.Is("population"u8))
            {
                r.Enter("population", 8, ref seen);
                population = r.GetText();
            }
            else if (r.Is("question"u8))
            {
                r.Enter("question", 16, ref seen);
                question = r.GetText();
            }
            else if (r.Is("answers"u8))
            {
                r.Enter("answers", 32, ref seen);
                answers = ReadAnswers(ref r);
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 63, ["pollsters", "commissionedBy", "conducted", "population", "question", "answers"]);
        return new OpinionPoll(ValueListMarshal.Copy(pollsters), new Organisation(commissionedBy!), conducted, population!, question!, answers);
    }

    private static ValueList<PollAnswer> ReadAnswers(ref DocumentReader r)
    {
        var list = new List<PollAnswer>();
        r.StartArray();
        while (r.NextElement())
        {
            r.ExpectStartObject();
            int seen = 0;
            LocalizedText? label = null;
            Percentage share = default;
            ValueList<PollAnswer> nested = default;
            while (r.NextProperty())
            {
                if (r.Is("label"u8))
                {
                    r.Enter("label", 1, ref seen);
                    label = r.GetText();
                }
                else if (r.Is("share"u8))
                {
                    r.Enter("share", 2, ref seen);
                    share = r.GetPercentage();
                }
                else if (r.Is("nested"u8))
                {
                    r.Enter("nested", 4, ref seen);
                    nested = ReadAnswers(ref r);
                }
                else
                {
                    throw r.Unknown();
                }

                r.Leave();
            }

            r.Require(seen, 3, ["label", "share", "nested"]);
            list.Add(new PollAnswer(label!, share, nested));
        }

        return ValueListMarshal.Copy(list);
    }
}

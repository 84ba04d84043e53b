using System.Text.Json;
using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Writes every type of the contract as a JSON value, straight to a <see cref="Utf8JsonWriter"/>: the one writer behind
/// the converters and the documents, so that a part is written alike wherever it stands.
/// </summary>
internal static class ContractWriter
{
    private static readonly JsonEncodedText MeasureName = JsonEncodedText.Encode("measure");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText ProgressName = JsonEncodedText.Encode("progress");
    private static readonly JsonEncodedText HealthName = JsonEncodedText.Encode("health");
    private static readonly JsonEncodedText CommentName = JsonEncodedText.Encode("comment");
    private static readonly JsonEncodedText NextUpdateDueName = JsonEncodedText.Encode("nextUpdateDue");
    private static readonly JsonEncodedText FirstEffectsName = JsonEncodedText.Encode("firstEffectsObserved");

    /// <summary>Writes a programme document.</summary>
    internal static void Programme(Utf8JsonWriter writer, Programme programme)
    {
        writer.WriteStartObject();
        writer.WriteString("kind"u8, ProgrammeJson.Kind);
        writer.WriteNumber("schemaVersion"u8, ProgrammeJson.VersionOf(programme));
        writer.WriteString("id"u8, programme.Id.Value);
        writer.WritePropertyName("name"u8);
        Text(writer, programme.Name);
        if (programme.Source is { } source)
        {
            writer.WritePropertyName("source"u8);
            Source(writer, source);
        }

        writer.WritePropertyName("mission"u8);
        Mission(writer, programme.Mission);
        JsonWrite.Date(writer, "launchDate"u8, programme.LaunchDate);

        writer.WriteStartArray("dimensions"u8);
        foreach (var dimension in programme.Dimensions)
        {
            Dimension(writer, dimension);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("measures"u8);
        foreach (var measure in programme.Measures)
        {
            Measure(writer, measure);
        }

        writer.WriteEndArray();

        writer.WritePropertyName("governance"u8);
        Governance(writer, programme.Governance);
        if (programme.RequiresAnswerableBodies)
        {
            writer.WriteBoolean("requiresAnswerableBodies"u8, true);
        }

        writer.WriteStartArray("milestones"u8);
        foreach (var milestone in programme.Milestones)
        {
            Milestone(writer, milestone);
        }

        writer.WriteEndArray();

        writer.WritePropertyName("resultsHorizon"u8);
        Horizon(writer, programme.ResultsHorizon);
        if (programme.Evaluation is { } evaluation)
        {
            writer.WritePropertyName("evaluation"u8);
            Evaluation(writer, evaluation);
        }

        writer.WriteStartArray("worlds"u8);
        foreach (var world in programme.Worlds)
        {
            World(writer, world);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("audiences"u8);
        foreach (var audience in programme.Audiences)
        {
            Audience(writer, audience);
        }

        writer.WriteEndArray();

        if (programme.Poll is { } poll)
        {
            writer.WritePropertyName("poll"u8);
            Poll(writer, poll);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a localized text as <c>{ "fr": …, "en": … }</c>, without <c>en</c> when there is no translation.</summary>
    internal static void Text(Utf8JsonWriter writer, LocalizedText text) => JsonWrite.TextValue(writer, text);

    /// <summary>Writes the source document.</summary>
    internal static void Source(Utf8JsonWriter writer, SourceDocument source)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("title"u8);
        Text(writer, source.Title);
        writer.WriteString("publisher"u8, source.Publisher.Name);
        JsonWrite.Date(writer, "published"u8, source.Published);
        writer.WriteEndObject();
    }

    /// <summary>Writes a dimension.</summary>
    internal static void Dimension(Utf8JsonWriter writer, Dimension dimension)
    {
        writer.WriteStartObject();
        writer.WriteString("kind"u8, JsonNames.Encoded(dimension.Kind));
        writer.WritePropertyName("name"u8);
        Text(writer, dimension.Name);
        writer.WritePropertyName("purpose"u8);
        Text(writer, dimension.Purpose);
        writer.WritePropertyName("horizon"u8);
        Horizon(writer, dimension.Horizon);
        writer.WriteEndObject();
    }

    /// <summary>Writes a measure.</summary>
    internal static void Measure(Utf8JsonWriter writer, Measure measure)
    {
        writer.WriteStartObject();
        writer.WriteNumber("number"u8, measure.Number.Value);
        writer.WritePropertyName("title"u8);
        Text(writer, measure.Title);
        writer.WriteString("dimension"u8, JsonNames.Encoded(measure.Dimension));
        if (measure.AnswerableBody is { } body)
        {
            writer.WritePropertyName("answerableBody"u8);
            Body(writer, body);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes an imprecise date as an object with its precision.</summary>
    internal static void Date(Utf8JsonWriter writer, ImpreciseDate date)
    {
        writer.WriteStartObject();
        writer.WriteString("precision"u8, JsonNames.Encoded(date.Precision));
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
                writer.WriteString("part"u8, JsonNames.Encoded(part.Part));
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

    /// <summary>Writes the mission.</summary>
    internal static void Mission(Utf8JsonWriter writer, Mission mission)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("title"u8);
        Text(writer, mission.Title);
        writer.WritePropertyName("subject"u8);
        Text(writer, mission.Subject);
        writer.WritePropertyName("commissionedBy"u8);
        Person(writer, mission.CommissionedBy);
        JsonWrite.Month(writer, "commissioned"u8, mission.Commissioned);
        writer.WriteStartArray("ledBy"u8);
        foreach (var person in mission.LedBy)
        {
            Person(writer, person);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("contributors"u8);
        Contributors(writer, mission.Contributors);
        writer.WritePropertyName("report"u8);
        MissionReport(writer, mission.Report);
        writer.WriteEndObject();
    }

    /// <summary>Writes the counts of the mission's contributors.</summary>
    internal static void Contributors(Utf8JsonWriter writer, Contributors contributors)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("organisationsMobilised"u8);
        Count(writer, contributors.OrganisationsMobilised);
        writer.WritePropertyName("contributors"u8);
        Count(writer, contributors.ContributorCount);
        writer.WriteEndObject();
    }

    /// <summary>Writes the mission's report.</summary>
    internal static void MissionReport(Utf8JsonWriter writer, MissionReport report)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("title"u8);
        Text(writer, report.Title);
        JsonWrite.Date(writer, "delivered"u8, report.Delivered);
        writer.WritePropertyName("deliveredTo"u8);
        Person(writer, report.DeliveredTo);
        writer.WriteEndObject();
    }

    /// <summary>Writes the follow-up committee.</summary>
    internal static void Governance(Utf8JsonWriter writer, FollowUpCommittee committee)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("name"u8);
        Text(writer, committee.Name);
        writer.WritePropertyName("purpose"u8);
        Text(writer, committee.Purpose);
        writer.WriteStartArray("bodies"u8);
        foreach (var body in committee.Bodies)
        {
            Body(writer, body);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a body of the follow-up committee.</summary>
    internal static void Body(Utf8JsonWriter writer, GovernanceBody body)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("name"u8);
        Text(writer, body.Name);
        if (body.Role is { } role)
        {
            writer.WritePropertyName("role"u8);
            Text(writer, role);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a milestone.</summary>
    internal static void Milestone(Utf8JsonWriter writer, Milestone milestone)
    {
        writer.WriteStartObject();
        writer.WriteNumber("sequence"u8, milestone.Sequence);
        writer.WritePropertyName("title"u8);
        Text(writer, milestone.Title);
        writer.WriteString("kind"u8, JsonNames.Encoded(milestone.Kind));
        writer.WritePropertyName("date"u8);
        Date(writer, milestone.Date);
        if (milestone.Place is { } place)
        {
            writer.WriteString("place"u8, place);
        }

        if (milestone.HostEvent is { } host)
        {
            writer.WritePropertyName("hostEvent"u8);
            Text(writer, host);
        }

        writer.WriteString("timeZone"u8, milestone.TimeZoneId);
        if (milestone.ServesEveryMeasure)
        {
            writer.WriteBoolean("servesEveryMeasure"u8, true);
        }

        if (!milestone.Serves.IsEmpty)
        {
            writer.WriteStartArray("serves"u8);
            foreach (var measure in milestone.Serves)
            {
                writer.WriteNumberValue(measure.Value);
            }

            writer.WriteEndArray();
        }

        if (!milestone.History.IsEmpty)
        {
            writer.WriteStartArray("history"u8);
            foreach (var change in milestone.History)
            {
                DateChange(writer, change);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a change of a milestone's date.</summary>
    internal static void DateChange(Utf8JsonWriter writer, MilestoneDateChange change)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("previous"u8);
        Date(writer, change.Previous);
        writer.WriteString("kind"u8, JsonNames.Encoded(change.Kind));
        if (change.Reason is { } reason)
        {
            writer.WriteString("reason"u8, reason);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the planned evaluation.</summary>
    internal static void Evaluation(Utf8JsonWriter writer, PlannedEvaluation evaluation)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("when"u8);
        Date(writer, evaluation.When);
        writer.WritePropertyName("purpose"u8);
        Text(writer, evaluation.Purpose);
        JsonWrite.Period(writer, "looksBackOver"u8, evaluation.LooksBackOver);
        writer.WriteEndObject();
    }

    /// <summary>Writes a world.</summary>
    internal static void World(Utf8JsonWriter writer, World world) => Named(writer, world.Id, world.Name);

    /// <summary>Writes an audience.</summary>
    internal static void Audience(Utf8JsonWriter writer, Audience audience) => Named(writer, audience.Id, audience.Name);

    /// <summary>Writes the opinion poll.</summary>
    internal static void Poll(Utf8JsonWriter writer, OpinionPoll poll)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("pollsters"u8);
        foreach (var pollster in poll.Pollsters)
        {
            writer.WriteStringValue(pollster.Name);
        }

        writer.WriteEndArray();
        writer.WriteString("commissionedBy"u8, poll.CommissionedBy.Name);
        JsonWrite.Date(writer, "conducted"u8, poll.Conducted);
        writer.WritePropertyName("population"u8);
        Text(writer, poll.Population);
        writer.WritePropertyName("question"u8);
        Text(writer, poll.Question);
        Answers(writer, "answers"u8, poll.Answers);
        writer.WriteEndObject();
    }

    /// <summary>Writes an answer of the poll, with the answers nested under it.</summary>
    internal static void Answer(Utf8JsonWriter writer, PollAnswer answer)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("label"u8);
        Text(writer, answer.Label);
        writer.WriteNumber("share"u8, answer.Share.Points);
        if (!answer.Nested.IsEmpty)
        {
            Answers(writer, "nested"u8, answer.Nested);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a person and their role.</summary>
    internal static void Person(Utf8JsonWriter writer, Person person)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, person.Name);
        writer.WritePropertyName("role"u8);
        Text(writer, person.Role);
        writer.WriteEndObject();
    }

    /// <summary>Writes an approximate count.</summary>
    internal static void Count(Utf8JsonWriter writer, ApproximateCount count)
    {
        writer.WriteStartObject();
        writer.WriteNumber("value"u8, count.Value);
        writer.WriteBoolean("approximate"u8, count.IsApproximate);
        writer.WriteEndObject();
    }

    /// <summary>Writes an effect horizon in whole months.</summary>
    internal static void Horizon(Utf8JsonWriter writer, EffectHorizon horizon)
    {
        writer.WriteStartObject();
        JsonWrite.Months(writer, "minimum"u8, horizon.MinimumMonths);
        JsonWrite.Months(writer, "maximum"u8, horizon.MaximumMonths);
        writer.WriteEndObject();
    }

    /// <summary>Writes a ledger document.</summary>
    internal static void LedgerDocument(Utf8JsonWriter writer, LedgerDocument document)
    {
        foreach (var _ in LedgerDocumentInSteps(writer, document))
        {
            // Each step has written its part; nothing is waiting to be passed on.
        }
    }

    /// <summary>
    /// Writes a ledger document a part at a time: each step ends after a report, a plan, an indicator or an observation,
    /// where a writer to a stream can pass on what it holds before going on, so that the document is never held whole.
    /// </summary>
    internal static IEnumerable<int> LedgerDocumentInSteps(Utf8JsonWriter writer, LedgerDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString("kind"u8, LedgerJson.Kind);
        writer.WriteNumber("schemaVersion"u8, LedgerJson.VersionOf(document));
        writer.WriteString("scope"u8, JsonNames.Encoded(document.Scope));
        if (document.Portfolio is { } portfolio)
        {
            writer.WriteString("programme"u8, portfolio.Programme.Id.Value);
            DocumentRollupSettings(writer, portfolio.RollupSettings);
            if (!portfolio.Weights.IsEmpty)
            {
                writer.WriteStartArray("weights"u8);
                foreach (var weight in portfolio.Weights)
                {
                    Weight(writer, weight);
                }

                writer.WriteEndArray();
            }

            writer.WriteStartArray("territories"u8);
            foreach (var ledger in portfolio.Ledgers)
            {
                writer.WriteStartObject();
                foreach (var step in LedgerBody(writer, ledger))
                {
                    yield return step;
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("programme"u8, document.Ledger!.Programme.Id.Value);
            DocumentRollupSettings(writer, document.Ledger.RollupSettings);
            foreach (var step in LedgerBody(writer, document.Ledger))
            {
                yield return step;
            }
        }

        writer.WriteEndObject();
        yield return 0;
    }

    /// <summary>
    /// Writes rollup settings whole, every part named, as a view shows the settings it was rolled up with:
    /// <c>unknownPolicy</c>, <c>tolerance</c>, <c>measureWeights</c>, <c>dimensionWeights</c>.
    /// </summary>
    internal static void RollupSettings(Utf8JsonWriter writer, ProgressOptions settings) => RollupSettings(writer, settings, whole: true);

    /// <summary>Writes a document's rollup settings, when they are not the defaults, with only the parts that differ from them.</summary>
    private static void DocumentRollupSettings(Utf8JsonWriter writer, ProgressOptions settings)
    {
        if (!settings.Equals(ProgressOptions.Default))
        {
            writer.WritePropertyName("rollupSettings"u8);
            RollupSettings(writer, settings, whole: false);
        }
    }

    private static void RollupSettings(Utf8JsonWriter writer, ProgressOptions settings, bool whole)
    {
        var defaults = ProgressOptions.Default;
        writer.WriteStartObject();
        if (whole || settings.Policy != defaults.Policy)
        {
            writer.WriteString("unknownPolicy"u8, JsonNames.Encoded(settings.Policy));
        }

        if (whole || settings.Tolerance != defaults.Tolerance)
        {
            writer.WriteNumber("tolerance"u8, settings.Tolerance.Points);
        }

        if (whole || !settings.MeasureWeights.IsEmpty)
        {
            writer.WriteStartArray("measureWeights"u8);
            foreach (var weight in settings.MeasureWeights)
            {
                writer.WriteStartObject();
                writer.WriteNumber("measure"u8, weight.Measure.Value);
                writer.WriteNumber("weight"u8, weight.Weight);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (whole || !settings.DimensionWeights.IsEmpty)
        {
            writer.WriteStartArray("dimensionWeights"u8);
            foreach (var weight in settings.DimensionWeights)
            {
                writer.WriteStartObject();
                writer.WriteString("dimension"u8, JsonNames.Encoded(weight.Dimension));
                writer.WriteNumber("weight"u8, weight.Weight);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a territory's weight in a portfolio.</summary>
    internal static void Weight(Utf8JsonWriter writer, TerritoryWeight weight)
    {
        var code = weight.TerritoryCode.Written;
        writer.WriteStartObject();
        writer.WriteString("territory"u8, code);
        writer.WriteNumber("weight"u8, weight.Weight);
        writer.WriteEndObject();
    }

    /// <summary>Writes a territory.</summary>
    internal static void Territory(Utf8JsonWriter writer, Territory territory)
    {
        writer.WriteStartObject();
        writer.WriteString("code"u8, territory.Code.Value);
        writer.WriteString("name"u8, territory.Name);
        writer.WriteString("level"u8, JsonNames.Encoded(territory.Level));
        writer.WriteEndObject();
    }

    /// <summary>Writes an actor: its kind, then the case's members.</summary>
    internal static void Actor(Utf8JsonWriter writer, Actor actor)
    {
        writer.WriteStartObject();
        writer.WriteString("kind"u8, JsonNames.ActorKindOf(actor));
        switch (actor)
        {
            case OrganisationActor organisation:
                writer.WriteString("organisation"u8, organisation.Organisation.Name);
                break;
            case WorldActor world:
                writer.WritePropertyName("world"u8);
                World(writer, world.World);
                break;
            case TerritoryBodyActor body:
                writer.WritePropertyName("territory"u8);
                Territory(writer, body.Territory);
                writer.WritePropertyName("body"u8);
                Body(writer, body.Body);
                break;
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes an actor's commitment to a measure.</summary>
    internal static void Commitment(Utf8JsonWriter writer, Commitment commitment)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("actor"u8);
        Actor(writer, commitment.Actor);
        writer.WriteNumber("measure"u8, commitment.Measure.Value);
        writer.WriteString("role"u8, JsonNames.Encoded(commitment.Role));
        JsonWrite.Date(writer, "from"u8, commitment.From);
        if (commitment.Until is { } until)
        {
            JsonWrite.Date(writer, "until"u8, until);
        }

        if (commitment.Withdrawal is { } withdrawal)
        {
            writer.WritePropertyName("withdrawal"u8);
            Withdrawal(writer, withdrawal);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the withdrawal of a commitment.</summary>
    internal static void Withdrawal(Utf8JsonWriter writer, Withdrawal withdrawal)
    {
        writer.WriteStartObject();
        JsonWrite.Date(writer, "date"u8, withdrawal.Date);
        writer.WritePropertyName("reason"u8);
        Text(writer, withdrawal.Reason);
        writer.WriteEndObject();
    }

    /// <summary>Writes a measure's plan.</summary>
    internal static void Plan(Utf8JsonWriter writer, MeasurePlan plan)
    {
        writer.WriteStartObject();
        writer.WriteNumber("measure"u8, plan.Measure.Value);
        JsonWrite.Date(writer, "start"u8, plan.Start);
        JsonWrite.Date(writer, "end"u8, plan.End);
        writer.WriteEndObject();
    }

    /// <summary>Writes an indicator.</summary>
    internal static void Indicator(Utf8JsonWriter writer, Indicator indicator)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, indicator.Id);
        writer.WriteNumber("measure"u8, indicator.Measure.Value);
        writer.WritePropertyName("name"u8);
        Text(writer, indicator.Name);
        writer.WriteString("unit"u8, indicator.Unit);
        writer.WriteString("direction"u8, JsonNames.Encoded(indicator.Direction));
        writer.WritePropertyName("baseline"u8);
        Point(writer, indicator.Baseline);
        writer.WritePropertyName("target"u8);
        Point(writer, indicator.Target);
        if (!indicator.IntermediateTargets.IsEmpty)
        {
            writer.WriteStartArray("intermediateTargets"u8);
            foreach (var step in indicator.IntermediateTargets)
            {
                Point(writer, step);
            }

            writer.WriteEndArray();
        }

        writer.WriteNumber("weight"u8, indicator.Weight);
        writer.WriteEndObject();
    }

    /// <summary>Writes a point of an indicator.</summary>
    internal static void Point(Utf8JsonWriter writer, IndicatorPoint point)
    {
        writer.WriteStartObject();
        writer.WriteNumber("value"u8, point.Value);
        JsonWrite.Date(writer, "date"u8, point.Date);
        writer.WriteEndObject();
    }

    /// <summary>Writes an observation of an indicator.</summary>
    internal static void Observation(Utf8JsonWriter writer, Observation observation)
    {
        writer.WriteStartObject();
        writer.WriteString("indicator"u8, observation.Indicator);
        JsonWrite.Date(writer, "date"u8, observation.Date);
        writer.WriteNumber("value"u8, observation.Value);
        writer.WriteEndObject();
    }

    /// <summary>Writes a report on a measure.</summary>
    internal static void Report(Utf8JsonWriter writer, MeasureReport report)
    {
        writer.WriteStartObject();
        writer.WriteNumber(MeasureName, report.Measure.Value);
        JsonWrite.Date(writer, DateName, report.Date);
        writer.WriteString(StatusName, JsonNames.Encoded(report.Status));
        if (report.DeclaredProgress is { } progress)
        {
            writer.WriteNumber(ProgressName, progress.Points);
        }

        if (report.Health != Health.NotAssessed)
        {
            writer.WriteString(HealthName, JsonNames.Encoded(report.Health));
        }

        if (report.Comment is { } comment)
        {
            writer.WriteString(CommentName, comment);
        }

        if (report.NextUpdateDue is { } next)
        {
            JsonWrite.Date(writer, NextUpdateDueName, next);
        }

        if (report.FirstEffectsObserved is { } effects)
        {
            JsonWrite.Date(writer, FirstEffectsName, effects);
        }

        writer.WriteEndObject();
    }

    private static IEnumerable<int> LedgerBody(Utf8JsonWriter writer, Ledger ledger)
    {
        if (ledger.Territory is { } territory)
        {
            writer.WritePropertyName("territory"u8);
            Territory(writer, territory);
        }

        if (ledger.LaunchDate != ledger.Programme.LaunchDate)
        {
            JsonWrite.Date(writer, "launchDate"u8, ledger.LaunchDate);
        }

        var plans = ledger.Plans;
        if (!plans.IsEmpty)
        {
            writer.WriteStartArray("plans"u8);
            foreach (var plan in plans)
            {
                Plan(writer, plan);
                yield return 0;
            }

            writer.WriteEndArray();
        }

        if (ledger.AllowsCoLeads)
        {
            writer.WriteBoolean("allowsCoLeads"u8, true);
        }

        var commitments = ledger.Commitments;
        if (!commitments.IsEmpty)
        {
            writer.WriteStartArray("commitments"u8);
            foreach (var commitment in commitments)
            {
                Commitment(writer, commitment);
                yield return 0;
            }

            writer.WriteEndArray();
        }

        var milestones = ledger.Milestones;
        if (!milestones.IsEmpty)
        {
            writer.WriteStartArray("milestones"u8);
            foreach (var milestone in milestones)
            {
                Milestone(writer, milestone);
                yield return 0;
            }

            writer.WriteEndArray();
        }

        var indicators = ledger.Indicators;
        if (!indicators.IsEmpty)
        {
            writer.WriteStartArray("indicators"u8);
            foreach (var indicator in indicators)
            {
                Indicator(writer, indicator);
                yield return 0;
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("reports"u8);
        var reports = ledger.ReportEntries;
        var comments = ledger.CommentEntries;
        for (var m = 0; m < reports.Length; m++)
        {
            var entries = reports[m];
            var notes = comments[m];
            var nextNote = 0;
            for (var i = 0; i < entries.Length; i++)
            {
                nextNote = Report(writer, m + 1, in entries[i], notes, nextNote);
                yield return i;
            }
        }

        writer.WriteEndArray();

        var observations = ledger.Observations;
        if (!observations.IsEmpty)
        {
            writer.WriteStartArray("observations"u8);
            foreach (var observation in observations)
            {
                Observation(writer, observation);
                yield return 0;
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>
    /// Writes a report straight from the ledger's storage, no report object made, with its comment if the next one is
    /// of its day; gives the index of the next comment.
    /// </summary>
    private static int Report(Utf8JsonWriter writer, int measure, in ReportEntry entry, CommentEntry[] notes, int nextNote)
    {
        writer.WriteStartObject();
        writer.WriteNumber(MeasureName, measure);
        JsonWrite.Date(writer, DateName, PackedDate.Unpack(entry.Date));
        writer.WriteString(StatusName, JsonNames.Encoded(entry.Status));
        if (entry.DeclaresProgress)
        {
            writer.WriteNumber(ProgressName, ProgressPacking.ToPoints(entry.CarriedProgress));
        }

        if (entry.Health != Health.NotAssessed)
        {
            writer.WriteString(HealthName, JsonNames.Encoded(entry.Health));
        }

        if (nextNote < notes.Length && notes[nextNote].Date == entry.Date)
        {
            writer.WriteString(CommentName, notes[nextNote++].Text);
        }

        if (entry.NextDue != PackedDate.None)
        {
            JsonWrite.Date(writer, NextUpdateDueName, PackedDate.Unpack(entry.NextDue));
        }

        if (entry.StatesEffects)
        {
            JsonWrite.Date(writer, FirstEffectsName, PackedDate.Unpack(entry.CarriedEffects));
        }

        writer.WriteEndObject();
        return nextNote;
    }

    private static void Named(Utf8JsonWriter writer, string id, LocalizedText name)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, id);
        writer.WritePropertyName("name"u8);
        Text(writer, name);
        writer.WriteEndObject();
    }

    private static void Answers(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ValueList<PollAnswer> answers)
    {
        writer.WriteStartArray(name);
        foreach (var answer in answers)
        {
            Answer(writer, answer);
        }

        writer.WriteEndArray();
    }
}

using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Benchmarks.Contenders;

/// <summary>
/// The mapping a team writes between the programme DTOs and the domain: NodaTime's ISO patterns for days, months and
/// periods, names for enums. Reading ends in the domain's public constructors and <see cref="Programme.Create"/>, so
/// every contender reads with full validation.
/// </summary>
public static class ProgrammeDtoMapping
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly YearMonthPattern IsoMonth = YearMonthPattern.Iso;
    private static readonly PeriodPattern IsoPeriod = PeriodPattern.NormalizingIso;

    /// <summary>Turns a programme into its DTOs.</summary>
    public static ProgrammeDocumentDto ToDto(Programme programme) => new()
    {
        // Version 2 added answerable bodies and the measures milestones serve; a document without them stays version 1.
        SchemaVersion = programme.RequiresAnswerableBodies || programme.Measures.Any(m => m.AnswerableBody is not null)
            || programme.Milestones.Any(m => m.ServesEveryMeasure || !m.Serves.IsEmpty) ? 2 : 1,
        Id = programme.Id.Value,
        Name = Text(programme.Name),
        Source = programme.Source is { } s ? new SourceDto { Title = Text(s.Title), Publisher = s.Publisher.Name, Published = Iso.Format(s.Published) } : null,
        Mission = ToDto(programme.Mission),
        LaunchDate = Iso.Format(programme.LaunchDate),
        Dimensions = programme.Dimensions.Select(d => new DimensionDto
        {
            Kind = Camel(d.Kind.ToString()),
            Name = Text(d.Name),
            Purpose = Text(d.Purpose),
            Horizon = Horizon(d.Horizon),
        }).ToList(),
        Measures = programme.Measures.Select(m => new MeasureDto { Number = m.Number.Value, Title = Text(m.Title), Dimension = Camel(m.Dimension.ToString()), AnswerableBody = m.AnswerableBody is { } b ? Body(b) : null }).ToList(),
        Governance = new GovernanceDto
        {
            Name = Text(programme.Governance.Name),
            Purpose = Text(programme.Governance.Purpose),
            Bodies = programme.Governance.Bodies.Select(Body).ToList(),
        },
        RequiresAnswerableBodies = programme.RequiresAnswerableBodies ? true : null,
        Milestones = programme.Milestones.Select(m => new MilestoneDto
        {
            Sequence = m.Sequence,
            Title = Text(m.Title),
            Kind = Camel(m.Kind.ToString()),
            Date = Date(m.Date),
            Place = m.Place,
            HostEvent = m.HostEvent is { } host ? Text(host) : null,
            TimeZone = m.TimeZoneId,
            History = m.History.IsEmpty
                ? null
                : m.History.Select(c => new DateChangeDto { Previous = Date(c.Previous), Kind = Camel(c.Kind.ToString()), Reason = c.Reason }).ToList(),
            Serves = m.Serves.IsEmpty ? null : m.Serves.Select(n => n.Value).ToList(),
            ServesEveryMeasure = m.ServesEveryMeasure ? true : null,
        }).ToList(),
        ResultsHorizon = Horizon(programme.ResultsHorizon),
        Evaluation = programme.Evaluation is { } e
            ? new EvaluationDto { When = Date(e.When), Purpose = Text(e.Purpose), LooksBackOver = IsoPeriod.Format(e.LooksBackOver) }
            : null,
        Worlds = programme.Worlds.Select(w => new NamedIdDto { Id = w.Id, Name = Text(w.Name) }).ToList(),
        Audiences = programme.Audiences.Select(a => new NamedIdDto { Id = a.Id, Name = Text(a.Name) }).ToList(),
        Poll = programme.Poll is { } p
            ? new PollDto
            {
                Pollsters = p.Pollsters.Select(o => o.Name).ToList(),
                CommissionedBy = p.CommissionedBy.Name,
                Conducted = Iso.Format(p.Conducted),
                Population = Text(p.Population),
                Question = Text(p.Question),
                Answers = Answers(p.Answers)!,
            }
            : null,
    };

    /// <summary>Builds the programme from its DTOs, through the domain's validating constructors.</summary>
    /// <exception cref="JsonException">The kind or the schema version is not the programme contract's.</exception>
    public static Programme ToDomain(ProgrammeDocumentDto dto)
    {
        if (dto.Kind != "programme" || dto.SchemaVersion is not (1 or 2))
        {
            throw new JsonException($"Expected a programme document of schema version 1 or 2; got '{dto.Kind}' version {dto.SchemaVersion}.");
        }

        return Programme.Create(new ProgrammeDraft
        {
            Id = new ProgrammeId(dto.Id),
            Name = Text(dto.Name),
            Source = dto.Source is { } s ? new SourceDocument(Text(s.Title), new Organisation(s.Publisher), Day(s.Published)) : null,
            Mission = ToDomain(dto.Mission),
            LaunchDate = Day(dto.LaunchDate),
            Dimensions = ValueList.CreateRange(dto.Dimensions.Select(d => new Dimension(
                Enum.Parse<DimensionKind>(d.Kind, ignoreCase: true), Text(d.Name), Text(d.Purpose), Horizon(d.Horizon)))),
            Measures = ValueList.CreateRange(dto.Measures.Select(m => new Measure(
                new MeasureNumber(m.Number), Text(m.Title), Enum.Parse<DimensionKind>(m.Dimension, ignoreCase: true), m.AnswerableBody is { } b ? Body(b) : null))),
            Governance = new FollowUpCommittee(
                Text(dto.Governance.Name),
                Text(dto.Governance.Purpose),
                ValueList.CreateRange(dto.Governance.Bodies.Select(Body))),
            RequiresAnswerableBodies = dto.RequiresAnswerableBodies ?? false,
            Milestones = ValueList.CreateRange(dto.Milestones.Select(m => new Milestone(
                m.Sequence,
                Text(m.Title),
                Enum.Parse<MilestoneKind>(m.Kind, ignoreCase: true),
                Date(m.Date),
                m.Place,
                m.HostEvent is null ? null : Text(m.HostEvent),
                m.TimeZone,
                ValueList.CreateRange((m.History ?? []).Select(c => new MilestoneDateChange(
                    Date(c.Previous), Enum.Parse<MilestoneDateChangeKind>(c.Kind, ignoreCase: true), c.Reason))),
                ValueList.CreateRange((m.Serves ?? []).Select(n => new MeasureNumber(n))),
                m.ServesEveryMeasure ?? false))),
            ResultsHorizon = Horizon(dto.ResultsHorizon),
            Evaluation = dto.Evaluation is { } e ? new PlannedEvaluation(Date(e.When), Text(e.Purpose), IsoPeriod.Parse(e.LooksBackOver).GetValueOrThrow()) : null,
            Worlds = ValueList.CreateRange(dto.Worlds.Select(w => new World(w.Id, Text(w.Name)))),
            Audiences = ValueList.CreateRange(dto.Audiences.Select(a => new Audience(a.Id, Text(a.Name)))),
            Poll = dto.Poll is { } p
                ? new OpinionPoll(
                    ValueList.CreateRange(p.Pollsters.Select(o => new Organisation(o))),
                    new Organisation(p.CommissionedBy),
                    Day(p.Conducted),
                    Text(p.Population),
                    Text(p.Question),
                    Answers(p.Answers))
                : null,
        });
    }

    private static MissionDto ToDto(Mission mission) => new()
    {
        Title = Text(mission.Title),
        Subject = Text(mission.Subject),
        CommissionedBy = Person(mission.CommissionedBy),
        Commissioned = IsoMonth.Format(mission.Commissioned),
        LedBy = mission.LedBy.Select(Person).ToList(),
        Contributors = new ContributorsDto
        {
            OrganisationsMobilised = Count(mission.Contributors.OrganisationsMobilised),
            Contributors = Count(mission.Contributors.ContributorCount),
        },
        Report = new MissionReportDto
        {
            Title = Text(mission.Report.Title),
            Delivered = Iso.Format(mission.Report.Delivered),
            DeliveredTo = Person(mission.Report.DeliveredTo),
        },
    };

    private static Mission ToDomain(MissionDto dto) => new(
        Text(dto.Title),
        Text(dto.Subject),
        Person(dto.CommissionedBy),
        IsoMonth.Parse(dto.Commissioned).GetValueOrThrow(),
        ValueList.CreateRange(dto.LedBy.Select(Person)),
        new Contributors(Count(dto.Contributors.OrganisationsMobilised), Count(dto.Contributors.Contributors)),
        new MissionReport(Text(dto.Report.Title), Day(dto.Report.Delivered), Person(dto.Report.DeliveredTo)));

    private static ImpreciseDateDto Date(ImpreciseDate date)
    {
        var dto = new ImpreciseDateDto { Precision = Camel(date.Precision.ToString()), ToBeConfirmed = date.IsToBeConfirmed };
        switch (date)
        {
            case ExactDay exact:
                dto.Day = Iso.Format(exact.Day);
                break;
            case DaySpan span:
                dto.First = Iso.Format(span.First);
                dto.Last = Iso.Format(span.Last);
                break;
            case PartOfMonth part:
                dto.Month = IsoMonth.Format(part.Month);
                dto.Part = Camel(part.Part.ToString());
                break;
            case WholeMonth month:
                dto.Month = IsoMonth.Format(month.Month);
                break;
            case WholeYear year:
                dto.Year = year.Year;
                break;
        }

        return dto;
    }

    private static ImpreciseDate Date(ImpreciseDateDto dto) => Enum.Parse<DatePrecision>(dto.Precision, ignoreCase: true) switch
    {
        DatePrecision.Day => new ExactDay(Day(Required(dto.Day, "day")), dto.ToBeConfirmed),
        DatePrecision.DaySpan => new DaySpan(Day(Required(dto.First, "first")), Day(Required(dto.Last, "last")), dto.ToBeConfirmed),
        DatePrecision.PartOfMonth => new PartOfMonth(
            IsoMonth.Parse(Required(dto.Month, "month")).GetValueOrThrow(), Enum.Parse<MonthPart>(Required(dto.Part, "part"), ignoreCase: true), dto.ToBeConfirmed),
        DatePrecision.Month => new WholeMonth(IsoMonth.Parse(Required(dto.Month, "month")).GetValueOrThrow(), dto.ToBeConfirmed),
        _ => new WholeYear(dto.Year ?? throw new JsonException("A date of precision 'year' has a year."), dto.ToBeConfirmed),
    };

    private static List<PollAnswerDto>? Answers(ValueList<PollAnswer> answers) =>
        answers.IsEmpty ? null : answers.Select(a => new PollAnswerDto { Label = Text(a.Label), Share = a.Share.Points, Nested = Answers(a.Nested) }).ToList();

    private static ValueList<PollAnswer> Answers(List<PollAnswerDto>? answers) =>
        ValueList.CreateRange((answers ?? []).Select(a => new PollAnswer(Text(a.Label), new Percentage(a.Share), Answers(a.Nested))));

    private static TextDto Text(LocalizedText text) => new() { Fr = text.French, En = text.English };

    private static LocalizedText Text(TextDto dto) => new(dto.Fr, dto.En);

    private static PersonDto Person(Person person) => new() { Name = person.Name, Role = Text(person.Role) };

    private static Person Person(PersonDto dto) => new(dto.Name, Text(dto.Role));

    private static CountDto Count(ApproximateCount count) => new() { Value = count.Value, Approximate = count.IsApproximate };

    private static ApproximateCount Count(CountDto dto) => new(dto.Value, dto.Approximate);

    private static HorizonDto Horizon(EffectHorizon horizon) => new() { Minimum = Months(horizon.MinimumMonths), Maximum = Months(horizon.MaximumMonths) };

    private static EffectHorizon Horizon(HorizonDto dto) => new(Months(dto.Minimum), Months(dto.Maximum));

    private static string Months(int months) => string.Create(CultureInfo.InvariantCulture, $"P{months}M");

    private static int Months(string text)
    {
        var period = IsoPeriod.Parse(text).GetValueOrThrow();
        return period.HasTimeComponent || period.Years != 0 || period.Weeks != 0 || period.Days != 0
            ? throw new JsonException($"A whole number of months such as P3M is expected; got {text}.")
            : period.Months;
    }

    private static LocalDate Day(string text) => Iso.Parse(text).GetValueOrThrow();

    private static string Required(string? value, string name) => value ?? throw new JsonException($"The date has no '{name}'.");

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static GovernanceBodyDto Body(GovernanceBody body) => new() { Name = Text(body.Name), Role = body.Role is { } role ? Text(role) : null };

    private static GovernanceBody Body(GovernanceBodyDto body) => new(Text(body.Name), body.Role is null ? null : Text(body.Role));
}

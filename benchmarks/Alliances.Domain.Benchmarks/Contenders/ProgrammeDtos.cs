namespace Alliances.Domain.Benchmarks.Contenders;

// Plain DTOs of the programme document, as a team would write them for a general-purpose serializer. System.Text.Json
// (in reflection mode and through its source generator, DtoJsonContext) and Newtonsoft.Json read and write the same
// document through them. Properties are declared in the contract's order, and optional parts are null so that the
// serializers leave them out. Localized texts reuse the ledger's TextDto.

/// <summary>The programme document.</summary>
public sealed class ProgrammeDocumentDto
{
    public string Kind { get; set; } = "programme";

    public int SchemaVersion { get; set; } = 1;

    public string Id { get; set; } = "";

    public TextDto Name { get; set; } = new();

    public SourceDto? Source { get; set; }

    public MissionDto Mission { get; set; } = new();

    public string LaunchDate { get; set; } = "";

    public List<DimensionDto> Dimensions { get; set; } = [];

    public List<MeasureDto> Measures { get; set; } = [];

    public GovernanceDto Governance { get; set; } = new();

    public bool? RequiresAnswerableBodies { get; set; }

    public List<MilestoneDto> Milestones { get; set; } = [];

    public HorizonDto ResultsHorizon { get; set; } = new();

    public EvaluationDto? Evaluation { get; set; }

    public List<NamedIdDto> Worlds { get; set; } = [];

    public List<NamedIdDto> Audiences { get; set; } = [];

    public PollDto? Poll { get; set; }
}

/// <summary>The document the programme comes from.</summary>
public sealed class SourceDto
{
    public TextDto Title { get; set; } = new();

    public string Publisher { get; set; } = "";

    public string Published { get; set; } = "";
}

/// <summary>The mission that wrote the programme.</summary>
public sealed class MissionDto
{
    public TextDto Title { get; set; } = new();

    public TextDto Subject { get; set; } = new();

    public PersonDto CommissionedBy { get; set; } = new();

    public string Commissioned { get; set; } = "";

    public List<PersonDto> LedBy { get; set; } = [];

    public ContributorsDto Contributors { get; set; } = new();

    public MissionReportDto Report { get; set; } = new();
}

/// <summary>A person and their role.</summary>
public sealed class PersonDto
{
    public string Name { get; set; } = "";

    public TextDto Role { get; set; } = new();
}

/// <summary>Who contributed to the mission.</summary>
public sealed class ContributorsDto
{
    public CountDto OrganisationsMobilised { get; set; } = new();

    public CountDto Contributors { get; set; } = new();
}

/// <summary>A count, exact or approximate.</summary>
public sealed class CountDto
{
    public int Value { get; set; }

    public bool Approximate { get; set; }
}

/// <summary>The report the mission delivered.</summary>
public sealed class MissionReportDto
{
    public TextDto Title { get; set; } = new();

    public string Delivered { get; set; } = "";

    public PersonDto DeliveredTo { get; set; } = new();
}

/// <summary>A dimension of the programme.</summary>
public sealed class DimensionDto
{
    public string Kind { get; set; } = "";

    public TextDto Name { get; set; } = new();

    public TextDto Purpose { get; set; } = new();

    public HorizonDto Horizon { get; set; } = new();
}

/// <summary>An effect horizon: two ISO 8601 periods of whole months.</summary>
public sealed class HorizonDto
{
    public string Minimum { get; set; } = "";

    public string Maximum { get; set; } = "";
}

/// <summary>A measure of the programme.</summary>
public sealed class MeasureDto
{
    public int Number { get; set; }

    public TextDto Title { get; set; } = new();

    public string Dimension { get; set; } = "";

    public GovernanceBodyDto? AnswerableBody { get; set; }
}

/// <summary>The follow-up committee.</summary>
public sealed class GovernanceDto
{
    public TextDto Name { get; set; } = new();

    public TextDto Purpose { get; set; } = new();

    public List<GovernanceBodyDto> Bodies { get; set; } = [];
}

/// <summary>A body of the follow-up committee.</summary>
public sealed class GovernanceBodyDto
{
    public TextDto Name { get; set; } = new();

    public TextDto? Role { get; set; }
}

/// <summary>A milestone.</summary>
public sealed class MilestoneDto
{
    public int Sequence { get; set; }

    public TextDto Title { get; set; } = new();

    public string Kind { get; set; } = "";

    public ImpreciseDateDto Date { get; set; } = new();

    public string? Place { get; set; }

    public TextDto? HostEvent { get; set; }

    public string TimeZone { get; set; } = "";

    public List<DateChangeDto>? History { get; set; }

    public List<int>? Serves { get; set; }

    public bool? ServesEveryMeasure { get; set; }
}

/// <summary>An imprecise date: a precision and the fields of that precision, the others null.</summary>
public sealed class ImpreciseDateDto
{
    public string Precision { get; set; } = "";

    public string? Day { get; set; }

    public string? First { get; set; }

    public string? Last { get; set; }

    public string? Month { get; set; }

    public string? Part { get; set; }

    public int? Year { get; set; }

    public bool ToBeConfirmed { get; set; }
}

/// <summary>An earlier date of a milestone.</summary>
public sealed class DateChangeDto
{
    public ImpreciseDateDto Previous { get; set; } = new();

    public string Kind { get; set; } = "";

    public string? Reason { get; set; }
}

/// <summary>The planned evaluation.</summary>
public sealed class EvaluationDto
{
    public ImpreciseDateDto When { get; set; } = new();

    public TextDto Purpose { get; set; } = new();

    public string LooksBackOver { get; set; } = "";
}

/// <summary>A world or an audience: an identifier and a name.</summary>
public sealed class NamedIdDto
{
    public string Id { get; set; } = "";

    public TextDto Name { get; set; } = new();
}

/// <summary>The opinion poll.</summary>
public sealed class PollDto
{
    public List<string> Pollsters { get; set; } = [];

    public string CommissionedBy { get; set; } = "";

    public string Conducted { get; set; } = "";

    public TextDto Population { get; set; } = new();

    public TextDto Question { get; set; } = new();

    public List<PollAnswerDto> Answers { get; set; } = [];
}

/// <summary>An answer of the poll, with the answers nested under it.</summary>
public sealed class PollAnswerDto
{
    public TextDto Label { get; set; } = new();

    public double Share { get; set; }

    public List<PollAnswerDto>? Nested { get; set; }
}

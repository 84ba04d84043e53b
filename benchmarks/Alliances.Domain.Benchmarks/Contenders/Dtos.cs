namespace Alliances.Domain.Benchmarks.Contenders;

// Plain DTOs of the ledger document, as a team would write them for a general-purpose serializer. System.Text.Json (in
// reflection mode and through its source generator, DtoJsonContext) and Newtonsoft.Json read and write the same
// document through them.

public sealed class LedgerDocumentDto
{
    public string Kind { get; set; } = "ledger";

    public int SchemaVersion { get; set; } = 1;

    public string Scope { get; set; } = "";

    public string Programme { get; set; } = "";

    public List<WeightDto>? Weights { get; set; }

    public List<LedgerBodyDto>? Territories { get; set; }

    public TerritoryDto? Territory { get; set; }

    public string? LaunchDate { get; set; }

    public List<PlanDto>? Plans { get; set; }

    public List<IndicatorDto>? Indicators { get; set; }

    public List<ReportDto>? Reports { get; set; }

    public List<ObservationDto>? Observations { get; set; }
}

public sealed class LedgerBodyDto
{
    public TerritoryDto? Territory { get; set; }

    public string? LaunchDate { get; set; }

    public List<PlanDto>? Plans { get; set; }

    public List<IndicatorDto>? Indicators { get; set; }

    public List<ReportDto>? Reports { get; set; }

    public List<ObservationDto>? Observations { get; set; }
}

public sealed class WeightDto
{
    public string Territory { get; set; } = "";

    public double Weight { get; set; }
}

public sealed class TerritoryDto
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Level { get; set; } = "";
}

public sealed class PlanDto
{
    public int Measure { get; set; }

    public string Start { get; set; } = "";

    public string End { get; set; } = "";
}

public sealed class TextDto
{
    public string Fr { get; set; } = "";

    public string? En { get; set; }
}

public sealed class PointDto
{
    public double Value { get; set; }

    public string Date { get; set; } = "";
}

public sealed class IndicatorDto
{
    public string Id { get; set; } = "";

    public int Measure { get; set; }

    public TextDto Name { get; set; } = new();

    public string Unit { get; set; } = "";

    public string Direction { get; set; } = "";

    public PointDto Baseline { get; set; } = new();

    public PointDto Target { get; set; } = new();

    public List<PointDto>? IntermediateTargets { get; set; }

    public double Weight { get; set; }
}

public sealed class ReportDto
{
    public int Measure { get; set; }

    public string Date { get; set; } = "";

    public string Status { get; set; } = "";

    public double? Progress { get; set; }

    public string? Health { get; set; }

    public string? Comment { get; set; }

    public string? NextUpdateDue { get; set; }

    public string? FirstEffectsObserved { get; set; }
}

public sealed class ObservationDto
{
    public string Indicator { get; set; } = "";

    public string Date { get; set; } = "";

    public double Value { get; set; }
}

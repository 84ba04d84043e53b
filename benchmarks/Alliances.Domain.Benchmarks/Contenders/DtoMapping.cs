using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Benchmarks.Contenders;

/// <summary>
/// The mapping a team writes between the DTOs and the domain: NodaTime's ISO pattern for days, names for enums. Reading
/// ends in the domain's own validation, so every contender reads with full validation.
/// </summary>
public static class DtoMapping
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    public static LedgerDocumentDto ToDto(LedgerDocument document)
    {
        var dto = new LedgerDocumentDto
        {
            Scope = document.Scope switch { LedgerScope.National => "national", LedgerScope.Territorial => "territorial", _ => "portfolio" },
            Programme = document.Ledgers[0].Programme.Id.Value,
        };
        if (document.Portfolio is { } portfolio)
        {
            dto.Weights = portfolio.Weights.IsEmpty ? null : portfolio.Weights.Select(w => new WeightDto { Territory = w.TerritoryCode, Weight = w.Weight }).ToList();
            dto.Territories = portfolio.Ledgers.Select(l =>
            {
                Fill(l, out var territory, out var launch, out var plans, out var indicators, out var reports, out var observations);
                return new LedgerBodyDto { Territory = territory, LaunchDate = launch, Plans = plans, Indicators = indicators, Reports = reports, Observations = observations };
            }).ToList();
        }
        else
        {
            Fill(document.Ledger!, out var territory, out var launch, out var plans, out var indicators, out var reports, out var observations);
            (dto.Territory, dto.LaunchDate, dto.Plans, dto.Indicators, dto.Reports, dto.Observations) = (territory, launch, plans, indicators, reports, observations);
        }

        return dto;
    }

    public static LedgerDocument ToDomain(LedgerDocumentDto dto)
    {
        if (dto.Scope == "portfolio")
        {
            var ledgers = dto.Territories!.Select(t => Ledger.Create(Draft(t.Territory, t.LaunchDate, t.Plans, t.Indicators, t.Reports, t.Observations)));
            var weights = dto.Weights?.Select(w => new TerritoryWeight(new TerritoryCode(w.Territory), w.Weight)) ?? [];
            return LedgerDocument.Of(Portfolio.Create(new PortfolioDraft { Ledgers = [.. ledgers], Weights = [.. weights] }));
        }

        return LedgerDocument.Of(Ledger.Create(Draft(dto.Territory, dto.LaunchDate, dto.Plans, dto.Indicators, dto.Reports, dto.Observations)));
    }

    private static void Fill(Ledger ledger, out TerritoryDto? territory, out string? launch, out List<PlanDto>? plans, out List<IndicatorDto>? indicators, out List<ReportDto> reports, out List<ObservationDto>? observations)
    {
        territory = ledger.Territory is { } t ? new TerritoryDto { Code = t.Code, Name = t.Name, Level = Camel(t.Level.ToString()) } : null;
        launch = ledger.LaunchDate == ledger.Programme.LaunchDate ? null : Iso.Format(ledger.LaunchDate);
        plans = ledger.Plans.IsEmpty ? null : ledger.Plans.Select(p => new PlanDto { Measure = p.Measure.Value, Start = Iso.Format(p.Start), End = Iso.Format(p.End) }).ToList();
        indicators = ledger.Indicators.IsEmpty ? null : ledger.Indicators.Select(i => new IndicatorDto
        {
            Id = i.Id,
            Measure = i.Measure.Value,
            Name = new TextDto { Fr = i.Name.French, En = i.Name.English },
            Unit = i.Unit,
            Direction = Camel(i.Direction.ToString()),
            Baseline = new PointDto { Value = i.Baseline.Value, Date = Iso.Format(i.Baseline.Date) },
            Target = new PointDto { Value = i.Target.Value, Date = Iso.Format(i.Target.Date) },
            IntermediateTargets = i.IntermediateTargets.IsEmpty ? null : i.IntermediateTargets.Select(p => new PointDto { Value = p.Value, Date = Iso.Format(p.Date) }).ToList(),
            Weight = i.Weight,
        }).ToList();
        reports = ledger.Reports.Select(r => new ReportDto
        {
            Measure = r.Measure.Value,
            Date = Iso.Format(r.Date),
            Status = Camel(r.Status.ToString()),
            Progress = r.DeclaredProgress?.Points,
            Health = r.Health == Health.NotAssessed ? null : Camel(r.Health.ToString()),
            Comment = r.Comment,
            NextUpdateDue = r.NextUpdateDue is { } n ? Iso.Format(n) : null,
            FirstEffectsObserved = r.FirstEffectsObserved is { } e ? Iso.Format(e) : null,
        }).ToList();
        observations = ledger.Observations.IsEmpty ? null : ledger.Observations.Select(o => new ObservationDto { Indicator = o.Indicator, Date = Iso.Format(o.Date), Value = o.Value }).ToList();
    }

    private static LedgerDraft Draft(TerritoryDto? territory, string? launch, List<PlanDto>? plans, List<IndicatorDto>? indicators, List<ReportDto>? reports, List<ObservationDto>? observations) => new()
    {
        Programme = Odd17.Programme,
        Territory = territory is null ? null : new Territory(new TerritoryCode(territory.Code), territory.Name, Enum.Parse<TerritoryLevel>(territory.Level, ignoreCase: true)),
        LaunchDate = launch is null ? null : Day(launch),
        Plans = ValueList.CreateRange((plans ?? []).Select(p => new MeasurePlan(new MeasureNumber(p.Measure), Day(p.Start), Day(p.End)))),
        Indicators = ValueList.CreateRange((indicators ?? []).Select(i => new Indicator(
            i.Id, new MeasureNumber(i.Measure), new LocalizedText(i.Name.Fr, i.Name.En), i.Unit, Enum.Parse<IndicatorDirection>(i.Direction, ignoreCase: true),
            new IndicatorPoint(i.Baseline.Value, Day(i.Baseline.Date)), new IndicatorPoint(i.Target.Value, Day(i.Target.Date)),
            ValueList.CreateRange((i.IntermediateTargets ?? []).Select(p => new IndicatorPoint(p.Value, Day(p.Date)))), i.Weight))),
        Reports = ValueList.CreateRange((reports ?? []).Select(r => new MeasureReport(
            new MeasureNumber(r.Measure),
            Day(r.Date),
            Enum.Parse<LifecycleStatus>(r.Status, ignoreCase: true),
            r.Progress is { } p ? new Percentage(p) : null,
            r.Health is null ? Health.NotAssessed : Enum.Parse<Health>(r.Health, ignoreCase: true),
            r.Comment,
            r.NextUpdateDue is null ? null : Day(r.NextUpdateDue),
            r.FirstEffectsObserved is null ? null : Day(r.FirstEffectsObserved)))),
        Observations = ValueList.CreateRange((observations ?? []).Select(o => new Observation(o.Indicator, Day(o.Date), o.Value))),
    };

    private static LocalDate Day(string text) => Iso.Parse(text).GetValueOrThrow();

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

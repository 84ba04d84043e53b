using System.Text;
using System.Text.Json;
using Alliances.Domain.Benchmarks.Contenders;
using Alliances.Domain.Serialization;
using BenchmarkDotNet.Attributes;

namespace Alliances.Domain.Benchmarks;

/// <summary>
/// W1, the canonical programme document (<c>Catalogue.Odd17.Programme</c>, compact): what the programme benchmarks share,
/// the document in every contender's form, and the check, before anything is timed, that all contenders agree.
/// </summary>
[MemoryDiagnoser]
public abstract class ProgrammeJsonBenchmarks
{
    protected Programme Domain { get; private set; } = null!;

    protected byte[] Utf8 { get; private set; } = [];

    protected string Text { get; private set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        Domain = Catalogue.Odd17.Programme;
        Utf8 = ProgrammeJson.SerializeToUtf8Bytes(Domain, indented: false);
        Text = Encoding.UTF8.GetString(Utf8);
        CheckAgreement(Domain, Utf8);

        // The canonical programme leaves parts of the contract unused; a variant of it, outside the timing, checks
        // that the contenders agree on those too.
        var variant = Variant(Domain);
        CheckAgreement(variant, ProgrammeJson.SerializeToUtf8Bytes(variant, indented: false));
    }

    /// <summary>
    /// The canonical programme with what its document does not use: milestone histories (a confirmation, which has no
    /// reason, and two reschedules), dates of a whole month and a whole year, a governance body with
    /// a role, a text with no English, answerable bodies (required) and a milestone serving named measures.
    /// </summary>
    /// <param name="programme">The canonical programme.</param>
    /// <returns>The variant, a valid programme.</returns>
    public static Programme Variant(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var milestones = programme.Milestones.Select(m => m.Sequence switch
        {
            2 => m.Confirm(new NodaTime.LocalDate(2020, 6, 3)),
            3 => m.Serving(new MeasureNumber(9), new MeasureNumber(7)),
            4 => m.Reschedule(ImpreciseDate.InMonth(new NodaTime.YearMonth(2020, 9), isToBeConfirmed: true), "Moved after the summer."),
            7 => new Milestone(
                m.Sequence, m.Title, m.Kind, ImpreciseDate.InYear(2021), m.Place, m.HostEvent, m.TimeZoneId,
                [new MilestoneDateChange(m.Date, MilestoneDateChangeKind.Rescheduled, "Postponed by a year.")]),
            _ => m,
        });
        var governance = programme.Governance;
        ValueList<GovernanceBody> bodies = [.. governance.Bodies, new GovernanceBody(new LocalizedText("Secrétariat"), new LocalizedText("Prépare les séances", "Prepares the meetings"))];
        return Programme.Create(programme.ToDraft() with
        {
            Measures = ValueList.CreateRange(programme.Measures.Select(m => m.WithAnswerableBody(governance.Bodies[m.Number.Value <= 7 ? 1 : 0]))),
            RequiresAnswerableBodies = true,
            Milestones = ValueList.CreateRange(milestones),
            Governance = new FollowUpCommittee(governance.Name, governance.Purpose, bodies),
        });
    }

    /// <summary>
    /// Checks that every contender agrees with ours on a programme: every reader reads our bytes back to the same
    /// programme; System.Text.Json (source-generated and reflection) and Newtonsoft.Json write what ours reads back to
    /// the same programme.
    /// </summary>
    /// <exception cref="InvalidOperationException">Two contenders disagree.</exception>
    public static void CheckAgreement(Programme domain, byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(utf8);
        var text = Encoding.UTF8.GetString(utf8);

        Same("ours, read", domain, ProgrammeJson.Deserialize(utf8));

        Same("System.Text.Json source generation, read", domain, ProgrammeDtoMapping.ToDomain(JsonSerializer.Deserialize(utf8, DtoJsonContext.Configured.ProgrammeDocumentDto)!));
        Same("System.Text.Json, read", domain, ProgrammeDtoMapping.ToDomain(JsonSerializer.Deserialize<ProgrammeDocumentDto>(utf8, JsonBenchmarkBase.StjOptions)!));
        Same("Newtonsoft.Json, read", domain, ProgrammeDtoMapping.ToDomain(Newtonsoft.Json.JsonConvert.DeserializeObject<ProgrammeDocumentDto>(text, JsonBenchmarkBase.NewtonsoftSettings)!));

        Same("System.Text.Json source generation, written", domain, ProgrammeJson.Deserialize(JsonSerializer.SerializeToUtf8Bytes(ProgrammeDtoMapping.ToDto(domain), DtoJsonContext.Configured.ProgrammeDocumentDto)));
        Same("System.Text.Json source generation (fast path), written", domain, ProgrammeJson.Deserialize(JsonSerializer.SerializeToUtf8Bytes(ProgrammeDtoMapping.ToDto(domain), DtoJsonContext.Default.ProgrammeDocumentDto)));
        Same("System.Text.Json, written", domain, ProgrammeJson.Deserialize(JsonSerializer.SerializeToUtf8Bytes(ProgrammeDtoMapping.ToDto(domain), JsonBenchmarkBase.StjOptions)));
        Same("Newtonsoft.Json, written", domain, ProgrammeJson.Deserialize(Newtonsoft.Json.JsonConvert.SerializeObject(ProgrammeDtoMapping.ToDto(domain), JsonBenchmarkBase.NewtonsoftSettings)));
    }

    private static void Same(string what, Programme expected, Programme actual)
    {
        if (!expected.Equals(actual))
        {
            throw new InvalidOperationException($"{what}: the programme read back differs from the canonical programme {expected.Id}.");
        }
    }
}

/// <summary>W1, writing the programme: ours against System.Text.Json (source-generated, the baseline, and reflection) and Newtonsoft.Json, each of them over DTOs with the mapping.</summary>
[MemoryDiagnoser]
public class ProgrammeJsonWriteBenchmarks : ProgrammeJsonBenchmarks
{
    [Benchmark(Baseline = true, Description = "System.Text.Json source generation + DTOs")]
    public byte[] StjSourceGen_Write() => JsonSerializer.SerializeToUtf8Bytes(ProgrammeDtoMapping.ToDto(Domain), DtoJsonContext.Configured.ProgrammeDocumentDto);

    [Benchmark(Description = "Alliances.Domain ProgrammeJson")]
    public byte[] Ours_Write() => ProgrammeJson.SerializeToUtf8Bytes(Domain, indented: false);

    [Benchmark(Description = "System.Text.Json source generation + DTOs, default encoder (fast path)")]
    public byte[] StjSourceGenFastPath_Write() => JsonSerializer.SerializeToUtf8Bytes(ProgrammeDtoMapping.ToDto(Domain), DtoJsonContext.Default.ProgrammeDocumentDto);

    [Benchmark(Description = "System.Text.Json reflection + DTOs")]
    public byte[] Stj_Write() => JsonSerializer.SerializeToUtf8Bytes(ProgrammeDtoMapping.ToDto(Domain), JsonBenchmarkBase.StjOptions);

    [Benchmark(Description = "Newtonsoft.Json + DTOs")]
    public string Newtonsoft_Write() => Newtonsoft.Json.JsonConvert.SerializeObject(ProgrammeDtoMapping.ToDto(Domain), JsonBenchmarkBase.NewtonsoftSettings);
}

/// <summary>W1, reading the programme with full validation: ours against System.Text.Json (source-generated, the baseline, and reflection) and Newtonsoft.Json, each of them over DTOs with the mapping to the model.</summary>
[MemoryDiagnoser]
public class ProgrammeJsonReadBenchmarks : ProgrammeJsonBenchmarks
{
    [Benchmark(Baseline = true, Description = "System.Text.Json source generation + DTOs")]
    public Programme StjSourceGen_Read() => ProgrammeDtoMapping.ToDomain(JsonSerializer.Deserialize(Utf8, DtoJsonContext.Configured.ProgrammeDocumentDto)!);

    [Benchmark(Description = "Alliances.Domain ProgrammeJson")]
    public Programme Ours_Read() => ProgrammeJson.Deserialize(Utf8);

    [Benchmark(Description = "System.Text.Json reflection + DTOs")]
    public Programme Stj_Read() => ProgrammeDtoMapping.ToDomain(JsonSerializer.Deserialize<ProgrammeDocumentDto>(Utf8, JsonBenchmarkBase.StjOptions)!);

    [Benchmark(Description = "Newtonsoft.Json + DTOs")]
    public Programme Newtonsoft_Read() => ProgrammeDtoMapping.ToDomain(Newtonsoft.Json.JsonConvert.DeserializeObject<ProgrammeDocumentDto>(Text, JsonBenchmarkBase.NewtonsoftSettings)!);
}

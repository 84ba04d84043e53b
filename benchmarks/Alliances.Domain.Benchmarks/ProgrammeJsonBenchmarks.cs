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
    protected Programmes.Programme Domain { get; private set; } = null!;

    protected byte[] Utf8 { get; private set; } = [];

    protected string Text { get; private set; } = "";

    protected HandProgramme Hand { get; private set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        Domain = Catalogue.Odd17.Programme;
        Utf8 = ProgrammeJson.SerializeToUtf8Bytes(Domain, indented: false);
        Text = Encoding.UTF8.GetString(Utf8);
        Hand = ProgrammeHandWritten.From(Domain);
        CheckAgreement(Domain, Utf8);

        // The canonical programme leaves parts of the contract unused; a variant of it, outside the timing, checks
        // that the contenders agree on those too.
        var variant = Variant(Domain);
        CheckAgreement(variant, ProgrammeJson.SerializeToUtf8Bytes(variant, indented: false));
    }

    /// <summary>
    /// The canonical programme with what its document does not use: milestone histories (a confirmation, which has no
    /// reason, and two reschedules), dates of a whole month and a whole year, a governance body with
    /// a role, and a text with no English.
    /// </summary>
    /// <param name="programme">The canonical programme.</param>
    /// <returns>The variant, a valid programme.</returns>
    public static Programmes.Programme Variant(Programmes.Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var milestones = programme.Milestones.Select(m => m.Sequence switch
        {
            2 => m.Confirm(new NodaTime.LocalDate(2020, 6, 3)),
            4 => m.Reschedule(Dates.ImpreciseDate.InMonth(new NodaTime.YearMonth(2020, 9), isToBeConfirmed: true), "Moved after the summer."),
            7 => new Milestones.Milestone(
                m.Sequence, m.Title, m.Kind, Dates.ImpreciseDate.InYear(2021), m.Place, m.HostEvent, m.TimeZoneId,
                [new Milestones.MilestoneDateChange(m.Date, Milestones.MilestoneDateChangeKind.Rescheduled, "Postponed by a year.")]),
            _ => m,
        });
        var governance = programme.Governance;
        var bodies = governance.Bodies.Add(new Governance.GovernanceBody(new Text.LocalizedText("Secrétariat"), new Text.LocalizedText("Prépare les séances", "Prepares the meetings")));
        return Programmes.Programme.Create(programme.ToDraft() with
        {
            Milestones = Collections.ValueList.CreateRange(milestones),
            Governance = new Governance.FollowUpCommittee(governance.Name, governance.Purpose, bodies),
        });
    }

    /// <summary>
    /// Checks that every contender agrees with ours on a programme: the hand-written writer writes our bytes; every
    /// reader reads our bytes back to the same programme; System.Text.Json and Newtonsoft.Json write what ours reads
    /// back to the same programme.
    /// </summary>
    /// <exception cref="InvalidOperationException">Two contenders disagree.</exception>
    public static void CheckAgreement(Programmes.Programme domain, byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(utf8);
        var text = Encoding.UTF8.GetString(utf8);

        Same("ours, read", domain, ProgrammeJson.Deserialize(utf8));

        var handBytes = ProgrammeHandWritten.Write(ProgrammeHandWritten.From(domain));
        SameBytes("the hand-written writer", utf8, handBytes);

        // The hand-written reader gives plain data, not a programme: what it read is compared by writing it again.
        SameBytes("the hand-written reader (its data written again)", utf8, ProgrammeHandWritten.Write(ProgrammeHandWritten.Read(utf8)));

        Same("System.Text.Json, read", domain, ProgrammeDtoMapping.ToDomain(JsonSerializer.Deserialize<ProgrammeDocumentDto>(utf8, JsonBenchmarkBase.StjOptions)!));
        Same("Newtonsoft.Json, read", domain, ProgrammeDtoMapping.ToDomain(Newtonsoft.Json.JsonConvert.DeserializeObject<ProgrammeDocumentDto>(text, JsonBenchmarkBase.NewtonsoftSettings)!));

        Same("System.Text.Json, written", domain, ProgrammeJson.Deserialize(JsonSerializer.SerializeToUtf8Bytes(ProgrammeDtoMapping.ToDto(domain), JsonBenchmarkBase.StjOptions)));
        Same("Newtonsoft.Json, written", domain, ProgrammeJson.Deserialize(Newtonsoft.Json.JsonConvert.SerializeObject(ProgrammeDtoMapping.ToDto(domain), JsonBenchmarkBase.NewtonsoftSettings)));
    }

    private static void Same(string what, Programmes.Programme expected, Programmes.Programme actual)
    {
        if (!expected.Equals(actual))
        {
            throw new InvalidOperationException($"{what}: the programme read back differs from the canonical programme {expected.Id}.");
        }
    }

    private static void SameBytes(string what, byte[] expected, byte[] actual)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            var at = expected.AsSpan().CommonPrefixLength(actual);
            throw new InvalidOperationException(
                $"{what} does not write the same bytes as ours: {actual.Length} bytes against {expected.Length}, first difference at byte {at} "
                + $"(ours: '{Excerpt(expected, at)}', theirs: '{Excerpt(actual, at)}').");
        }
    }

    private static string Excerpt(byte[] utf8, int at) => Encoding.UTF8.GetString(utf8, Math.Max(0, at - 20), Math.Min(utf8.Length, at + 20) - Math.Max(0, at - 20));
}

/// <summary>W1, writing the programme: ours against System.Text.Json (reflection), Newtonsoft.Json, and a hand-written writer.</summary>
[MemoryDiagnoser]
public class ProgrammeJsonWriteBenchmarks : ProgrammeJsonBenchmarks
{
    [Benchmark(Baseline = true, Description = "hand-written Utf8JsonWriter")]
    public byte[] HandWritten_Write() => ProgrammeHandWritten.Write(Hand);

    [Benchmark(Description = "Alliances.Domain ProgrammeJson")]
    public byte[] Ours_Write() => ProgrammeJson.SerializeToUtf8Bytes(Domain, indented: false);

    [Benchmark(Description = "System.Text.Json reflection + DTOs")]
    public byte[] Stj_Write() => JsonSerializer.SerializeToUtf8Bytes(ProgrammeDtoMapping.ToDto(Domain), JsonBenchmarkBase.StjOptions);

    [Benchmark(Description = "Newtonsoft.Json + DTOs")]
    public string Newtonsoft_Write() => Newtonsoft.Json.JsonConvert.SerializeObject(ProgrammeDtoMapping.ToDto(Domain), JsonBenchmarkBase.NewtonsoftSettings);
}

/// <summary>W1, reading the programme with full validation: ours against System.Text.Json (reflection), Newtonsoft.Json, and a hand-written reader (format checks only).</summary>
[MemoryDiagnoser]
public class ProgrammeJsonReadBenchmarks : ProgrammeJsonBenchmarks
{
    [Benchmark(Baseline = true, Description = "hand-written Utf8JsonReader")]
    public HandProgramme HandWritten_Read() => ProgrammeHandWritten.Read(Utf8);

    [Benchmark(Description = "Alliances.Domain ProgrammeJson")]
    public Programmes.Programme Ours_Read() => ProgrammeJson.Deserialize(Utf8);

    [Benchmark(Description = "System.Text.Json reflection + DTOs")]
    public Programmes.Programme Stj_Read() => ProgrammeDtoMapping.ToDomain(JsonSerializer.Deserialize<ProgrammeDocumentDto>(Utf8, JsonBenchmarkBase.StjOptions)!);

    [Benchmark(Description = "Newtonsoft.Json + DTOs")]
    public Programmes.Programme Newtonsoft_Read() => ProgrammeDtoMapping.ToDomain(Newtonsoft.Json.JsonConvert.DeserializeObject<ProgrammeDocumentDto>(Text, JsonBenchmarkBase.NewtonsoftSettings)!);
}

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Alliances.Domain.Catalogue;

namespace Alliances.Domain.Serialization;

/// <summary>
/// The source-generated reader of the wire records, with System.Text.Json's strictest options: no unknown or duplicate
/// property, every required property present and not null, strict numbers, camelCase names, a depth of at most 64.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = 64,
    GenerationMode = JsonSourceGenerationMode.Metadata,
    Converters = [typeof(LocalDateJsonConverter), typeof(YearMonthJsonConverter), typeof(PeriodJsonConverter), typeof(WholeNumberConverter), typeof(ProgrammeReferenceConverter)])]
[JsonSerializable(typeof(ProgrammeWire))]
[JsonSerializable(typeof(LedgerWire))]
[JsonSerializable(typeof(ImpreciseDateWire))]
[JsonSerializable(typeof(SourceWire))]
[JsonSerializable(typeof(MissionWire))]
[JsonSerializable(typeof(PersonWire))]
[JsonSerializable(typeof(ContributorsWire))]
[JsonSerializable(typeof(CountWire))]
[JsonSerializable(typeof(MissionReportWire))]
[JsonSerializable(typeof(DimensionWire))]
[JsonSerializable(typeof(HorizonWire))]
[JsonSerializable(typeof(MeasureWire))]
[JsonSerializable(typeof(GovernanceWire))]
[JsonSerializable(typeof(BodyWire))]
[JsonSerializable(typeof(MilestoneWire))]
[JsonSerializable(typeof(DateChangeWire))]
[JsonSerializable(typeof(EvaluationWire))]
[JsonSerializable(typeof(WorldWire))]
[JsonSerializable(typeof(AudienceWire))]
[JsonSerializable(typeof(PollWire))]
[JsonSerializable(typeof(AnswerWire))]
[JsonSerializable(typeof(TerritoryWire))]
[JsonSerializable(typeof(WeightWire))]
[JsonSerializable(typeof(RollupSettingsWire))]
[JsonSerializable(typeof(MeasureWeightWire))]
[JsonSerializable(typeof(DimensionWeightWire))]
[JsonSerializable(typeof(PlanWire))]
[JsonSerializable(typeof(IndicatorWire))]
[JsonSerializable(typeof(PointWire))]
[JsonSerializable(typeof(ObservationWire))]
[JsonSerializable(typeof(ActorWire))]
[JsonSerializable(typeof(CommitmentWire))]
[JsonSerializable(typeof(WithdrawalWire))]
internal sealed partial class WireContext : JsonSerializerContext
{
    /// <summary>The reader last made for programmes other than the canonical one.</summary>
    private static WireContext? _last;

    /// <summary>Gets the programmes this reader reads ledgers of.</summary>
    internal ValueList<Programme> Programmes => ((ProgrammeReferenceConverter)Options.Converters.First(c => c is ProgrammeReferenceConverter)).Programmes;

    /// <summary>
    /// Gives the reader of documents whose ledgers follow one of the programmes given: the library's own for the
    /// canonical programme, one made for others (the last one made is kept for the same programmes).
    /// </summary>
    /// <param name="programmes">The programmes, none null.</param>
    /// <returns>The reader.</returns>
    internal static WireContext For(ValueList<Programme> programmes)
    {
        if (programmes.Count == 1 && ReferenceEquals(programmes[0], Odd17.Programme))
        {
            return Default;
        }

        if (_last is { } last && programmes.SequenceEqual(last.Programmes, ReferenceEqualityComparer.Instance))
        {
            return last;
        }

        var options = new JsonSerializerOptions(Default.Options);
        options.Converters.Insert(0, new ProgrammeReferenceConverter(programmes));
        return _last = new WireContext(options);
    }

    /// <summary>
    /// Reads one value of the contract inside a converter: its wire record, completed once read whole, then the model
    /// built from it. A failure is
    /// an <see cref="AlliancesJsonException"/> located within the value, and within the larger document where the value
    /// is embedded deeper than its root (<see cref="AlliancesJsonException.Embedded"/>).
    /// </summary>
    internal static T Read<TWire, T>(ref Utf8JsonReader reader, JsonTypeInfo<TWire> typeInfo, Func<TWire, T> build)
        where TWire : class
    {
        var atRoot = reader.CurrentDepth == 0;
        try
        {
            var wire = JsonSerializer.Deserialize(ref reader, typeInfo) ?? throw ContractRead.Expected("An object", "un objet", JsonTokenType.Null);
            (wire as IWire)?.Complete();
            return build(wire);
        }
        catch (AlliancesJsonException found)
        {
            throw found.Embedded(atRoot);
        }
        catch (JsonException found)
        {
            throw AlliancesJsonException.Shape(found).Embedded(atRoot);
        }
    }

    /// <summary>
    /// Tells whether System.Text.Json has read every required member of a record, from its own metadata: a record that
    /// builds itself when called back (<see cref="IJsonOnDeserialized"/>) asks first, since System.Text.Json calls it
    /// back before it checks them. A required member that is missing is null, for which those records declare the
    /// required members of value types nullable.
    /// </summary>
    /// <typeparam name="TWire">The record's type.</typeparam>
    /// <param name="wire">The record.</param>
    /// <param name="typeInfo">Its metadata.</param>
    /// <returns>Whether every required member is there; when not, System.Text.Json throws next.</returns>
    internal static bool HasEveryRequired<TWire>(TWire wire, JsonTypeInfo<TWire> typeInfo)
        where TWire : class
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.IsRequired && property.Get!(wire) is null)
            {
                return false;
            }
        }

        return true;
    }
}

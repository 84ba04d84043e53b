using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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
    Converters = [typeof(LocalDateJsonConverter), typeof(YearMonthJsonConverter), typeof(PeriodJsonConverter), typeof(WholeNumberConverter)])]
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
[JsonSerializable(typeof(PlanWire))]
[JsonSerializable(typeof(IndicatorWire))]
[JsonSerializable(typeof(PointWire))]
[JsonSerializable(typeof(ObservationWire))]
internal sealed partial class WireContext : JsonSerializerContext
{
    /// <summary>
    /// Reads one value of the contract inside a converter: its wire record, then the model built from it. A failure is
    /// an <see cref="AlliancesJsonException"/> located within the value, and within the larger document where the value
    /// is embedded deeper than its root (<see cref="AlliancesJsonException.Embedded"/>).
    /// </summary>
    internal static T Read<TWire, T>(ref Utf8JsonReader reader, JsonTypeInfo<TWire> typeInfo, Func<TWire, T> build)
        where TWire : class
    {
        var atRoot = reader.CurrentDepth == 0;
        try
        {
            return build(JsonSerializer.Deserialize(ref reader, typeInfo) ?? throw ContractRead.Expected("An object", JsonTokenType.Null));
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
}

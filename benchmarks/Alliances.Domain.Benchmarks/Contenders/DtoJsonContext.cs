using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Benchmarks.Contenders;

/// <summary>
/// System.Text.Json's source generator over the same DTOs as the reflection contender, as a team would declare it:
/// camelCase names and null properties left out in the attribute, and the reflection contender's encoder on the
/// options the context is made with (the attribute has no encoder setting).
/// </summary>
/// <remarks>
/// The generator's fast path for writing (a generated method that writes the properties straight to the writer) is
/// taken only when the options equal the attribute's; any encoder set on the options turns it off. <see cref="Configured"/>
/// therefore writes through the generated metadata, as the reflection contender does through its own, and
/// <c>Default</c>, the generator's own instance, takes the fast path with the default encoder, which escapes every
/// character outside ASCII (the French texts come out as <c>\u00E9</c> and the like, a longer document that reads
/// back the same).
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LedgerDocumentDto))]
[JsonSerializable(typeof(ProgrammeDocumentDto))]
public sealed partial class DtoJsonContext : JsonSerializerContext
{
    /// <summary>The context the benchmarks use: the reflection contender's settings, metadata from the generator.</summary>
    public static DtoJsonContext Configured { get; } = new(new JsonSerializerOptions(JsonBenchmarkBase.StjOptions) { TypeInfoResolver = null });
}

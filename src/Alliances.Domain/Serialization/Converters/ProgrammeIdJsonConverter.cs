using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a programme identifier (<see cref="ProgrammeId"/>) as a JSON string, <c>"odd17-2020"</c>.</summary>
public sealed class ProgrammeIdJsonConverter : ContractJsonConverter<ProgrammeId>
{
    /// <summary>Initializes the converter.</summary>
    public ProgrammeIdJsonConverter()
        : base(static (ref Utf8JsonReader reader) => ContractRead.Build(ContractRead.String(ref reader), static id => new ProgrammeId(id)), static (writer, value) => writer.WriteStringValue(value.Value))
    {
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads the <c>programme</c> of a ledger document, <c>"odd17-2020"</c>, as the programme of that identifier among those
/// the reader knows (rule JSN003), so that System.Text.Json locates an unknown one at <c>$.programme</c>, and the ledger
/// rules, which need the programme, are checked at the end of the document.
/// </summary>
internal sealed class ProgrammeReferenceConverter : JsonConverter<Programme>
{
    /// <summary>Initializes the converter of the wire's own options: it knows the canonical programme.</summary>
    public ProgrammeReferenceConverter()
        : this([Odd17.Programme])
    {
    }

    /// <summary>Initializes a converter that knows the programmes given.</summary>
    /// <param name="programmes">The programmes, none null.</param>
    public ProgrammeReferenceConverter(ValueList<Programme> programmes) => Programmes = programmes;

    /// <summary>Gets the programmes the converter knows.</summary>
    public ValueList<Programme> Programmes { get; }

    /// <inheritdoc/>
    public override Programme Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var id = ContractRead.Build(ContractRead.String(ref reader), static id => new ProgrammeId(id));
        foreach (var programme in Programmes)
        {
            if (programme.Id == id)
            {
                return programme;
            }
        }

        throw new AlliancesJsonException(
            Rules.JsonProgrammeKnown,
            LocalizedText.Message(
                $"This reader knows the programmes {string.Join(", ", Programmes.Select(p => p.Id))}; the document follows '{id}'. An app registers others with AlliancesJson.AddProgrammes.",
                $"Ce lecteur connaît les programmes {string.Join(", ", Programmes.Select(p => p.Id))}\u202F; le document suit '{id}'. Une application en déclare d’autres avec AlliancesJson.AddProgrammes."));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Programme value, JsonSerializerOptions options) =>
        throw new NotSupportedException("The wire records are read only.");
}

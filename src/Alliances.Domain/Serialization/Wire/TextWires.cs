using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Alliances.Domain.Text;

namespace Alliances.Domain.Serialization;

/// <summary>A localized text as it is read: <c>{ "fr": …, "en": … }</c>.</summary>
internal sealed class TextWire : IJsonOnDeserialized
{
    public required string Fr { get; init; }

    [DisallowNull]
    public string? En { get; init; }

    [JsonIgnore]
    public LocalizedText Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => Value = ContractRead.Build(this, static w => new LocalizedText(w.Fr, w.En));
}

using System.Text.Json;
using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes the withdrawal of a commitment (<see cref="Withdrawal"/>) in the format of the JSON contract:
/// <c>{ "date": "2021-01-15", "reason": { "fr": "…", "en": "…" } }</c>.
/// </summary>
public sealed class WithdrawalJsonConverter : ContractJsonConverter<Withdrawal>
{
    /// <summary>Initializes the converter.</summary>
    public WithdrawalJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.WithdrawalWire, static w => w.Model), ContractWriter.Withdrawal)
    {
    }
}

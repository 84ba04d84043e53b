using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Serialization;

/// <summary>A record of the wire that stands for one value of the model, built when the record is completed.</summary>
/// <typeparam name="T">The model's type.</typeparam>
internal abstract class Wire<T> : IWire
{
    /// <summary>Gets the value of the model, once the record is completed.</summary>
    [JsonIgnore]
    public T Model { get; private set; } = default!;

    /// <inheritdoc/>
    public void Complete() => Model = ContractRead.Build(this, static wire => wire.Build());

    /// <summary>Builds the value of the model from the record's members, every one of them read and checked.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="RuleViolationException">The value breaks a rule of the model.</exception>
    /// <exception cref="AlliancesJsonException">The record does not have the contract's shape.</exception>
    protected abstract T Build();
}

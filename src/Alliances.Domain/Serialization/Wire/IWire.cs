using System.Text.Json.Serialization;

namespace Alliances.Domain.Serialization;

/// <summary>
/// A record of the wire that System.Text.Json reads, completed by what holds it once read whole: the property or list
/// that receives it, or the converter that reads it on its own.
/// </summary>
/// <remarks>
/// System.Text.Json checks an object's required properties only after its <see cref="IJsonOnDeserialized"/> callback,
/// so a record cannot build its part of the model there: it would build from a member still missing. By the time the
/// record reaches its holder, every check of System.Text.Json has passed, and System.Text.Json still locates a rule the
/// record breaks at the record's own path, line and position.
/// </remarks>
internal interface IWire
{
    /// <summary>Builds what the record stands for, once System.Text.Json has read and checked it whole.</summary>
    /// <exception cref="AlliancesJsonException">The record breaks a rule of the contract or of the model.</exception>
    void Complete();

    /// <summary>Completes a record as its holder receives it.</summary>
    /// <typeparam name="TWire">The record's type.</typeparam>
    /// <param name="wire">The record, read whole.</param>
    /// <returns>The record, completed.</returns>
    static TWire Completed<TWire>(TWire wire)
        where TWire : IWire
    {
        wire.Complete();
        return wire;
    }
}

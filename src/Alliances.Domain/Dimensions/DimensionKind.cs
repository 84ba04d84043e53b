using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain;

/// <summary>
/// The kind of a dimension of a programme; each stands for a horizon at which its measures take effect.
/// </summary>
/// <remarks>A programme has at most one dimension of each kind (rule PRG003), and may have only some of them.</remarks>
[JsonConverter(typeof(DimensionKindJsonConverter))]
public enum DimensionKind
{
    /// <summary>Operational measures: first effects soonest, by showing what exists and getting actors to act.</summary>
    Operational = 0,

    /// <summary>Strategic measures: solutions built with the pioneers, at larger scale, evaluated before they spread.</summary>
    Strategic = 1,

    /// <summary>Political measures: institutions showing and proving their commitment to the method.</summary>
    Political = 2,
}

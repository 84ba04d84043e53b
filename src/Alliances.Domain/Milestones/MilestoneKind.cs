using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain;

/// <summary>What kind of event a milestone is.</summary>
[JsonConverter(typeof(MilestoneKindJsonConverter))]
public enum MilestoneKind
{
    /// <summary>An event held online ("événement numérique").</summary>
    DigitalEvent = 0,

    /// <summary>A gathering of actors ("rencontre").</summary>
    Meeting = 1,

    /// <summary>A visit to a place ("visite").</summary>
    Visit = 2,

    /// <summary>A conference, often within a larger forum ("conférence").</summary>
    Conference = 3,

    /// <summary>A working session ("atelier").</summary>
    Workshop = 4,

    /// <summary>Any other kind of event.</summary>
    Other = 5,
}

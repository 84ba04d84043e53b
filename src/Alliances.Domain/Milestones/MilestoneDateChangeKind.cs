using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain;

/// <summary>Why a milestone's date changed.</summary>
[JsonConverter(typeof(MilestoneDateChangeKindJsonConverter))]
public enum MilestoneDateChangeKind
{
    /// <summary>The date was settled within the days it could already fall on ("early June" became 4 June).</summary>
    Confirmed = 0,

    /// <summary>The date was moved, possibly outside the days it could fall on: a slip, with its reason.</summary>
    Rescheduled = 1,
}

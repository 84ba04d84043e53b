using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Progress;

/// <summary>The qualitative health a report gives a measure.</summary>
[JsonConverter(typeof(HealthJsonConverter))]
public enum Health
{
    /// <summary>The reporter did not assess the measure's health.</summary>
    NotAssessed = 0,

    /// <summary>On track.</summary>
    OnTrack = 1,

    /// <summary>At risk.</summary>
    AtRisk = 2,

    /// <summary>Off track.</summary>
    OffTrack = 3,
}

using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Progress;

/// <summary>Where a measure's progress comes from, in the order rule PRO002 tries them.</summary>
[JsonConverter(typeof(ProgressSourceJsonConverter))]
public enum ProgressSource
{
    /// <summary>The measure is completed: 100 %.</summary>
    Completed = 0,

    /// <summary>The weighted mean of the measure's indicators that have a value.</summary>
    Indicators = 1,

    /// <summary>The latest progress a report declared.</summary>
    Declared = 2,

    /// <summary>The measure has not started and nothing else is known: 0 %.</summary>
    NotStarted = 3,

    /// <summary>The measure has started but nothing says how far it is: unknown.</summary>
    Unknown = 4,
}

using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Progress;

/// <summary>Which way an indicator improves.</summary>
[JsonConverter(typeof(IndicatorDirectionJsonConverter))]
public enum IndicatorDirection
{
    /// <summary>Higher values are better, such as the number of alliances formed.</summary>
    HigherIsBetter = 0,

    /// <summary>Lower values are better, such as the days it takes to answer a request.</summary>
    LowerIsBetter = 1,
}

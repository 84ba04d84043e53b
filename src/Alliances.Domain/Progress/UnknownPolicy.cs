using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Progress;

/// <summary>How a mean treats values that are unknown (rule PRO004).</summary>
[JsonConverter(typeof(UnknownPolicyJsonConverter))]
public enum UnknownPolicy
{
    /// <summary>The mean is taken over the known values, and their coverage is reported. The default.</summary>
    Available = 0,

    /// <summary>Any unknown value makes the mean unknown.</summary>
    Strict = 1,
}

using Alliances.Domain.Validation;

namespace Alliances.Domain.Progress;

/// <summary>The check every weight passes (rule WGT001).</summary>
internal static class Weights
{
    /// <summary>Returns the weight when it is a finite number above 0, and throws otherwise.</summary>
    internal static double Check(double weight)
    {
        Guard.Require(double.IsFinite(weight) && weight > 0, Rules.WeightPositive, $"A weight is a finite number above 0; got {weight}.", nameof(weight));
        return weight;
    }
}

using Alliances.Domain.Validation;

namespace Alliances.Domain.Progress;

/// <summary>The checks every weight passes (rules WGT001, WGT010).</summary>
/// <remarks>
/// The bounds fit any weight a programme needs, a population (France has 6.8 × 10⁷ people) or a share written as a
/// fraction, with room to spare; within them a weighted mean over any number of parts stays finite, no product of a
/// weight and a percentage falls below the normal doubles, and no single weight can outweigh the others into a lie.
/// </remarks>
internal static class Weights
{
    /// <summary>The lightest weight, 10⁻⁶.</summary>
    internal const double Minimum = 1e-6;

    /// <summary>The heaviest weight, 10⁹.</summary>
    internal const double Maximum = 1e9;

    /// <summary>Returns the weight when it is a finite number from 10⁻⁶ to 10⁹, and throws otherwise.</summary>
    internal static double Check(double weight)
    {
        Guard.Require(double.IsFinite(weight) && weight > 0, Rules.WeightPositive, $"A weight is a finite number above 0; got {weight}.", $"Un poids est un nombre fini supérieur à 0\u202F; valeur reçue\u00A0: {weight}.", nameof(weight));
        Guard.Require(weight is >= Minimum and <= Maximum, Rules.WeightBounded, $"A weight lies from 0.000001 to 1,000,000,000; got {weight:R}.", $"Un poids va de 0,000001 à 1\u202F000\u202F000\u202F000\u202F; valeur reçue\u00A0: {weight:R}.", nameof(weight));
        return weight;
    }

    /// <summary>
    /// Gets the form a weight is stored in, such that a struct's <c>default</c> holds a weight of 1, the weight of
    /// what is not listed: 1 is stored as 0, which no weight is (WGT001), and every other weight as itself. Each weight
    /// has one stored form, so the equality a record struct generates over its fields stays that of the weights.
    /// </summary>
    internal static double Store(double weight) => weight == 1 ? 0 : weight;

    /// <summary>Gets a weight back from its stored form: 0 is 1.</summary>
    internal static double Read(double stored) => stored == 0 ? 1 : stored;
}

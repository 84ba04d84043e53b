namespace Alliances.Domain.Progress;

/// <summary>
/// What every rollup of one programme under one set of options shares, looked up once per rollup rather than once
/// per ledger or measure: the options, and the weight and dimension of every measure and dimension.
/// </summary>
/// <remarks>A basis never changes once made, so one basis can serve any number of rollups, on any thread.</remarks>
internal sealed class RollupBasis
{
    /// <summary>Looks up the weights and dimensions of a programme's measures and dimensions under some options.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="options">The options.</param>
    internal RollupBasis(Programme programme, ProgressOptions options)
    {
        Options = options;
        IsStrict = options.Policy == UnknownPolicy.Strict;
        var dimensions = programme.Dimensions.AsSpan();
        DimensionKinds = new DimensionKind[dimensions.Length];
        DimensionWeights = new double[dimensions.Length];
        Span<int> slotOfKind = stackalloc int[Rollup.KindCount];
        for (var d = 0; d < dimensions.Length; d++)
        {
            DimensionKinds[d] = dimensions[d].Kind;
            DimensionWeights[d] = options.WeightOf(dimensions[d].Kind);
            slotOfKind[(int)dimensions[d].Kind] = d;
        }

        var measures = programme.Measures.AsSpan();
        MeasureKinds = new DimensionKind[measures.Length];
        MeasureSlots = new int[measures.Length];
        MeasureWeights = new double[measures.Length];
        for (var m = 0; m < measures.Length; m++)
        {
            MeasureKinds[m] = measures[m].Dimension;
            MeasureSlots[m] = slotOfKind[(int)measures[m].Dimension];
            MeasureWeights[m] = options.WeightOf(measures[m].Number);
        }
    }

    /// <summary>Gets the options.</summary>
    internal ProgressOptions Options { get; }

    /// <summary>Gets a value indicating whether an unknown value makes its mean unknown (rule PRO004).</summary>
    internal bool IsStrict { get; }

    /// <summary>Gets the kind of every dimension, in the programme's order of dimensions.</summary>
    internal DimensionKind[] DimensionKinds { get; }

    /// <summary>Gets the weight of every dimension, in the programme's order of dimensions.</summary>
    internal double[] DimensionWeights { get; }

    /// <summary>Gets the kind of every measure's dimension, in measure order.</summary>
    internal DimensionKind[] MeasureKinds { get; }

    /// <summary>Gets where every measure's dimension stands in the programme's order of dimensions, in measure order.</summary>
    internal int[] MeasureSlots { get; }

    /// <summary>Gets the weight of every measure, in measure order.</summary>
    internal double[] MeasureWeights { get; }
}

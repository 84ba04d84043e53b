using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// A dimension of a programme: a group of measures that share a purpose and a horizon for their effects.
/// </summary>
/// <remarks>Equality compares the kind, the name, the purpose and the horizon.</remarks>
[JsonConverter(typeof(DimensionJsonConverter))]
public sealed record Dimension
{
    /// <summary>Initializes a new dimension.</summary>
    /// <param name="kind">The kind of the dimension, unique within its programme.</param>
    /// <param name="name">The name, such as "Mesures opérationnelles".</param>
    /// <param name="purpose">What the dimension's measures are for, in a sentence.</param>
    /// <param name="horizon">The months after launch within which its measures' first effects are expected.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="purpose"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public Dimension(DimensionKind kind, LocalizedText name, LocalizedText purpose, EffectHorizon horizon)
    {
        Kind = DimensionKinds.Check(kind, nameof(kind));
        Name = Guard.NotNull(name);
        Purpose = Guard.NotNull(purpose);
        Horizon = horizon;
    }

    /// <summary>Gets the kind of the dimension.</summary>
    public DimensionKind Kind { get; }

    /// <summary>Gets the name of the dimension.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets what the dimension's measures are for.</summary>
    public LocalizedText Purpose { get; }

    /// <summary>Gets the months after launch within which the first effects of its measures are expected.</summary>
    public EffectHorizon Horizon { get; }

    /// <summary>Returns the kind and the horizon, such as <c>Operational (3..9 months)</c>.</summary>
    /// <returns>The dimension as text.</returns>
    public override string ToString() => $"{Kind} ({Horizon} months)";
}

using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// One measure of a programme: its number, its title and the dimension it belongs to.
/// </summary>
/// <remarks>
/// The measure names its dimension by kind; the programme checks that it has a dimension of that kind (rule
/// PRG006). Equality compares the number, the title and the dimension.
/// </remarks>
[JsonConverter(typeof(MeasureJsonConverter))]
public sealed record Measure
{
    /// <summary>Initializes a new measure.</summary>
    /// <param name="number">The number of the measure within its programme.</param>
    /// <param name="title">The title: French verbatim from the source, with English alongside.</param>
    /// <param name="dimension">The kind of the dimension the measure belongs to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not a defined kind.</exception>
    public Measure(MeasureNumber number, LocalizedText title, DimensionKind dimension)
    {
        Number = number;
        Title = Guard.NotNull(title);
        Dimension = DimensionKinds.Check(dimension);
    }

    /// <summary>Gets the number of the measure within its programme.</summary>
    public MeasureNumber Number { get; }

    /// <summary>Gets the title: French verbatim from the source, with English alongside.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the kind of the dimension the measure belongs to.</summary>
    public DimensionKind Dimension { get; }

    /// <summary>Returns the number and the French title, such as <c>9. Accompagner les alliances stratégiques</c>.</summary>
    /// <returns>The measure as text.</returns>
    public override string ToString() => $"{Number}. {Title.French}";
}

using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// One measure of a programme: its number, its title, the dimension it belongs to and, where the programme says so,
/// the body of its follow-up committee that answers for it.
/// </summary>
/// <remarks>
/// The measure names its dimension by kind; the programme checks that it has a dimension of that kind (rule
/// PRG006), and that its answerable body is one of the committee's bodies (PRG013), named wherever the programme
/// requires one (PRG014). Equality compares the number, the title, the dimension and the answerable body.
/// </remarks>
[JsonConverter(typeof(MeasureJsonConverter))]
public sealed record Measure
{
    /// <summary>Initializes a new measure.</summary>
    /// <param name="number">The number of the measure within its programme.</param>
    /// <param name="title">The title: French verbatim from the source, with English alongside.</param>
    /// <param name="dimension">The kind of the dimension the measure belongs to.</param>
    /// <param name="answerableBody">The body of the programme's follow-up committee that answers for the measure, or <see langword="null"/> when none is named.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not a defined kind.</exception>
    public Measure(MeasureNumber number, LocalizedText title, DimensionKind dimension, GovernanceBody? answerableBody = null)
    {
        Number = number;
        Title = Guard.NotNull(title);
        Dimension = DimensionKinds.Check(dimension);
        AnswerableBody = answerableBody;
    }

    /// <summary>Gets the number of the measure within its programme.</summary>
    public MeasureNumber Number { get; }

    /// <summary>Gets the title: French verbatim from the source, with English alongside.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the kind of the dimension the measure belongs to.</summary>
    public DimensionKind Dimension { get; }

    /// <summary>
    /// Gets the body of the programme's follow-up committee that answers for the measure's follow-up, or
    /// <see langword="null"/> when the programme names none. The canonical catalogue names none: its source names the
    /// committee's two bodies but gives neither a measure.
    /// </summary>
    public GovernanceBody? AnswerableBody { get; }

    /// <summary>Returns this measure with another answerable body.</summary>
    /// <param name="body">The body, or <see langword="null"/> to name none.</param>
    /// <returns>The measure; this one is unchanged.</returns>
    public Measure WithAnswerableBody(GovernanceBody? body) => new(Number, Title, Dimension, body);

    /// <summary>Returns the number and the French title, such as <c>9. Accompagner les alliances stratégiques</c>.</summary>
    /// <returns>The measure as text.</returns>
    public override string ToString() => $"{Number}. {Title.French}";
}

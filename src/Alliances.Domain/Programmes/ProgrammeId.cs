using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>The stable identifier of a programme, a lowercase slug such as <c>odd17-2020</c>.</summary>
/// <remarks>
/// <para>
/// Any value of the type is a valid slug (rule IDS001). Equality is ordinal; identifiers have no ordering.
/// </para>
/// <para>
/// The text form is the slug itself: <c>odd17-2020</c>. <see cref="ToString()"/> and every formatting interface write
/// it; the constructor, <see cref="Parse(string, IFormatProvider?)"/> and
/// <see cref="TryParse(string?, IFormatProvider?, out ProgrammeId)"/> read it back.
/// </para>
/// </remarks>
[JsonConverter(typeof(ProgrammeIdJsonConverter))]
public sealed partial record ProgrammeId
{
    /// <summary>Initializes a new identifier.</summary>
    /// <param name="value">The slug: lowercase ASCII letters, digits and single inner hyphens, 1 to 64 characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="RuleViolationException"><paramref name="value"/> is not a slug (IDS001).</exception>
    public ProgrammeId(string value)
    {
        Value = Identifiers.Check(value);
    }

    /// <summary>Gets the slug.</summary>
    public string Value { get; }

    /// <summary>Returns the slug, the text form that <see cref="Parse(string, IFormatProvider?)"/> reads.</summary>
    /// <returns>The slug.</returns>
    public override string ToString() => Value;
}

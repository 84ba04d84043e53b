using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>An organisation named by the source, such as a pollster or the association that published the programme.</summary>
/// <remarks>Names are proper names, kept as the source writes them and not translated. Equality is ordinal on the name.</remarks>
public sealed record Organisation
{
    /// <summary>Initializes a new organisation.</summary>
    /// <param name="name">The name as the source writes it; not blank (rule TXT001).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="RuleViolationException"><paramref name="name"/> is blank (TXT001).</exception>
    public Organisation(string name)
    {
        Name = Guard.Text(name, "An organisation's name", "Le nom d’une organisation");
    }

    /// <summary>Gets the name as the source writes it.</summary>
    public string Name { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}

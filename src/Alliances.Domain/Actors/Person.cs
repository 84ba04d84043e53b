using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>A person named by the source, with the office or role it gives them.</summary>
/// <remarks>
/// The name is kept as the source writes it, family name in capitals ("Gabriel ATTAL"). Equality compares the name
/// and the role.
/// </remarks>
[JsonConverter(typeof(PersonJsonConverter))]
public sealed record Person
{
    /// <summary>Initializes a new person.</summary>
    /// <param name="name">The name as the source writes it; not blank (rule TXT001).</param>
    /// <param name="role">The office or role the source gives, such as "Secrétaire d’État".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException"><paramref name="name"/> is blank (TXT001).</exception>
    public Person(string name, LocalizedText role)
    {
        Name = Guard.Text(name, "A person's name", "Le nom d’une personne");
        Role = Guard.NotNull(role);
    }

    /// <summary>Gets the name as the source writes it.</summary>
    public string Name { get; }

    /// <summary>Gets the office or role the source gives.</summary>
    public LocalizedText Role { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}

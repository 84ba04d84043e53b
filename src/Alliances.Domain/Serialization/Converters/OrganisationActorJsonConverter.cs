namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes an organisation taking a measure on, kind <c>organisation</c> (<see cref="OrganisationActor"/>) in the format of the JSON contract.</summary>
public sealed class OrganisationActorJsonConverter : ActorJsonConverter<OrganisationActor>
{
    /// <summary>Initializes the converter.</summary>
    public OrganisationActorJsonConverter()
    {
    }
}

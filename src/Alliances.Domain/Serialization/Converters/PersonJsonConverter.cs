using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a person and their role (<see cref="Person"/>) in the format of the JSON contract.</summary>
public sealed class PersonJsonConverter : ContractJsonConverter<Person>
{
    /// <summary>Initializes the converter.</summary>
    public PersonJsonConverter()
        : base(static (ref Utf8JsonReader reader) => WireContext.Read(ref reader, WireContext.Default.PersonWire, static w => w.Model), ContractWriter.Person)
    {
    }
}

using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes an imprecise date (<see cref="ImpreciseDate"/>, or one of its cases) as an object with a
/// <c>precision</c> discriminator, that precision's fields and <c>toBeConfirmed</c>:
/// <c>{ "precision": "partOfMonth", "month": "2020-06", "part": "early", "toBeConfirmed": true }</c>.
/// </summary>
/// <typeparam name="TDate">The imprecise date, or one of its cases, which then reads only dates of its own precision.</typeparam>
public abstract class ImpreciseDateJsonConverter<TDate> : ContractJsonConverter<TDate>
    where TDate : ImpreciseDate
{
    /// <summary>Initializes the converter; only this library's converters derive from it.</summary>
    private protected ImpreciseDateJsonConverter()
        : base(Read, ContractWriter.Date)
    {
    }

    private static TDate Read(ref Utf8JsonReader reader)
    {
        var date = WireContext.Read(ref reader, WireContext.Default.ImpreciseDateWire, static w => w.Model);
        return date as TDate
            ?? throw ContractRead.Shape(
                $"A date of the case {typeof(TDate).Name} is expected here; got one of precision '{JsonNames.Precisions.NameOf(date.Precision)}'.",
                $"Une date de la forme {typeof(TDate).Name} est attendue ici\u202F; celle-ci est de précision '{JsonNames.Precisions.NameOf(date.Precision)}'.");
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Writes a computed view of the JSON contract, whatever the serializer's options. A view is computed from the model,
/// not exchanged, so it is written only: reading one throws <see cref="NotSupportedException"/>; compute the view again
/// where it is needed, from the document it was computed from.
/// </summary>
/// <typeparam name="TView">The view.</typeparam>
public abstract class ViewJsonConverter<TView> : JsonConverter<TView>
    where TView : class
{
    private readonly Action<Utf8JsonWriter, TView> _write;

    /// <summary>Initializes the converter with the view's writer.</summary>
    private protected ViewJsonConverter(Action<Utf8JsonWriter, TView> write) => _write = write;

    /// <summary>Refuses to read a view: views are written only.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer's options.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always: a view is computed from a programme or a ledger, not read.</exception>
    public override TView Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"A {typeof(TView).Name} is written, not read: read the programme or ledger document instead, and compute the view with {typeof(TView).Name}.Of.");

    /// <summary>Writes a view.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The view.</param>
    /// <param name="options">The serializer's options; the view's form does not depend on them.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, TView value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        _write(writer, value);
    }
}

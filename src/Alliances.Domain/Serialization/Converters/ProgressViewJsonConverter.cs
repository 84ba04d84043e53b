using System.Text.Json;
using System.Text.Json.Serialization;
using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Writes a progress view (<see cref="ProgressView"/>) in the JSON contract, kind <c>progressView</c>, as its schema
/// (<see cref="JsonSchemas.ProgressView"/>) describes it. A view is computed from the model, not exchanged, so it is
/// written only: compute it again where it is needed, from the document it was computed from.
/// </summary>
public sealed class ProgressViewJsonConverter : JsonConverter<ProgressView>
{
    /// <summary>Refuses to read a view: views are written only.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer's options.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always: a view is computed from a programme or a ledger, not read.</exception>
    public override ProgressView Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A progress view is written, not read: read the programme or ledger document instead, and compute the view with ProgressView.Of.");

    /// <summary>Writes a view.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The view.</param>
    /// <param name="options">The serializer's options; the view's form does not depend on them.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, ProgressView value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ViewWriter.Progress(writer, value);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Alliances.Domain.Scheduling;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Writes a schedule view (<see cref="ScheduleView"/>) in the JSON contract, kind <c>scheduleView</c>, as its schema
/// (<see cref="JsonSchemas.ScheduleView"/>) describes it. A view is computed from the model, not exchanged, so it is
/// written only: compute it again where it is needed, from the document it was computed from.
/// </summary>
public sealed class ScheduleViewJsonConverter : JsonConverter<ScheduleView>
{
    /// <summary>Refuses to read a view: views are written only.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer's options.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always: a view is computed from a programme or a ledger, not read.</exception>
    public override ScheduleView Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A schedule view is written, not read: read the programme or ledger document instead, and compute the view with ScheduleView.Of.");

    /// <summary>Writes a view.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The view.</param>
    /// <param name="options">The serializer's options; the view's form does not depend on them.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, ScheduleView value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ViewWriter.Schedule(writer, value);
    }
}

using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Writes a progress view (<see cref="ProgressView"/>) in the JSON contract, kind <c>progressView</c>, as its schema
/// (<see cref="JsonSchemas.ProgressView"/>) describes it; written only, as every view (<see cref="ViewJsonConverter{TView}"/>).
/// </summary>
public sealed class ProgressViewJsonConverter : ViewJsonConverter<ProgressView>
{
    /// <summary>Initializes the converter.</summary>
    public ProgressViewJsonConverter()
        : base(ViewWriter.Progress)
    {
    }
}

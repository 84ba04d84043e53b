namespace Alliances.Domain;

/// <summary>Checks on <see cref="DimensionKind"/> values that arrive from outside.</summary>
internal static class DimensionKinds
{
    /// <summary>Returns the kind when it is defined, and throws otherwise.</summary>
    internal static DimensionKind Check(DimensionKind kind, string paramName = "dimension") =>
        Enum.IsDefined(kind)
            ? kind
            : throw new ArgumentOutOfRangeException(paramName, kind, "A dimension kind is operational, strategic or political.");
}

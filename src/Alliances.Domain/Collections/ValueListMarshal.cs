using System.Runtime.InteropServices;

namespace Alliances.Domain.Collections;

/// <summary>Wraps arrays the library has just filled, without copying them.</summary>
internal static class ValueListMarshal
{
    /// <summary>Wraps an array that nothing else will write to again.</summary>
    internal static ValueList<T> Own<T>(T[] array) => new(ImmutableCollectionsMarshal.AsImmutableArray(array));
}

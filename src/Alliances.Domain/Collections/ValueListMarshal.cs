using System.Runtime.InteropServices;

namespace Alliances.Domain;

/// <summary>Makes lists from what the library has just filled: arrays wrapped without copying, lists copied once.</summary>
internal static class ValueListMarshal
{
    /// <summary>Copies a list the library has just filled, straight from its backing span (no enumerator, no interface calls).</summary>
    internal static ValueList<T> Copy<T>(List<T> list) => ValueList.Create<T>(CollectionsMarshal.AsSpan(list));

    /// <summary>Wraps an array that nothing else will write to again.</summary>
    internal static ValueList<T> Own<T>(T[] array) => new(ImmutableCollectionsMarshal.AsImmutableArray(array));
}

using System.Collections.Immutable;

namespace Alliances.Domain;

/// <summary>Creates <see cref="ValueList{T}"/> instances; also the builder behind collection expressions.</summary>
public static class ValueList
{
    /// <summary>Creates a list holding a copy of the given items, in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>
    /// Creates a list holding the given items, in order: a copy of them, unless they are already immutable (an
    /// <see cref="ImmutableArray{T}"/> or a <see cref="ValueList{T}"/>), which are wrapped without copying.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items; a default immutable array gives the empty list.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueList<T> CreateRange<T>(IEnumerable<T> items) => items switch
    {
        null => throw new ArgumentNullException(nameof(items)),
        ValueList<T> list => list,
        ImmutableArray<T> array => new(array),
        _ => new(ImmutableArray.CreateRange(items)),
    };
}

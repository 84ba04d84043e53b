using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Alliances.Domain;

/// <summary>
/// An immutable list that compares by value: two lists are equal when they hold equal elements in the same order.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// <para>
/// The model uses it wherever a record holds a collection, so that the record's equality includes its collections.
/// The elements themselves should be immutable values for that equality to be meaningful.
/// </para>
/// <para>
/// <c>default(ValueList&lt;T&gt;)</c> is the empty list, equal to <c>[]</c>. Lists are not ordered
/// relative to one another. Collection expressions build it: <c>ValueList&lt;int&gt; list = [1, 2, 3];</c>.
/// </para>
/// </remarks>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> _items;

    internal ValueList(ImmutableArray<T> items)
    {
        _items = items.IsDefault ? [] : items;
    }

    /// <summary>Gets the number of elements.</summary>
    public int Count => Items.Length;

    /// <summary>Gets a value indicating whether the list has no element.</summary>
    public bool IsEmpty => Items.IsEmpty;

    // Only default(ValueList<T>) holds a default array: the empty list is fetched out of line, so that this getter, a
    // null test, is inlined even in code shared between reference types, where the empty array takes a runtime lookup.
    private ImmutableArray<T> Items => _items.IsDefault ? EmptyItems() : _items;

    /// <summary>Gets the element at an index.</summary>
    /// <param name="index">The index, from 0.</param>
    /// <returns>The element.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index] => Items[index];

    /// <summary>Determines whether two lists hold equal elements in the same order.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when the lists are equal.</returns>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Determines whether two lists differ in length or in an element.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when the lists differ.</returns>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <summary>Gets the elements as an immutable array, without copying.</summary>
    /// <returns>The elements.</returns>
    public ImmutableArray<T> AsImmutableArray() => Items;

    /// <summary>Gets the elements as a read-only span, without copying.</summary>
    /// <returns>The elements.</returns>
    public ReadOnlySpan<T> AsSpan() => Items.AsSpan();

    /// <summary>Returns an enumerator over the elements, in order, that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueList<T> other)
    {
        var mine = Items;
        var theirs = other.Items;
        if (mine.Length != theirs.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < mine.Length; i++)
        {
            if (!comparer.Equals(mine[i], theirs[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the elements as <c>[a, b, c]</c>, each through its own <c>ToString</c>.</summary>
    /// <returns>The list as text.</returns>
    public override string ToString() => "[" + string.Join(", ", Items) + "]";

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ImmutableArray<T> EmptyItems() => [];
}

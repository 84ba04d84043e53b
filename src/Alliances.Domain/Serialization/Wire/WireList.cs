using System.Collections;

namespace Alliances.Domain.Serialization;

/// <summary>
/// The list of a wire record: System.Text.Json adds to it element by element, each read whole. The list refuses a null
/// element and completes a record (<see cref="IWire"/>) as it receives it, where the serializer knows the element's
/// path.
/// </summary>
/// <typeparam name="T">The type of the elements.</typeparam>
internal sealed class WireList<T> : ICollection<T>, IReadOnlyList<T>
{
    private readonly List<T> _items = [];

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public bool IsReadOnly => false;

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <inheritdoc/>
    public void Add(T item)
    {
        if (item is null)
        {
            throw ContractRead.Shape("An element of this list is a value, not null.", "Un élément de cette liste est une valeur, pas null.");
        }

        (item as IWire)?.Complete();
        _items.Add(item);
    }

    /// <summary>Copies the list into an immutable one.</summary>
    /// <returns>The elements.</returns>
    public ValueList<T> ToValueList() => ValueListMarshal.Copy(_items);

    /// <summary>Copies the list into an immutable one, each element turned into the model's.</summary>
    /// <typeparam name="TModel">The type of the model's elements.</typeparam>
    /// <param name="select">Turns an element into the model's.</param>
    /// <returns>The model's elements.</returns>
    public ValueList<TModel> ToValueList<TModel>(Func<T, TModel> select)
    {
        var items = new TModel[_items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = select(_items[i]);
        }

        return ValueListMarshal.Own(items);
    }

    /// <inheritdoc/>
    public void Clear() => _items.Clear();

    /// <inheritdoc/>
    public bool Contains(T item) => _items.Contains(item);

    /// <inheritdoc/>
    public void CopyTo(T[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    public bool Remove(T item) => _items.Remove(item);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

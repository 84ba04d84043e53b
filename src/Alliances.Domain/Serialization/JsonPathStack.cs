using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Alliances.Domain.Serialization;

/// <summary>The JSON path of the value being read, kept as segments and written out only when an error needs it.</summary>
/// <remarks>
/// A reader enters and leaves a property for every value it reads, so the stack is a plain array: a push is a store, a
/// pop a decrement. Property names are the contract's literals, so a popped slot holds nothing worth clearing.
/// </remarks>
internal sealed class JsonPathStack
{
    private (string? Name, int Index)[] _segments = new (string?, int)[16];
    private int _count;

    /// <summary>Enters a property.</summary>
    internal void PushProperty(string name) => Push((name, -1));

    /// <summary>Enters an array; the first element is index 0.</summary>
    internal void PushArray() => Push((null, -1));

    /// <summary>Moves to the next element of the innermost array.</summary>
    internal void NextIndex()
    {
        Debug.Assert(_count > 0 && _segments[_count - 1].Name is null, "The innermost segment is an array.");
        _segments[_count - 1].Index++;
    }

    /// <summary>Leaves the innermost property or array.</summary>
    internal void Pop()
    {
        Debug.Assert(_count > 0, "Every pop follows a push.");
        _count--;
    }

    /// <summary>Writes the path, such as <c>$.reports[12].date</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("$");
        foreach (var (name, index) in _segments.AsSpan(0, _count))
        {
            if (name is not null)
            {
                text.Append('.').Append(name);
            }
            else if (index >= 0)
            {
                text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return text.ToString();
    }

    private void Push((string? Name, int Index) segment)
    {
        if (_count == _segments.Length)
        {
            Array.Resize(ref _segments, _segments.Length * 2);
        }

        _segments[_count++] = segment;
    }
}

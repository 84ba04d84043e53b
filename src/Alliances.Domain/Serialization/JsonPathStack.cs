using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Alliances.Domain.Serialization;

/// <summary>The JSON path of the value being read, kept as segments and written out only when an error needs it.</summary>
/// <remarks>
/// A reader enters and leaves a property for every value it reads, so the stack is a plain array of numbers: a push is
/// a store, a pop a decrement. A property is kept as the offset of its name in the document, which is read again only
/// to write the path out; holding no references, the stack costs the garbage collector nothing on the way.
/// </remarks>
internal sealed class JsonPathStack
{
    private (int NameOffset, int Index)[] _segments = new (int, int)[16];
    private int _count;

    /// <summary>Enters a property.</summary>
    /// <param name="nameOffset">The offset of the property's name in the document: its opening quote.</param>
    internal void PushProperty(int nameOffset) => Push((nameOffset, -1));

    /// <summary>Enters an array; the first element is index 0.</summary>
    internal void PushArray() => Push((-1, -1));

    /// <summary>Moves to the next element of the innermost array.</summary>
    internal void NextIndex()
    {
        Debug.Assert(_count > 0 && _segments[_count - 1].NameOffset < 0, "The innermost segment is an array.");
        _segments[_count - 1].Index++;
    }

    /// <summary>Leaves the innermost property or array.</summary>
    internal void Pop()
    {
        Debug.Assert(_count > 0, "Every pop follows a push.");
        _count--;
    }

    /// <summary>Writes the path, such as <c>$.reports[12].date</c>.</summary>
    /// <param name="utf8">The document being read, where the property names are.</param>
    internal string ToString(ReadOnlySpan<byte> utf8)
    {
        var text = new StringBuilder("$");
        foreach (var (nameOffset, index) in _segments.AsSpan(0, _count))
        {
            if (nameOffset >= 0)
            {
                // A name entered matched one of the contract's names, so it reads back as that name.
                var name = new JsonScanner(utf8[nameOffset..]);
                name.Read();
                text.Append('.').Append(name.GetString());
            }
            else if (index >= 0)
            {
                text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return text.ToString();
    }

    private void Push((int NameOffset, int Index) segment)
    {
        if (_count == _segments.Length)
        {
            Array.Resize(ref _segments, _segments.Length * 2);
        }

        _segments[_count++] = segment;
    }
}

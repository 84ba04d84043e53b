using System.Globalization;
using System.Text;

namespace Alliances.Domain.Serialization;

/// <summary>The JSON path of the value being read, kept as segments and written out only when an error needs it.</summary>
internal sealed class JsonPathStack
{
    private readonly List<(string? Name, int Index)> _segments = new(16);

    /// <summary>Enters a property.</summary>
    internal void PushProperty(string name) => _segments.Add((name, -1));

    /// <summary>Enters an array; the first element is index 0.</summary>
    internal void PushArray() => _segments.Add((null, -1));

    /// <summary>Moves to the next element of the innermost array.</summary>
    internal void NextIndex()
    {
        var last = _segments[^1];
        _segments[^1] = (null, last.Index + 1);
    }

    /// <summary>Leaves the innermost property or array.</summary>
    internal void Pop() => _segments.RemoveAt(_segments.Count - 1);

    /// <summary>Writes the path, such as <c>$.reports[12].date</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("$");
        foreach (var (name, index) in _segments)
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
}

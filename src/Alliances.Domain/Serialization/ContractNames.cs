using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>The camelCase names of one enum of the contract, both ways, without reflection; names are pre-encoded for writing.</summary>
/// <typeparam name="T">The enum, whose values run from 0 without a gap.</typeparam>
internal sealed class ContractNames<T> : IEnumerable<(string Name, T Value)>
    where T : struct, Enum
{
    private readonly (string Name, T Value)[] _entries;
    private readonly JsonEncodedText[] _encoded;

    /// <summary>Initializes the names, given in the order of the values.</summary>
    internal ContractNames(params (string Name, T Value)[] entries)
    {
        for (var i = 0; i < entries.Length; i++)
        {
            if (Index(entries[i].Value) != i)
            {
                throw new ArgumentException($"The names of {typeof(T).Name} are given in the order of its values, from 0.", nameof(entries));
            }
        }

        _entries = entries;
        _encoded = [.. entries.Select(e => JsonEncodedText.Encode(e.Name))];
    }

    /// <summary>Gets the names as one line, for messages.</summary>
    internal string List => string.Join(", ", _entries.Select(e => e.Name));

    /// <summary>Gets the pre-encoded name of a value.</summary>
    internal JsonEncodedText Encoded(T value)
    {
        var index = Index(value);
        return (uint)index < (uint)_encoded.Length
            ? _encoded[index]
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"The value has no name in the JSON contract.");
    }

    /// <summary>Gets the name of a value.</summary>
    internal string NameOf(T value) => Encoded(value).Value;

    /// <summary>Finds the value of the string or property name the reader is on.</summary>
    internal bool TryRead(ref Utf8JsonReader reader, out T value)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            for (var i = 0; i < _encoded.Length; i++)
            {
                if (reader.ValueTextEquals(_encoded[i].EncodedUtf8Bytes))
                {
                    value = _entries[i].Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    /// <inheritdoc/>
    public IEnumerator<(string Name, T Value)> GetEnumerator() => ((IEnumerable<(string Name, T Value)>)_entries).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int Index(T value) => Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.BitCast<T, int>(value) : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
}

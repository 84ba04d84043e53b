using System.Globalization;
using System.Runtime.CompilerServices;

namespace Alliances.Domain.Validation;

/// <summary>
/// Builds a rule message only when the rule is broken: checks on hot paths (a percentage, a measure number) cost no
/// formatting and no allocation when they pass. Formatting is culture-invariant.
/// </summary>
[InterpolatedStringHandler]
internal ref struct MessageHandler
{
    private DefaultInterpolatedStringHandler _inner;

    /// <summary>Starts the message when the condition fails; otherwise appends nothing.</summary>
    public MessageHandler(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        shouldAppend = !condition;
        _inner = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    /// <summary>Appends literal text.</summary>
    public void AppendLiteral(string value) => _inner.AppendLiteral(value);

    /// <summary>Appends a value.</summary>
    public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);

    /// <summary>Appends a value with a format.</summary>
    public void AppendFormatted<T>(T value, string? format) => _inner.AppendFormatted(value, format);

    /// <summary>Appends text.</summary>
    public void AppendFormatted(string? value) => _inner.AppendFormatted(value);

    /// <summary>Gets the message.</summary>
    public string ToStringAndClear() => _inner.ToStringAndClear();
}

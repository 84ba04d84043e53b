using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Alliances.Domain.Validation;

/// <summary>
/// Builds a rule message only when the rule is broken: checks on hot paths (a percentage, a measure number, a date)
/// cost no formatting and no allocation when they pass. Formatting is culture-invariant.
/// </summary>
/// <remarks>
/// The handler holds one reference, null while the check passes, so that a passing check costs no more than its
/// condition once <see cref="Guard.Require(bool, Rule, ref MessageHandler, ref MessageHandler, string?)"/> is inlined.
/// </remarks>
[InterpolatedStringHandler]
internal ref struct MessageHandler
{
    private StringBuilder? _text;

    /// <summary>Starts the message when the condition fails; otherwise appends nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public MessageHandler(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        _ = formattedCount;
        shouldAppend = !condition;
        _text = shouldAppend ? Start(literalLength) : null;
    }

    /// <summary>Appends literal text.</summary>
    public readonly void AppendLiteral(string value) => _text?.Append(value);

    /// <summary>Appends a value.</summary>
    public readonly void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    /// <summary>Appends a value with a format.</summary>
    public readonly void AppendFormatted<T>(T value, string? format) =>
        _text?.Append(value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString());

    /// <summary>Appends text.</summary>
    public readonly void AppendFormatted(string? value) => _text?.Append(value);

    /// <summary>Gets the message.</summary>
    public string ToStringAndClear()
    {
        var text = _text?.ToString() ?? string.Empty;
        _text = null;
        return text;
    }

    /// <summary>Starts the text of a broken rule's message, out of line.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static StringBuilder Start(int literalLength) => new(literalLength + 32);
}

using System.Globalization;
using System.Text;

namespace Alliances.Domain.Validation;

/// <summary>
/// The one place where messages quote input: whatever a document holds, a message stays short. A long name or value is
/// shortened, a long list is cut with a count of the rest, and a whole message, ours or System.Text.Json's, has a
/// ceiling.
/// </summary>
/// <remarks>
/// Messages go to logs, consoles and HTTP responses; one that grows with the input (a 10 MB property name, a million
/// missing numbers) turns a small document into a large cost. The bounds are documented in <c>docs/json.md</c>.
/// </remarks>
internal static class MessageText
{
    /// <summary>The most characters of a name or value a message quotes; the rest is replaced by an ellipsis.</summary>
    internal const int QuotedLength = 64;

    /// <summary>The most items of a list a message names; the rest are counted.</summary>
    internal const int ListedItems = 10;

    /// <summary>The most characters of a path a message quotes.</summary>
    internal const int PathLength = 256;

    /// <summary>The most characters of a whole message, a ceiling that no input can raise.</summary>
    internal const int MessageLength = 2048;

    /// <summary>How many violations a message about several names one by one; the rest are counted.</summary>
    internal const int ListedViolations = 20;

    /// <summary>Gets a name or value to quote: itself when short, else its first 64 characters and an ellipsis.</summary>
    /// <remarks>A null string is quoted as empty.</remarks>
    internal static string Quote(ReadOnlySpan<char> text) =>
        text.Length <= QuotedLength ? text.ToString() : string.Concat(text[..CutAt(text, QuotedLength)], "…");

    /// <summary>Gets a JSON path to quote: itself when short, else its first 256 characters and an ellipsis.</summary>
    internal static string Path(string? path) => Shorten(path ?? string.Empty, PathLength);

    /// <summary>Gets a text cut to at most <paramref name="length"/> characters and an ellipsis, never within a surrogate pair.</summary>
    internal static string Shorten(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return string.Concat(text.AsSpan(0, CutAt(text, length)), "…");
    }

    /// <summary>
    /// Gets a message written by someone else (System.Text.Json, the reader) with every quoted part shortened as
    /// <see cref="Quote"/> does, and the whole held under the ceiling.
    /// </summary>
    internal static string Foreign(string message)
    {
        if (message.Length <= QuotedLength)
        {
            return message;
        }

        var text = new StringBuilder(Math.Min(message.Length, MessageLength + 1));
        var start = 0;
        while (start < message.Length && text.Length <= MessageLength)
        {
            var open = message.IndexOf('\'', start);
            var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
            if (close < 0)
            {
                text.Append(message, start, message.Length - start);
                break;
            }

            text.Append(message, start, open + 1 - start).Append(Quote(message.AsSpan(open + 1, close - open - 1))).Append('\'');
            start = close + 1;
        }

        return Shorten(text.ToString(), MessageLength);
    }

    /// <summary>
    /// Gets a list of items for a message, separated by commas: every item when there are at most ten, else the first
    /// ten and a count of the rest (<c>22, 23, …, 31 and 967 more</c>; in French <c>… et 967 de plus</c>).
    /// </summary>
    /// <param name="items">The items, enumerated no further than the tenth.</param>
    /// <param name="count">How many items there are.</param>
    /// <param name="format">How to write one.</param>
    /// <param name="language">The language of the count of the rest.</param>
    internal static string List<T>(IEnumerable<T> items, int count, Func<T, string> format, Language language = Language.English)
    {
        var text = new StringBuilder();
        var listed = 0;
        foreach (var item in items)
        {
            if (listed == ListedItems)
            {
                break;
            }

            text.Append(listed == 0 ? string.Empty : ", ").Append(format(item));
            listed++;
        }

        if (count <= listed)
        {
            return text.ToString();
        }

        var rest = Count(count - listed, language);
        return language == Language.French
            ? text.Append(" et ").Append(rest).Append(" de plus").ToString()
            : text.Append(" and ").Append(rest).Append(" more").ToString();
    }

    /// <summary>Gets a count for a message, grouped by thousands as each language groups them: <c>1,024</c> / <c>1 024</c>.</summary>
    internal static string Count(long count, Language language)
    {
        var text = count.ToString("N0", CultureInfo.InvariantCulture);
        return language == Language.French ? text.Replace(',', '\u202F') : text;
    }

    /// <summary>Gets a list of whole numbers for a message, cut as <see cref="List{T}"/> cuts.</summary>
    internal static string Numbers(IReadOnlyCollection<int> numbers, Language language = Language.English) =>
        List(numbers, numbers.Count, static n => n.ToString(CultureInfo.InvariantCulture), language);

    /// <summary>Gets where to cut a text longer than <paramref name="length"/>: there, or one before so as not to split a surrogate pair.</summary>
    private static int CutAt(ReadOnlySpan<char> text, int length) => char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
}

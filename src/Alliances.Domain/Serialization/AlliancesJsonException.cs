using System.Globalization;
using System.Text.Json;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Serialization;

/// <summary>
/// The <see cref="JsonException"/> of every document or value of the contract that cannot be read: malformed JSON, a
/// shape the contract does not have, or a programme rule broken. It names the rule broken by its code.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> are System.Text.Json's: the place where reading stopped. A rule
/// across parts (two measures numbered 4) is found once every part is read: its exception has the path of the part at
/// fault, the line and position where the document (or the value holding those parts) ends, and
/// <see cref="Violations"/> lists every violation found.
/// </para>
/// <para>
/// Read through <see cref="ProgrammeJson"/>, <see cref="LedgerJson"/> or at the root of an app's own document, the path
/// is the whole path down to the part at fault (<c>$.reports[0].measure</c>). A value embedded deeper in an app's
/// document and read by its own converter is located by System.Text.Json at the value (<c>$.ledger</c>), and
/// <see cref="Violations"/> and the message give the whole path (<c>$.ledger.reports[0].measure</c>); so is a value
/// that its converter refuses once it is read, such as a portfolio where a ledger is expected, even at the root.
/// </para>
/// </remarks>
public sealed class AlliancesJsonException : JsonException
{
    private readonly Rule _rule;
    private readonly LocalizedText _detail;
    private readonly ValueList<RuleViolation> _acrossParts;
    private readonly string? _within;

    /// <summary>Initializes an exception for one violation, located by System.Text.Json when it passes through.</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="message">
    /// One sentence saying what is wrong, without the code, in French and in English: <see cref="Violations"/> carry it
    /// in both, and <see cref="Message"/> quotes the English side.
    /// </param>
    /// <param name="inner">What the failure comes from, if anything.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AlliancesJsonException(Rule rule, LocalizedText message, Exception? inner = null)
        : base(message?.Get(Language.English), inner)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(message);
        _rule = rule;
        _detail = message;
    }

    /// <summary>Initializes an exception at a known place.</summary>
    private AlliancesJsonException(Rule rule, LocalizedText detail, ValueList<RuleViolation> acrossParts, string? path, long? line, long? position, Exception? inner)
        : base(detail.Get(Language.English), path, line, position, inner)
    {
        _rule = rule;
        _detail = detail;
        _acrossParts = acrossParts;
    }

    /// <summary>Initializes the exception of a failure at a place inside a value, for System.Text.Json to locate the value.</summary>
    private AlliancesJsonException(AlliancesJsonException found, string within)
        : base(found._detail.Get(Language.English), found.InnerException)
    {
        _rule = found._rule;
        _detail = found._detail;
        _acrossParts = found._acrossParts;
        _within = within;
    }

    /// <summary>Gets the rule broken; the first one, when several are.</summary>
    public Rule Rule => _rule;

    /// <summary>Gets the stable code of the rule broken, such as <c>JSN001</c> or <c>PRG004</c>.</summary>
    public string RuleCode => _rule.Code;

    /// <summary>
    /// Gets every violation found, each with its rule, message and JSON path: one for a value that cannot be read, at
    /// <see cref="JsonException.Path"/>; every violation of the rules across parts otherwise.
    /// </summary>
    public ValueList<RuleViolation> Violations =>
        _acrossParts.IsEmpty
            ? [new RuleViolation(_rule, _detail, _within is null ? Path ?? "$" : Located(_within))]
            : ValueList.CreateRange(_acrossParts.Select(v => new RuleViolation(v.Rule, v.Text, Located(v.Path))));

    /// <summary>Gets the message: the rule code, what is wrong, and where (path, line and position when known).</summary>
    public override string Message
    {
        get
        {
            var more = _acrossParts.Count > 1
                ? $" ({_acrossParts.Count - 1} more: {MessageText.List(_acrossParts.Skip(1), _acrossParts.Count - 1, static v => $"{MessageText.Path(v.Path)} {v.Code}")})"
                : string.Empty;
            var path = MessageText.Path(_within is null ? Path : Located(_within));
            var where = Path is null ? string.Empty
                : LineNumber is null ? $" Path: {path}."
                : string.Create(CultureInfo.InvariantCulture, $" Path: {path} | LineNumber: {LineNumber} | BytePositionInLine: {BytePositionInLine}.");
            return $"{RuleCode}: {_detail.Get(Language.English)}{more}{where}";
        }
    }

    /// <summary>
    /// Gives this exception, found while reading a value that a converter reads on its own, as it stands in the document
    /// that holds the value: at the root of that document, the value's own place; deeper, no place, for System.Text.Json
    /// to give the value's path, with the place inside the value kept for <see cref="Violations"/> and the message.
    /// </summary>
    internal AlliancesJsonException Embedded(bool atRoot) =>
        Path is not { } path ? this : atRoot ? Resolved() : new AlliancesJsonException(this, _within is null ? path : Located(_within));

    /// <summary>
    /// Gives this exception, not yet located, as a failure at a place inside the value that System.Text.Json will locate:
    /// the property of a report that a converter reads on its own, say.
    /// </summary>
    internal AlliancesJsonException Inside(string within) => new(this, within);

    /// <summary>Gives this exception with the whole path down to the part at fault as its path, once located.</summary>
    internal AlliancesJsonException Resolved() =>
        _within is null || Path is null ? this : new AlliancesJsonException(_rule, _detail, _acrossParts.IsEmpty ? default : Violations, Located(_within), LineNumber, BytePositionInLine, InnerException);

    /// <summary>Builds the exception of a shape error that System.Text.Json found and located.</summary>
    internal static AlliancesJsonException Shape(JsonException found)
    {
        var message = found.Message;
        var suffix = string.Create(CultureInfo.InvariantCulture, $" Path: {found.Path} | LineNumber: {found.LineNumber} | BytePositionInLine: {found.BytePositionInLine}.");
        if (message.EndsWith(suffix, StringComparison.Ordinal))
        {
            message = message[..^suffix.Length];
        }

        return new AlliancesJsonException(Rules.JsonShape, Foreign(WithoutWireType(message), found.InnerException is JsonException), default, found.Path ?? "$", found.LineNumber, found.BytePositionInLine, found);
    }

    /// <summary>
    /// Gives a message that System.Text.Json wrote, in English only, in both languages: the English shortened as every
    /// quoted part is, and a French sentence saying the same for the refusals it is known to make (malformed JSON, a
    /// property twice or missing, a value of the wrong type, too deep a nesting), with the English quoted for any other.
    /// A missing property is worded as the contract's readers word it, without the wire type System.Text.Json names.
    /// </summary>
    /// <param name="message">System.Text.Json's message, without its place.</param>
    /// <param name="malformed">Whether the reader refused the text itself, as JSON.</param>
    internal static LocalizedText Foreign(string message, bool malformed)
    {
        var english = MessageText.Foreign(message);
        string french;
        if (Quoted(english, "The property '", "' is not part of the contract here.") is { } unknown)
        {
            french = $"La propriété '{unknown}' ne fait pas partie du contrat ici.";
        }
        else if (Quoted(english, "Duplicate property '", null) is { } twice)
        {
            french = $"La propriété '{twice}' apparaît deux fois.";
        }
        else if (english.IndexOf("missing required properties including: ", StringComparison.Ordinal) is var at and >= 0)
        {
            // Worded as the contract's own readers word it, without the .NET type that System.Text.Json names.
            var names = english[(at + 39)..].TrimEnd('.');
            var several = names.Contains(", ", StringComparison.Ordinal);
            english = several ? $"The required properties {names} are missing." : $"The required property {names} is missing.";
            french = several ? $"Les propriétés requises {names} manquent." : $"La propriété requise {names} manque.";
        }
        else if (english.Contains("maximum allowed depth", StringComparison.Ordinal) || english.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            french = "Le document s’imbrique au-delà de la profondeur permise (64 niveaux).";
        }
        else if (english.StartsWith("The JSON value could not be converted to ", StringComparison.Ordinal))
        {
            french = "La valeur JSON n’a pas ici le type que le contrat attend.";
        }
        else
        {
            french = malformed
                ? $"Le texte n’est pas du JSON bien formé ici (System.Text.Json\u00A0: «\u00A0{english}\u00A0»)."
                : $"Le document n’a pas ici la forme du contrat (System.Text.Json\u00A0: «\u00A0{english}\u00A0»).";
        }

        return LocalizedText.Message(english, french);
    }

    /// <summary>Gets the name quoted in a message that starts with <paramref name="start"/> (and ends with <paramref name="end"/>, when given).</summary>
    private static string? Quoted(string message, string start, string? end)
    {
        if (!message.StartsWith(start, StringComparison.Ordinal))
        {
            return null;
        }

        var close = end is null ? message.IndexOf('\'', start.Length) : message.Length - end.Length;
        return close >= start.Length && (end is null || message.EndsWith(end, StringComparison.Ordinal)) ? message[start.Length..close] : null;
    }

    /// <summary>
    /// Words System.Text.Json's refusal of an unknown property as the contract's own readers do: it names the .NET type
    /// it reads into, one of the library's internal wire records, which means nothing to the document's author.
    /// </summary>
    private static string WithoutWireType(string message)
    {
        const string Start = "The JSON property '", Unmapped = "' could not be mapped to any .NET member contained in type '";
        var at = message.IndexOf(Unmapped, StringComparison.Ordinal);
        return at > Start.Length && message.StartsWith(Start, StringComparison.Ordinal)
            ? $"The property '{message[Start.Length..at]}' is not part of the contract here."
            : message;
    }

    /// <summary>
    /// Builds the exception of rules across parts, found once the value holding them was read, at the path of the first
    /// violation inside that value, for System.Text.Json to locate the value.
    /// </summary>
    internal static AlliancesJsonException AcrossParts(ValueList<RuleViolation> violations) =>
        new AlliancesJsonException(violations[0].Rule, violations[0].Text, violations, null, null, null, new RuleViolationException(violations)).Inside(violations[0].Path);

    /// <summary>
    /// Builds the exception of a failure found once a value was read, at a path inside the value, for System.Text.Json
    /// to locate the value.
    /// </summary>
    internal static AlliancesJsonException Within(Rule rule, LocalizedText message, string path) => new AlliancesJsonException(rule, message).Inside(path);

    /// <summary>Joins a path inside an embedded value to the value's own path, which System.Text.Json gives.</summary>
    private string Located(string inside) => _within is null ? inside : (Path ?? "$") + inside[1..];

    /// <summary>Builds the exception of a failure at a known path, found where System.Text.Json does not read.</summary>
    internal static AlliancesJsonException At(Rule rule, LocalizedText message, string path) =>
        new(rule, message, default, path, null, null, null);

    /// <summary>Builds the exception of a value that breaks a rule on its own, for System.Text.Json to locate.</summary>
    internal static AlliancesJsonException Of(RuleViolationException broken) =>
        new(broken.Rule, broken.Violation.Text, broken);
}

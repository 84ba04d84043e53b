namespace Alliances.Domain.Validation;

/// <summary>
/// One breach of a <see cref="Validation.Rule"/>: which rule, a message for people in French and in English, and the
/// path of the offending element.
/// </summary>
/// <remarks>
/// The path is written as a JSON path over the programme document (<c>$.measures[4].number</c>): the names are those
/// the JSON contract uses, and indexes count from 0 in the order the input gave. The message exists in both languages
/// (<see cref="MessageIn(Language)"/>); the rule's code is the same in both. Equality compares the rule, the message in
/// both languages and the path.
/// </remarks>
public sealed record RuleViolation
{
    /// <summary>Initializes a new violation.</summary>
    /// <param name="rule">The rule that is broken.</param>
    /// <param name="message">
    /// One sentence for people, saying what is wrong and with which value, in French and in English. Without an English
    /// side, <see cref="Message"/> gives the French one.
    /// </param>
    /// <param name="path">The JSON path of the offending element, starting with <c>$</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank or does not start with <c>$</c>.</exception>
    public RuleViolation(Rule rule, LocalizedText message, string path)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path[0] != '$')
        {
            throw new ArgumentException($"A violation path is a JSON path starting with '$'; got '{MessageText.Path(path)}'.", nameof(path));
        }

        Rule = rule;
        Text = message;
        Path = path;
    }

    /// <summary>Initializes a violation of the library's own, with its message in English and in French, unchecked.</summary>
    internal RuleViolation(Rule rule, string english, string french, string path)
        : this(rule, LocalizedText.Message(english, french), path)
    {
    }

    /// <summary>Gets the rule that is broken.</summary>
    public Rule Rule { get; }

    /// <summary>Gets the code of the rule that is broken, such as <c>PRG004</c>; the same in every language.</summary>
    public string Code => Rule.Code;

    /// <summary>Gets the message in both languages: one sentence saying what is wrong and with which value.</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets the message in English (in French when it has no English side).</summary>
    public string Message => Text.Get(Language.English);

    /// <summary>Gets the JSON path of the offending element, such as <c>$.measures[4].number</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the message in a language.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>One sentence saying what is wrong and with which value.</returns>
    public string MessageIn(Language language) => Text.Get(language);

    /// <summary>
    /// Returns the violation as <c>path: CODE message</c> in English, the form the command-line tool prints, with a path
    /// longer than 256 characters shortened (<see cref="Path"/> keeps it whole).
    /// </summary>
    /// <returns>The violation as one line of text.</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Returns the violation as <c>path: CODE message</c> with the message in a language.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>The violation as one line of text.</returns>
    public string ToString(Language language) => $"{MessageText.Path(Path)}: {Code} {MessageIn(language)}";
}

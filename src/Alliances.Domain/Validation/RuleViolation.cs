namespace Alliances.Domain.Validation;

/// <summary>
/// One breach of a <see cref="Validation.Rule"/>: which rule, a message for people, and the path of the offending
/// element.
/// </summary>
/// <remarks>
/// The path is written as a JSON path over the programme document (<c>$.measures[4].number</c>): the names are those
/// the JSON contract uses, and indexes count from 0 in the order the input gave. Equality compares the rule, the
/// message and the path.
/// </remarks>
public sealed record RuleViolation
{
    /// <summary>Initializes a new violation.</summary>
    /// <param name="rule">The rule that is broken.</param>
    /// <param name="message">One sentence for people, saying what is wrong and with which value.</param>
    /// <param name="path">The JSON path of the offending element, starting with <c>$</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is blank or <paramref name="path"/> does not start with <c>$</c>.</exception>
    public RuleViolation(Rule rule, string message, string path)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path[0] != '$')
        {
            throw new ArgumentException($"A violation path is a JSON path starting with '$'; got '{MessageText.Path(path)}'.", nameof(path));
        }

        Rule = rule;
        Message = message;
        Path = path;
    }

    /// <summary>Gets the rule that is broken.</summary>
    public Rule Rule { get; }

    /// <summary>Gets the code of the rule that is broken, such as <c>PRG004</c>.</summary>
    public string Code => Rule.Code;

    /// <summary>Gets one sentence for people, saying what is wrong and with which value.</summary>
    public string Message { get; }

    /// <summary>Gets the JSON path of the offending element, such as <c>$.measures[4].number</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// Returns the violation as <c>path: CODE message</c>, the form the command-line tool prints, with a path longer
    /// than 256 characters shortened (<see cref="Path"/> keeps it whole).
    /// </summary>
    /// <returns>The violation as one line of text.</returns>
    public override string ToString() => $"{MessageText.Path(Path)}: {Code} {Message}";
}

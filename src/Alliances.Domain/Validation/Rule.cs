namespace Alliances.Domain.Validation;

/// <summary>
/// A programme rule: a stable code such as <c>PRG004</c> and the one sentence that states it.
/// </summary>
/// <remarks>
/// <para>
/// Codes never change meaning once published; a retired rule keeps its code unused. Every rule is listed in
/// <see cref="Rules.All"/> and documented in <c>docs/rules.md</c>.
/// </para>
/// <para>
/// Equality is by <see cref="Code"/> alone: two rules with the same code are the same rule. Rules are ordered by
/// code, ordinally.
/// </para>
/// </remarks>
public sealed class Rule : IEquatable<Rule>, IComparable<Rule>
{
    internal Rule(string code, string statement, string french, RuleKind kind = RuleKind.Constraint)
    {
        Code = code;
        Statement = statement;
        Text = new LocalizedText(french, statement);
        Kind = kind;
    }

    /// <summary>Gets the stable code of the rule: three capital letters naming its area, then three digits.</summary>
    public string Code { get; }

    /// <summary>Gets the rule itself, as one English sentence.</summary>
    public string Statement { get; }

    /// <summary>Gets the rule itself in French and in English: the French sentence, and <see cref="Statement"/>.</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets the rule itself in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The French sentence, or <see cref="Statement"/> in English.</returns>
    public string StatementIn(Language language) => Text.Get(language);

    /// <summary>Gets whether the rule rejects input or states how the library computes or classifies.</summary>
    public RuleKind Kind { get; }

    /// <summary>Determines whether two rules are the same rule.</summary>
    /// <param name="left">The first rule, or <see langword="null"/>.</param>
    /// <param name="right">The second rule, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both are null or both have the same code.</returns>
    public static bool operator ==(Rule? left, Rule? right) => Equals(left, right);

    /// <summary>Determines whether two rules are different rules.</summary>
    /// <param name="left">The first rule, or <see langword="null"/>.</param>
    /// <param name="right">The second rule, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when exactly one is null or the codes differ.</returns>
    public static bool operator !=(Rule? left, Rule? right) => !Equals(left, right);

    /// <summary>Determines whether a rule orders before another, by code.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> orders first.</returns>
    public static bool operator <(Rule? left, Rule? right) => Compare(left, right) < 0;

    /// <summary>Determines whether a rule orders before or with another, by code.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not order after <paramref name="right"/>.</returns>
    public static bool operator <=(Rule? left, Rule? right) => Compare(left, right) <= 0;

    /// <summary>Determines whether a rule orders after another, by code.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> orders last.</returns>
    public static bool operator >(Rule? left, Rule? right) => Compare(left, right) > 0;

    /// <summary>Determines whether a rule orders after or with another, by code.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not order before <paramref name="right"/>.</returns>
    public static bool operator >=(Rule? left, Rule? right) => Compare(left, right) >= 0;

    /// <inheritdoc/>
    public bool Equals(Rule? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rule other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Compares two rules by code, ordinally; <see langword="null"/> orders first.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this rule orders before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Rule? other) => other is null ? 1 : string.CompareOrdinal(Code, other.Code);

    /// <summary>Returns the code, such as <c>PRG004</c>.</summary>
    /// <returns>The code of the rule.</returns>
    public override string ToString() => Code;

    private static int Compare(Rule? left, Rule? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}

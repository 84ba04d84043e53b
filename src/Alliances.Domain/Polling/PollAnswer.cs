using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// One answer to an opinion poll and the share of respondents who gave it, with the finer answers nested in it
/// ("81 % useful, of which 29 % indispensable").
/// </summary>
/// <remarks>
/// Nested shares are shares of all respondents, like their parent's, and add up to at most the parent's share
/// (rule POL003). Equality compares the label, the share and the nested answers in order.
/// </remarks>
[JsonConverter(typeof(PollAnswerJsonConverter))]
public sealed record PollAnswer
{
    /// <summary>The slack allowed when adding shares, which are decimal numbers held in binary.</summary>
    internal const double SumTolerance = 1e-9;

    /// <summary>
    /// The most levels of answers under an answer, 20 (rule POL010): a document nesting them so stays well within the
    /// readers' depth of 64.
    /// </summary>
    internal const int MaximumNestingLevels = 20;

    /// <summary>Initializes a new answer.</summary>
    /// <param name="label">The answer, such as "utile".</param>
    /// <param name="share">The share of all respondents who gave it.</param>
    /// <param name="nested">The finer answers within it, whose shares add up to at most <paramref name="share"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or a nested answer is null.</exception>
    /// <exception cref="RuleViolationException">
    /// The nested shares add up to more than <paramref name="share"/> (POL003), or the answers nest more than 20 levels
    /// deep (POL010).
    /// </exception>
    public PollAnswer(LocalizedText label, Percentage share, ValueList<PollAnswer> nested = default)
    {
        Label = Guard.NotNull(label);
        Share = share;
        Nested = Guard.NoNullElements(nested);
        foreach (var answer in Nested.AsSpan())
        {
            NestingLevels = Math.Max(NestingLevels, answer.NestingLevels + 1);
        }

        Guard.Require(
            NestingLevels <= MaximumNestingLevels,
            Rules.PollNestingBounded,
            $"A poll's answers nest at most {MaximumNestingLevels} levels deep; '{MessageText.Quote(label.French)}' holds {NestingLevels}.",
            $"Les réponses d’un sondage s’imbriquent sur au plus {MaximumNestingLevels} niveaux\u202F; «\u00A0{MessageText.Quote(label.French)}\u00A0» en compte {NestingLevels}.",
            nameof(nested));
        var nestedSum = SumOfShares(nested);
        Guard.Require(
            nestedSum <= share.Points + SumTolerance,
            Rules.NestedSharesWithinParent,
            $"The shares nested under an answer add up to at most its share; '{MessageText.Quote(label.French)}' has {share} and its nested answers add up to {nestedSum:R}%.",
            $"Les parts imbriquées sous une réponse totalisent au plus sa part\u202F; «\u00A0{MessageText.Quote(label.French)}\u00A0» a {share.Points:R}\u202F% et ses réponses imbriquées totalisent {nestedSum:R}\u202F%.",
            nameof(nested));
    }

    /// <summary>Gets the answer.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets the share of all respondents who gave it.</summary>
    public Percentage Share { get; }

    /// <summary>Gets how many levels of answers this answer holds: 0 for an answer with none nested.</summary>
    internal int NestingLevels { get; }

    /// <summary>Gets the finer answers within this one; often empty.</summary>
    public ValueList<PollAnswer> Nested { get; }

    /// <summary>Adds up the shares of answers, in points.</summary>
    internal static double SumOfShares(ValueList<PollAnswer> answers)
    {
        double sum = 0;
        foreach (var answer in answers.AsSpan())
        {
            sum += answer.Share.Points;
        }

        return sum;
    }

    /// <summary>Returns the French label and the share, such as <c>utile: 81%</c>.</summary>
    /// <returns>The answer as text.</returns>
    public override string ToString() => $"{Label.French}: {Share}";
}

using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

/// <summary>
/// An opinion poll quoted in support of a programme: who ran it, for whom, when, whom it asked, what, and the shares
/// of each answer.
/// </summary>
/// <remarks>
/// The top-level shares add up to 100 % (rule POL002); each share lies in 0–100 % by construction (rule PCT001),
/// and nested shares stay within their parent (rule POL003). Equality compares every property, lists in order.
/// </remarks>
[JsonConverter(typeof(OpinionPollJsonConverter))]
public sealed record OpinionPoll
{
    /// <summary>Initializes a new poll.</summary>
    /// <param name="pollsters">The organisations that ran the poll; at least one (rule POL001).</param>
    /// <param name="commissionedBy">The organisation the poll was run for.</param>
    /// <param name="conducted">The day the poll was run.</param>
    /// <param name="population">Whom the poll speaks for, such as "les Français".</param>
    /// <param name="question">What was asked, in a sentence.</param>
    /// <param name="answers">The answers and their shares; at least one (POL001), adding up to 100 % (POL002).</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="RuleViolationException">A list is empty (POL001) or the shares do not add up to 100 % (POL002).</exception>
    public OpinionPoll(
        ValueList<Organisation> pollsters,
        Organisation commissionedBy,
        LocalDate conducted,
        LocalizedText population,
        LocalizedText question,
        ValueList<PollAnswer> answers)
    {
        Guard.Require(pollsters.Count > 0, Rules.PollNotEmpty, "An opinion poll names at least one pollster; got none.", "Un sondage d’opinion nomme au moins un institut\u202F; aucun n’est donné.", nameof(pollsters));
        Guard.Require(answers.Count > 0, Rules.PollNotEmpty, "An opinion poll has at least one answer; got none.", "Un sondage d’opinion a au moins une réponse\u202F; aucune n’est donnée.", nameof(answers));
        Pollsters = Guard.NoNullElements(pollsters);
        CommissionedBy = Guard.NotNull(commissionedBy);
        Conducted = IsoDates.Check(conducted, nameof(conducted));
        Population = Guard.NotNull(population);
        Question = Guard.NotNull(question);
        Answers = Guard.NoNullElements(answers);
        var sum = PollAnswer.SumOfShares(answers);
        Guard.Require(
            Math.Abs(sum - 100) <= PollAnswer.SumTolerance,
            Rules.PollSharesSumToHundred,
            $"The shares of a poll's top-level answers add up to 100%; got {sum:R}%.",
            $"Les parts des réponses de premier niveau d’un sondage totalisent 100\u202F%\u202F; total reçu\u00A0: {sum:R}\u202F%.",
            nameof(answers));
    }

    /// <summary>Gets the organisations that ran the poll; never empty.</summary>
    public ValueList<Organisation> Pollsters { get; }

    /// <summary>Gets the organisation the poll was run for.</summary>
    public Organisation CommissionedBy { get; }

    /// <summary>Gets the day the poll was run.</summary>
    public LocalDate Conducted { get; }

    /// <summary>Gets whom the poll speaks for.</summary>
    public LocalizedText Population { get; }

    /// <summary>Gets what was asked.</summary>
    public LocalizedText Question { get; }

    /// <summary>Gets the answers and their shares, in the order the source gives them; never empty.</summary>
    public ValueList<PollAnswer> Answers { get; }
}

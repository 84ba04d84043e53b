using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

public abstract partial record ImpreciseDate
{
    /// <summary>
    /// Confirms the date as one precise day, which must be a day it could fall on (rule DAT005). The result is no
    /// longer to be confirmed.
    /// </summary>
    /// <param name="day">The day settled on.</param>
    /// <returns>The confirmed day.</returns>
    /// <exception cref="RuleViolationException"><paramref name="day"/> is not one of <see cref="PossibleDays"/> (DAT005).</exception>
    public ExactDay Confirm(LocalDate day)
    {
        RequirePossible(day, nameof(day));
        return new ExactDay(day);
    }

    /// <summary>
    /// Confirms the date as a span of consecutive days, all of which it could fall on (rule DAT005). The result is no
    /// longer to be confirmed.
    /// </summary>
    /// <param name="first">The first day settled on.</param>
    /// <param name="last">The last day settled on, after <paramref name="first"/>.</param>
    /// <returns>The confirmed span.</returns>
    /// <exception cref="RuleViolationException">A day lies outside <see cref="PossibleDays"/> (DAT005), or <paramref name="last"/> is not after <paramref name="first"/> (DAT001).</exception>
    public DaySpan Confirm(LocalDate first, LocalDate last)
    {
        RequirePossible(first, nameof(first));
        RequirePossible(last, nameof(last));
        return new DaySpan(first, last);
    }

    private void RequirePossible(LocalDate day, string paramName) => Guard.Throw(CheckConfirmation(day, day, "$"), paramName);

    /// <summary>
    /// Checks a confirmation (DAT005), wherever one is made or recorded: every day settled on, from
    /// <paramref name="first"/> to <paramref name="last"/>, is one this date could fall on.
    /// </summary>
    /// <param name="first">The first day settled on.</param>
    /// <param name="last">The last day settled on.</param>
    /// <param name="path">The path of the confirmation, for the violation.</param>
    /// <returns>The violation, or null.</returns>
    internal RuleViolation? CheckConfirmation(LocalDate first, LocalDate last, string path) =>
        CanFallOn(first) && CanFallOn(last)
            ? null
            : new(
                Rules.ConfirmWithinPossibleDays,
                $"A date is confirmed only with days it could fall on; {ToNaturalText(Language.English)} runs from {DateText.Iso(Earliest)} to {DateText.Iso(Latest)}, and {(first == last ? DateText.Iso(first) : $"{DateText.Iso(first)} to {DateText.Iso(last)}")} lies outside. Moving it there is a reschedule.",
                $"Une date n’est confirmée que par des jours où elle peut tomber\u202F; {ToNaturalText(Language.French)} va du {DateText.Iso(Earliest)} au {DateText.Iso(Latest)}, et {(first == last ? "le " + DateText.Iso(first) : $"du {DateText.Iso(first)} au {DateText.Iso(last)}")} est en dehors. L’y déplacer est un report.",
                path);
}

using Alliances.Domain.Progress;
using NodaTime;

namespace Alliances.Domain.Web.Tests.App;

/// <summary>
/// An app's own view of a measure's progress, made of the library's types: each serializes in the contract's format
/// through the converter its type names. The progress figures come from <see cref="Progress.MeasureProgress"/>, which
/// has no converter of its own, so the card takes the parts of it that do.
/// </summary>
public sealed record MeasureCard(Measure Measure, LifecycleStatus Status, Percentage Progress, ImpreciseDate NextMilestone, LocalizedText Label)
{
    /// <summary>The card of measure 1 in the Bouches-du-Rhône ledger on 2021-11-07: effects observed, 95 %.</summary>
    public static MeasureCard Example(Ledger ledger)
    {
        var number = new MeasureNumber(1);
        var progress = ledger.ProgressOf(number, new LocalDate(2021, 11, 7));
        return new MeasureCard(
            ledger.Programme.GetMeasure(number),
            progress.Status,
            progress.Progress ?? throw new InvalidOperationException("Measure 1 has a known progress on 2021-11-07."),
            ImpreciseDate.InPartOf(new YearMonth(2021, 12), MonthPart.Early, isToBeConfirmed: true),
            new LocalizedText("Accès immédiat à l’existant", "Immediate access to what exists"));
    }
}

using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// One ledger's part of a <see cref="ProgressView"/>: the programme and dimension figures of its rollup, each measure's
/// figures with its title, forecast and leads, and the lists a dashboard shows beside them.
/// </summary>
/// <remarks>Made only by <see cref="ProgressView"/>. Equality compares every figure.</remarks>
public sealed record LedgerProgressView
{
    /// <summary>Initializes the figures of a ledger from its rollup.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="figures">Its rollup at the view's date.</param>
    internal LedgerProgressView(Ledger ledger, ProgrammeProgress figures)
    {
        LaunchDate = ledger.LaunchDate;
        Figures = figures;
        var measures = new MeasureProgressView[figures.Measures.Count];
        for (var i = 0; i < measures.Length; i++)
        {
            var measure = figures.Measures[i];
            measures[i] = new MeasureProgressView(
                measure,
                ledger.Programme.GetMeasure(measure.Measure).Title,
                ledger.ForecastCompletion(measure.Measure, figures.AsOf),
                ledger.LeadsOf(measure.Measure, figures.AsOf));
        }

        Measures = ValueListMarshal.Own(measures);
        Lagging = ValueList.CreateRange(figures.Lagging().Select(m => m.Measure));
        WithoutLead = ledger.Commitments.IsEmpty ? null : figures.WithoutLead;
    }

    /// <summary>Gets the ledger's territory, or <see langword="null"/> for a national ledger.</summary>
    public Territory? Territory => Figures.Territory;

    /// <summary>Gets the ledger's launch date, from which expected progress is counted.</summary>
    public LocalDate LaunchDate { get; }

    /// <summary>Gets the ledger's rollup: programme and dimension figures, schedule counts.</summary>
    public ProgrammeProgress Figures { get; }

    /// <summary>Gets each measure's figures, in measure order.</summary>
    public ValueList<MeasureProgressView> Measures { get; }

    /// <summary>Gets the measures lagging most, at most five, most behind first (rule PRO016).</summary>
    public ValueList<MeasureNumber> Lagging { get; }

    /// <summary>
    /// Gets the measures without a lead at the view's date (rule COM007), or <see langword="null"/> when the ledger
    /// records no commitments, so does not say who does what.
    /// </summary>
    public ValueList<MeasureNumber>? WithoutLead { get; }
}

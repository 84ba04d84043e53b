namespace Alliances.Domain.Progress;

/// <summary>One measure's part of a <see cref="LedgerProgressView"/>: its figures, its title, its forecast and its leads.</summary>
/// <remarks>Made only by <see cref="ProgressView"/>. Equality compares every member.</remarks>
public sealed record MeasureProgressView
{
    /// <summary>Initializes a measure's part of the view.</summary>
    internal MeasureProgressView(MeasureProgress figures, LocalizedText title, CompletionForecast forecast, ValueList<Actor> leads)
    {
        Figures = figures;
        Title = title;
        Forecast = forecast;
        Leads = leads;
    }

    /// <summary>Gets the measure's figures at the view's date.</summary>
    public MeasureProgress Figures { get; }

    /// <summary>Gets the measure's title, in French and English.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets when the measure's trend reaches 100 % (rule PRO011).</summary>
    public CompletionForecast Forecast { get; }

    /// <summary>Gets the actors leading the measure at the view's date (rule COM007), in the ledger's order.</summary>
    public ValueList<Actor> Leads { get; }
}

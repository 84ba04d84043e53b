using NodaTime;

namespace Alliances.Domain.Testing;

/// <summary>A realistic portfolio of the canonical programme, a date, and the figures expected at that date.</summary>
/// <param name="Name">The name of the scenario.</param>
/// <param name="AsOf">The date the figures hold at.</param>
/// <param name="Portfolio">The portfolio: three territories with monthly reports over three years, some dated after <paramref name="AsOf"/>.</param>
/// <param name="Expected">The figures expected at <paramref name="AsOf"/>.</param>
public sealed record Scenario(string Name, LocalDate AsOf, Portfolio Portfolio, ScenarioFigures Expected)
{
    /// <summary>Returns the name and the date.</summary>
    /// <returns>The scenario as text.</returns>
    public override string ToString() => $"{Name} ({AsOf:uuuu'-'MM'-'dd})";
}


namespace Alliances.Domain.Testing;

/// <summary>The figures a scenario expects at its date, worked out by hand from the curves that built it.</summary>
/// <param name="National">The national progress, in points.</param>
/// <param name="Operational">The national progress of the operational dimension, in points.</param>
/// <param name="Strategic">The national progress of the strategic dimension, in points.</param>
/// <param name="Political">The national progress of the political dimension, in points.</param>
/// <param name="Territories">Each territory's programme progress, in points, by code.</param>
/// <param name="Ranking">The territories' codes, most advanced first.</param>
/// <param name="Expected">The programme's expected progress at the date, in points.</param>
public sealed record ScenarioFigures(
    double National,
    double Operational,
    double Strategic,
    double Political,
    ValueList<(TerritoryCode Code, double Points)> Territories,
    ValueList<TerritoryCode> Ranking,
    double Expected);

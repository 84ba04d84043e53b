using Alliances.Domain.Validation;

namespace Alliances.Domain.Progress;

/// <summary>
/// The rule on a ledger's rollup settings, checked here and only here: they weigh only measures and dimensions of the
/// programme, each at most once (LED011). Each weight has already checked its own bounds (WGT001, WGT010), and the
/// tolerance is a percentage (PCT001).
/// </summary>
internal static class RollupSettingsRules
{
    /// <summary>Checks a draft's rollup settings; returns them when they hold the rule.</summary>
    /// <param name="programme">The programme the ledger follows.</param>
    /// <param name="settings">The draft's settings, possibly missing.</param>
    /// <param name="found">Where the violations go.</param>
    internal static ProgressOptions Check(Programme programme, ProgressOptions? settings, List<RuleViolation> found)
    {
        if (settings is null)
        {
            found.Add(LedgerRules.Given(settings, "rollupSettings")!);
            return ProgressOptions.Default;
        }

        var measures = new HashSet<MeasureNumber>();
        for (var i = 0; i < settings.MeasureWeights.Count; i++)
        {
            var measure = settings.MeasureWeights[i].Measure;
            var (problem, probleme) = measure.Value > programme.Measures.Count || measure.Value < 1
                ? ($"programme {programme.Id} has measures 1 to {programme.Measures.Count}", $"le programme {programme.Id} a les mesures 1 à {programme.Measures.Count}")
                : !measures.Add(measure) ? ("it is weighed twice", "elle est pondérée deux fois") : (null, null);
            if (problem is not null)
            {
                found.Add(new RuleViolation(
                    Rules.LedgerRollupSettingsKnown,
                    $"The rollup settings weigh measures of the programme, each once; measure {measure} cannot be weighed: {problem}.",
                    $"Les réglages d’agrégation pondèrent des mesures du programme, chacune une fois\u202F; la mesure {measure} ne peut être pondérée\u00A0: {probleme}.",
                    new PartPath("$.rollupSettings.measureWeights", i, ".measure").ToString()));
            }
        }

        var dimensions = new HashSet<DimensionKind>();
        for (var i = 0; i < settings.DimensionWeights.Count; i++)
        {
            var dimension = settings.DimensionWeights[i].Dimension;
            var (problem, probleme) = !programme.TryGetDimension(dimension, out _)
                ? ($"programme {programme.Id} has no such dimension", $"le programme {programme.Id} n’a pas cette dimension")
                : !dimensions.Add(dimension) ? ("it is weighed twice", "elle est pondérée deux fois") : (null, null);
            if (problem is not null)
            {
                found.Add(new RuleViolation(
                    Rules.LedgerRollupSettingsKnown,
                    $"The rollup settings weigh dimensions of the programme, each once; the {dimension.ToString().ToLowerInvariant()} dimension cannot be weighed: {problem}.",
                    $"Les réglages d’agrégation pondèrent des dimensions du programme, chacune une fois\u202F; la dimension {dimension.DisplayName().French} ne peut être pondérée\u00A0: {probleme}.",
                    new PartPath("$.rollupSettings.dimensionWeights", i, ".dimension").ToString()));
            }
        }

        return settings;
    }
}

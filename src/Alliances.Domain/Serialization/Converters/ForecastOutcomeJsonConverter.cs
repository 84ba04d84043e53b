using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes the outcome of a completion forecast (<see cref="ForecastOutcome"/>) as its camelCase name in the JSON contract.</summary>
public sealed class ForecastOutcomeJsonConverter : ContractEnumJsonConverter<ForecastOutcome>
{
    /// <summary>Initializes the converter.</summary>
    public ForecastOutcomeJsonConverter()
        : base(JsonNames.Outcomes)
    {
    }
}

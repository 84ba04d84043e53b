using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using NodaTime;

namespace Alliances.Domain;

/// <summary>An <see cref="ImpreciseDate"/> known only to the year, such as the evaluation planned for 2022.</summary>
/// <remarks>Equality compares the year and whether the date is still to be confirmed.</remarks>
[JsonConverter(typeof(WholeYearJsonConverter))]
public sealed record WholeYear : ImpreciseDate
{
    /// <summary>Initializes a new whole year.</summary>
    /// <param name="year">The year, from 1 to 9999 (rule DAT002).</param>
    /// <param name="isToBeConfirmed">Whether the date is still to be confirmed.</param>
    /// <exception cref="Validation.RuleViolationException">The year is outside 1–9999 (DAT002).</exception>
    public WholeYear(int year, bool isToBeConfirmed = false)
        : base(isToBeConfirmed)
    {
        Year = CheckYear(year, nameof(year));
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <inheritdoc/>
    public override DatePrecision Precision => DatePrecision.Year;

    /// <inheritdoc/>
    public override LocalDate Earliest => new(Year, 1, 1);

    /// <inheritdoc/>
    public override LocalDate Latest => new(Year, 12, 31);

    /// <inheritdoc/>
    private protected override string NaturalText(Language language) => DateText.Year(Year);
}

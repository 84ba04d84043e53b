using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

/// <summary>An <see cref="ImpreciseDate"/> known to the day, such as 8 July 2020.</summary>
/// <remarks>Equality compares the day and whether it is still to be confirmed.</remarks>
[JsonConverter(typeof(ExactDayJsonConverter))]
public sealed record ExactDay : ImpreciseDate
{
    /// <summary>Initializes a new exact day.</summary>
    /// <param name="day">The day, in the ISO calendar, from year 1 to 9999.</param>
    /// <param name="isToBeConfirmed">Whether the day is still to be confirmed.</param>
    /// <exception cref="RuleViolationException">The day is outside the ISO calendar or years 1–9999 (DAT002, DAT003).</exception>
    public ExactDay(LocalDate day, bool isToBeConfirmed = false)
        : base(isToBeConfirmed)
    {
        Day = CheckDay(day, nameof(day));
    }

    /// <summary>Gets the day.</summary>
    public LocalDate Day { get; }

    /// <inheritdoc/>
    public override DatePrecision Precision => DatePrecision.Day;

    /// <inheritdoc/>
    public override LocalDate Earliest => Day;

    /// <inheritdoc/>
    public override LocalDate Latest => Day;

    /// <inheritdoc/>
    private protected override string NaturalText(Language language) => DateText.Day(Day, language);
}

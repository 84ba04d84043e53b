using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using NodaTime;

namespace Alliances.Domain;

/// <summary>An <see cref="ImpreciseDate"/> known only to the month, such as June 2020.</summary>
/// <remarks>Equality compares the month and whether the date is still to be confirmed.</remarks>
[JsonConverter(typeof(WholeMonthJsonConverter))]
public sealed record WholeMonth : ImpreciseDate
{
    /// <summary>Initializes a new whole month.</summary>
    /// <param name="month">The month, in the ISO calendar, from year 1 to 9999.</param>
    /// <param name="isToBeConfirmed">Whether the date is still to be confirmed.</param>
    /// <exception cref="Validation.RuleViolationException">The month is outside the ISO calendar or years 1–9999 (DAT002, DAT003).</exception>
    public WholeMonth(YearMonth month, bool isToBeConfirmed = false)
        : base(isToBeConfirmed)
    {
        Month = CheckMonth(month, nameof(month));
    }

    /// <summary>Gets the month.</summary>
    public YearMonth Month { get; }

    /// <inheritdoc/>
    public override DatePrecision Precision => DatePrecision.Month;

    /// <inheritdoc/>
    public override LocalDate Earliest => Month.OnDayOfMonth(1);

    /// <inheritdoc/>
    public override LocalDate Latest => IsoDates.LastDay(Month);

    /// <inheritdoc/>
    private protected override string NaturalText(Language language) => DateText.Month(Month, language);
}

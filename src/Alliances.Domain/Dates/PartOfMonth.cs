using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

/// <summary>
/// An <see cref="ImpreciseDate"/> known as early, mid or late in a month, such as "début juin 2020".
/// </summary>
/// <remarks>
/// Early covers days 1–10, mid days 11–20 and late day 21 to the month's last day (see <see cref="MonthPart"/>).
/// Equality compares the month, the part and whether the date is still to be confirmed.
/// </remarks>
[JsonConverter(typeof(PartOfMonthJsonConverter))]
public sealed record PartOfMonth : ImpreciseDate
{
    /// <summary>Initializes a new part of a month.</summary>
    /// <param name="month">The month, in the ISO calendar, from year 1 to 9999.</param>
    /// <param name="part">Which third of the month.</param>
    /// <param name="isToBeConfirmed">Whether the date is still to be confirmed.</param>
    /// <exception cref="RuleViolationException">The month is outside the ISO calendar or years 1–9999 (DAT002, DAT003).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is not a defined value.</exception>
    public PartOfMonth(YearMonth month, MonthPart part, bool isToBeConfirmed = false)
        : base(isToBeConfirmed)
    {
        if (!Enum.IsDefined(part))
        {
            throw new ArgumentOutOfRangeException(nameof(part), part, "A part of a month is early, mid or late.");
        }

        Month = CheckMonth(month, nameof(month));
        Part = part;
    }

    /// <summary>Gets the month.</summary>
    public YearMonth Month { get; }

    /// <summary>Gets which third of the month.</summary>
    public MonthPart Part { get; }

    /// <inheritdoc/>
    public override DatePrecision Precision => DatePrecision.PartOfMonth;

    /// <inheritdoc/>
    public override LocalDate Earliest => FirstDay(Month, Part);

    /// <inheritdoc/>
    public override LocalDate Latest => LastDay(Month, Part);

    /// <inheritdoc/>
    private protected override string NaturalText(Language language) => DateText.Part(Month, Part, language);

    /// <summary>Finds the part of a month whose days are exactly the days from <paramref name="first"/> to <paramref name="last"/>, if any.</summary>
    internal static MonthPart? Covering(LocalDate first, LocalDate last)
    {
        var month = first.ToYearMonth();
        foreach (var part in (ReadOnlySpan<MonthPart>)[MonthPart.Early, MonthPart.Mid, MonthPart.Late])
        {
            if (first == FirstDay(month, part) && last == LastDay(month, part))
            {
                return part;
            }
        }

        return null;
    }

    private static LocalDate FirstDay(YearMonth month, MonthPart part) => month.OnDayOfMonth(part switch
    {
        MonthPart.Early => 1,
        MonthPart.Mid => 11,
        _ => 21,
    });

    private static LocalDate LastDay(YearMonth month, MonthPart part) => part switch
    {
        MonthPart.Early => month.OnDayOfMonth(10),
        MonthPart.Mid => month.OnDayOfMonth(20),
        _ => IsoDates.LastDay(month),
    };
}

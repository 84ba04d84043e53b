using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

/// <summary>An <see cref="ImpreciseDate"/> covering two or more consecutive days, such as 3–4 September 2020.</summary>
/// <remarks>
/// An event held over the span falls on every one of its days; as a date, it can be said to fall on any of them.
/// Equality compares both days and whether the span is still to be confirmed.
/// </remarks>
[JsonConverter(typeof(DaySpanJsonConverter))]
public sealed record DaySpan : ImpreciseDate
{
    /// <summary>Initializes a new span.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day, after <paramref name="first"/> (rule DAT001).</param>
    /// <param name="isToBeConfirmed">Whether the span is still to be confirmed.</param>
    /// <exception cref="RuleViolationException"><paramref name="last"/> is not after <paramref name="first"/> (DAT001), or a day is outside the ISO calendar or years 1–9999 (DAT002, DAT003).</exception>
    public DaySpan(LocalDate first, LocalDate last, bool isToBeConfirmed = false)
        : base(isToBeConfirmed)
    {
        First = CheckDay(first, nameof(first));
        Last = CheckDay(last, nameof(last));
        Guard.Require(
            last > first,
            Rules.SpanOrdered,
            $"A span of days ends after the day it starts; got {DateText.Iso(first)} to {DateText.Iso(last)}.",
            $"Une période de jours se termine après le jour où elle commence\u202F; reçu du {DateText.Iso(first)} au {DateText.Iso(last)}.",
            nameof(last));
    }

    /// <summary>Gets the first day of the span.</summary>
    public LocalDate First { get; }

    /// <summary>Gets the last day of the span; always after <see cref="First"/>.</summary>
    public LocalDate Last { get; }

    /// <summary>Gets the number of days in the span, 2 or more.</summary>
    public int Length => Period.DaysBetween(First, Last) + 1;

    /// <inheritdoc/>
    public override DatePrecision Precision => DatePrecision.DaySpan;

    /// <inheritdoc/>
    public override LocalDate Earliest => First;

    /// <inheritdoc/>
    public override LocalDate Latest => Last;

    /// <inheritdoc/>
    private protected override string NaturalText(Language language) => DateText.Span(First, Last, language);
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using NodaTime;

namespace Alliances.Domain.Serialization;

/// <summary>An imprecise date as it is read: a <c>precision</c>, that precision's fields and no other, and <c>toBeConfirmed</c>.</summary>
internal sealed class ImpreciseDateWire : Wire<ImpreciseDate>
{
    [JsonRequired]
    public DatePrecision Precision { get; set; }

    [DisallowNull]
    public LocalDate? Day { get; set; }

    [DisallowNull]
    public LocalDate? First { get; set; }

    [DisallowNull]
    public LocalDate? Last { get; set; }

    [DisallowNull]
    public YearMonth? Month { get; set; }

    [DisallowNull]
    public MonthPart? Part { get; set; }

    [DisallowNull]
    public int? Year { get; set; }

    [JsonRequired]
    public bool ToBeConfirmed { get; set; }

    /// <inheritdoc/>
    protected override ImpreciseDate Build()
    {
        // Each precision has its own fields and no other.
        var present = (Day is null ? 0 : 1) + (First is null ? 0 : 1) + (Last is null ? 0 : 1) + (Month is null ? 0 : 1) + (Part is null ? 0 : 1) + (Year is null ? 0 : 1);
        var (complete, fields, names) = Precision switch
        {
            DatePrecision.Day => (Day is not null, 1, "day"),
            DatePrecision.DaySpan => (First is not null && Last is not null, 2, "first, last"),
            DatePrecision.PartOfMonth => (Month is not null && Part is not null, 2, "month, part"),
            DatePrecision.Month => (Month is not null, 1, "month"),
            _ => (Year is not null, 1, "year"),
        };
        if (!complete || present != fields)
        {
            throw ContractRead.Shape(
                $"A date of precision '{JsonNames.Precisions.NameOf(Precision)}' has the fields {names} and no other.",
                $"Une date de précision '{JsonNames.Precisions.NameOf(Precision)}' a les champs {names} et aucun autre.");
        }

        return Precision switch
        {
            DatePrecision.Day => new ExactDay(Day!.Value, ToBeConfirmed),
            DatePrecision.DaySpan => new DaySpan(First!.Value, Last!.Value, ToBeConfirmed),
            DatePrecision.PartOfMonth => new PartOfMonth(Month!.Value, Part!.Value, ToBeConfirmed),
            DatePrecision.Month => new WholeMonth(Month!.Value, ToBeConfirmed),
            _ => new WholeYear(Year!.Value, ToBeConfirmed),
        };
    }
}

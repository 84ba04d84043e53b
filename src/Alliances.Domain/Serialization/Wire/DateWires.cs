using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Alliances.Domain.Dates;
using NodaTime;

namespace Alliances.Domain.Serialization;

/// <summary>An imprecise date as it is read: a <c>precision</c>, that precision's fields and no other, and <c>toBeConfirmed</c>.</summary>
internal sealed class ImpreciseDateWire : IJsonOnDeserialized
{
    public required DatePrecision Precision { get; init; }

    [DisallowNull]
    public LocalDate? Day { get; init; }

    [DisallowNull]
    public LocalDate? First { get; init; }

    [DisallowNull]
    public LocalDate? Last { get; init; }

    [DisallowNull]
    public YearMonth? Month { get; init; }

    [DisallowNull]
    public MonthPart? Part { get; init; }

    [DisallowNull]
    public int? Year { get; init; }

    public required bool ToBeConfirmed { get; init; }

    [JsonIgnore]
    public ImpreciseDate Value { get; private set; } = null!;

    void IJsonOnDeserialized.OnDeserialized()
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
            throw ContractRead.Shape($"A date of precision '{JsonNames.Precisions.NameOf(Precision)}' has the fields {names} and no other.");
        }

        Value = ContractRead.Build(this, static w => w.Precision switch
        {
            DatePrecision.Day => new ExactDay(w.Day!.Value, w.ToBeConfirmed),
            DatePrecision.DaySpan => new DaySpan(w.First!.Value, w.Last!.Value, w.ToBeConfirmed),
            DatePrecision.PartOfMonth => new PartOfMonth(w.Month!.Value, w.Part!.Value, w.ToBeConfirmed),
            DatePrecision.Month => new WholeMonth(w.Month!.Value, w.ToBeConfirmed),
            _ => (ImpreciseDate)new WholeYear(w.Year!.Value, w.ToBeConfirmed),
        });
    }
}

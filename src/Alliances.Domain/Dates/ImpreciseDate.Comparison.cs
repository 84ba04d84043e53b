using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using NodaTime;

namespace Alliances.Domain;

public abstract partial record ImpreciseDate
{
    /// <summary>
    /// Gets the order in which to show dates: by earliest possible day, then latest, then precision, then confirmed
    /// before to-be-confirmed. It is a total order for display, consistent with equality, and says nothing about which
    /// date happens first; use <see cref="RelativeTo(ImpreciseDate)"/> for that.
    /// </summary>
    public static IComparer<ImpreciseDate> DisplayOrder { get; } = Comparer<ImpreciseDate>.Create(CompareForDisplay);

    /// <summary>Determines whether a day is one the date can fall on.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="day"/> lies from <see cref="Earliest"/> to <see cref="Latest"/>.</returns>
    public bool CanFallOn(LocalDate day) => day.Calendar == Earliest.Calendar && Earliest <= day && day <= Latest;

    /// <summary>Tells whether the date is definitely before a day, definitely after it, or possibly on it (rule DAT006).</summary>
    /// <param name="day">The day, in the ISO calendar.</param>
    /// <returns>The relation of this date to <paramref name="day"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="day"/> is in another calendar.</exception>
    public DateRelation RelativeTo(LocalDate day)
    {
        if (Latest < day)
        {
            return DateRelation.DefinitelyBefore;
        }

        return Earliest > day ? DateRelation.DefinitelyAfter : DateRelation.PossiblySame;
    }

    /// <summary>
    /// Tells whether the date is definitely before another, definitely after it, or possibly the same day (rule
    /// DAT006): possibly the same when their possible days overlap.
    /// </summary>
    /// <param name="other">The other date.</param>
    /// <returns>The relation of this date to <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public DateRelation RelativeTo(ImpreciseDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Latest < other.Earliest)
        {
            return DateRelation.DefinitelyBefore;
        }

        return Earliest > other.Latest ? DateRelation.DefinitelyAfter : DateRelation.PossiblySame;
    }

    private static int CompareForDisplay(ImpreciseDate? x, ImpreciseDate? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var order = x.Earliest.CompareTo(y.Earliest);
        if (order == 0)
        {
            order = x.Latest.CompareTo(y.Latest);
        }

        if (order == 0)
        {
            order = x.Precision.CompareTo(y.Precision);
        }

        if (order == 0)
        {
            order = x.IsToBeConfirmed.CompareTo(y.IsToBeConfirmed);
        }

        return order;
    }
}

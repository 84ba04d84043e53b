using NodaTime;

namespace Alliances.Domain.Scheduling;

/// <summary>A dimension and the window of days within which its measures' first effects are expected.</summary>
/// <remarks>Equality compares the dimension and the window.</remarks>
public sealed record DimensionWindow
{
    internal DimensionWindow(Dimension dimension, DateInterval window)
    {
        Dimension = dimension;
        Window = window;
    }

    /// <summary>Gets the dimension.</summary>
    public Dimension Dimension { get; }

    /// <summary>Gets the window, both days included.</summary>
    public DateInterval Window { get; }
}

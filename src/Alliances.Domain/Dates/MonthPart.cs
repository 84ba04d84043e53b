using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain;

/// <summary>
/// A third of a month, as French sources write "début", "mi-" and "fin": days 1–10, 11–20, and 21 to the month's
/// last day.
/// </summary>
[JsonConverter(typeof(MonthPartJsonConverter))]
public enum MonthPart
{
    /// <summary>Early in the month ("début"): days 1 to 10.</summary>
    Early = 0,

    /// <summary>The middle of the month ("mi-"): days 11 to 20.</summary>
    Mid = 1,

    /// <summary>Late in the month ("fin"): day 21 to the month's last day, whatever its length.</summary>
    Late = 2,
}

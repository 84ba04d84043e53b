using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Scheduling;

/// <summary>Where a milestone stands at a date.</summary>
[JsonConverter(typeof(MilestoneTimingJsonConverter))]
public enum MilestoneTiming
{
    /// <summary>Every day it can fall on is before the date.</summary>
    Past = 0,

    /// <summary>It certainly takes place on the date: a confirmed day or span that includes it.</summary>
    Happening = 1,

    /// <summary>It may take place on the date: the date is among the days it can fall on, but its day is not settled.</summary>
    Uncertain = 2,

    /// <summary>Every day it can fall on is after the date.</summary>
    Upcoming = 3,
}

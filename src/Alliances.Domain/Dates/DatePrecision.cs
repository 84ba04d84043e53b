using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain;

/// <summary>How precisely an <see cref="ImpreciseDate"/> is known: the closed set of its cases.</summary>
[JsonConverter(typeof(DatePrecisionJsonConverter))]
public enum DatePrecision
{
    /// <summary>One exact day (<see cref="ExactDay"/>).</summary>
    Day = 0,

    /// <summary>A span of two or more consecutive days (<see cref="DaySpan"/>).</summary>
    DaySpan = 1,

    /// <summary>The early, middle or late part of a month (<see cref="PartOfMonth"/>).</summary>
    PartOfMonth = 2,

    /// <summary>A whole month (<see cref="WholeMonth"/>).</summary>
    Month = 3,

    /// <summary>A whole year (<see cref="WholeYear"/>).</summary>
    Year = 4,
}

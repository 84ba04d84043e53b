using System.Collections.Frozen;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// The French and English labels of every public enum of the library, for people: one table, read by
/// <see cref="Of{TEnum}(TEnum)"/> and by a <c>DisplayName()</c> extension on each enum.
/// </summary>
/// <remarks>
/// Labels are lowercase, as they are read inside a sentence or a table cell ("en cours" / "in progress"); a view
/// capitalizes them where it needs to. The French labels of the source's own terms are the source's (the dimensions,
/// the kinds of milestone); the others are the library's, listed in <c>docs/concepts.md</c>.
/// </remarks>
public static class Labels
{
    private static readonly FrozenDictionary<Enum, LocalizedText> Table = new (Enum Value, string French, string English)[]
    {
        (LifecycleStatus.NotStarted, "non démarrée", "not started"),
        (LifecycleStatus.InProgress, "en cours", "in progress"),
        (LifecycleStatus.EffectsObserved, "effets observés", "effects observed"),
        (LifecycleStatus.Completed, "terminée", "completed"),
        (LifecycleStatus.Suspended, "suspendue", "suspended"),
        (LifecycleStatus.Cancelled, "abandonnée", "cancelled"),
        (Health.NotAssessed, "non évaluée", "not assessed"),
        (Health.OnTrack, "en bonne voie", "on track"),
        (Health.AtRisk, "à risque", "at risk"),
        (Health.OffTrack, "en difficulté", "off track"),
        (ProgressSource.Completed, "terminée", "completed"),
        (ProgressSource.Indicators, "indicateurs", "indicators"),
        (ProgressSource.Declared, "déclarée", "declared"),
        (ProgressSource.NotStarted, "non démarrée", "not started"),
        (ProgressSource.Unknown, "inconnue", "unknown"),
        (ForecastOutcome.Forecast, "prévision", "forecast"),
        (ForecastOutcome.AlreadyComplete, "déjà terminée", "already complete"),
        (ForecastOutcome.NotRising, "sans progression", "not rising"),
        (ForecastOutcome.NotEnoughData, "données insuffisantes", "not enough data"),
        (ForecastOutcome.Cancelled, "abandonnée", "cancelled"),
        (ForecastOutcome.BeyondCalendar, "au-delà du calendrier", "beyond the calendar"),
        (ForecastOutcome.Overdue, "en retard", "overdue"),
        (UnknownPolicy.Available, "données disponibles", "available data"),
        (UnknownPolicy.Strict, "stricte", "strict"),
        (IndicatorDirection.HigherIsBetter, "mieux quand plus élevé", "higher is better"),
        (IndicatorDirection.LowerIsBetter, "mieux quand plus bas", "lower is better"),
        (CommitmentRole.Contributor, "contributeur", "contributor"),
        (CommitmentRole.Lead, "pilote", "lead"),
        (CommitmentRole.Funder, "financeur", "funder"),
        (CommitmentRole.Evaluator, "évaluateur", "evaluator"),
        (ScheduleStatus.NotDue, "pas encore attendue", "not due"),
        (ScheduleStatus.Due, "attendue", "due"),
        (ScheduleStatus.Overdue, "en retard, sans effets", "overdue"),
        (ScheduleStatus.Early, "en avance", "early"),
        (ScheduleStatus.OnTime, "dans les temps", "on time"),
        (ScheduleStatus.Late, "effets tardifs", "late"),
        (MilestoneTiming.Past, "passée", "past"),
        (MilestoneTiming.Happening, "en cours", "happening"),
        (MilestoneTiming.Uncertain, "incertaine", "uncertain"),
        (MilestoneTiming.Upcoming, "à venir", "upcoming"),
        (MilestoneKind.DigitalEvent, "événement numérique", "digital event"),
        (MilestoneKind.Meeting, "rencontre", "meeting"),
        (MilestoneKind.Visit, "visite", "visit"),
        (MilestoneKind.Conference, "conférence", "conference"),
        (MilestoneKind.Workshop, "atelier", "workshop"),
        (MilestoneKind.Other, "autre", "other"),
        (MilestoneDateChangeKind.Confirmed, "confirmée", "confirmed"),
        (MilestoneDateChangeKind.Rescheduled, "reprogrammée", "rescheduled"),
        (DimensionKind.Operational, "opérationnelle", "operational"),
        (DimensionKind.Strategic, "stratégique", "strategic"),
        (DimensionKind.Political, "politique", "political"),
        (TerritoryLevel.Region, "région", "region"),
        (TerritoryLevel.Departement, "département", "department"),
        (TerritoryLevel.Commune, "commune", "municipality"),
        (TerritoryLevel.Other, "autre", "other"),
        (DatePrecision.Day, "jour", "day"),
        (DatePrecision.DaySpan, "période de jours", "span of days"),
        (DatePrecision.PartOfMonth, "partie de mois", "part of a month"),
        (DatePrecision.Month, "mois", "month"),
        (DatePrecision.Year, "année", "year"),
        (MonthPart.Early, "début", "early"),
        (MonthPart.Mid, "milieu", "mid"),
        (MonthPart.Late, "fin", "late"),
        (DateRelation.DefinitelyBefore, "avant, à coup sûr", "definitely before"),
        (DateRelation.PossiblySame, "peut-être le même jour", "possibly the same day"),
        (DateRelation.DefinitelyAfter, "après, à coup sûr", "definitely after"),
        (Language.French, "français", "French"),
        (Language.English, "anglais", "English"),
        (RuleKind.Constraint, "contrainte", "constraint"),
        (RuleKind.Computation, "calcul", "computation"),
        (LedgerScope.National, "national", "national"),
        (LedgerScope.Territorial, "territorial", "territorial"),
        (LedgerScope.Portfolio, "portefeuille", "portfolio"),
    }.ToFrozenDictionary(static e => e.Value, static e => new LocalizedText(e.French, e.English));

    /// <summary>Gets the label of a value of one of the library's enums, in French and English.</summary>
    /// <typeparam name="TEnum">The enum, one of the library's.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "en cours" / "in progress" for <see cref="LifecycleStatus.InProgress"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value of one of the library's enums.</exception>
    public static LocalizedText Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Table.TryGetValue(value, out var label)
            ? label
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Labels are given for the defined values of the library's enums; {typeof(TEnum).Name} {value} is not one.");

    /// <summary>Gets the label of a measure's lifecycle status, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "en cours" / "in progress".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this LifecycleStatus value) => Of(value);

    /// <summary>Gets the label of a report's health, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "non évaluée" / "not assessed".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this Health value) => Of(value);

    /// <summary>Gets the label of where a measure's progress comes from, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "terminée" / "completed".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this ProgressSource value) => Of(value);

    /// <summary>Gets the label of what a forecast found, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "prévision" / "forecast".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this ForecastOutcome value) => Of(value);

    /// <summary>Gets the label of how a rollup counts unknown progress, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "données disponibles" / "available data".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this UnknownPolicy value) => Of(value);

    /// <summary>Gets the label of which way an indicator improves, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "mieux quand plus élevé" / "higher is better".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this IndicatorDirection value) => Of(value);

    /// <summary>Gets the label of the part an actor takes in a measure, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "contributeur" / "contributor".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this CommitmentRole value) => Of(value);

    /// <summary>Gets the label of a measure's schedule status, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "pas encore attendue" / "not due".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this ScheduleStatus value) => Of(value);

    /// <summary>Gets the label of where a milestone stands relative to a date, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "passée" / "past".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this MilestoneTiming value) => Of(value);

    /// <summary>Gets the label of a kind of milestone, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "événement numérique" / "digital event".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this MilestoneKind value) => Of(value);

    /// <summary>Gets the label of a change of a milestone's date, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "confirmée" / "confirmed".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this MilestoneDateChangeKind value) => Of(value);

    /// <summary>Gets the label of a dimension of measures, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "opérationnelle" / "operational".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this DimensionKind value) => Of(value);

    /// <summary>Gets the label of a level of territory, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "région" / "region".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this TerritoryLevel value) => Of(value);

    /// <summary>Gets the label of how precisely a date is known, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "jour" / "day".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this DatePrecision value) => Of(value);

    /// <summary>Gets the label of a part of a month, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "début" / "early".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this MonthPart value) => Of(value);

    /// <summary>Gets the label of how two imprecise dates compare, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "avant, à coup sûr" / "definitely before".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this DateRelation value) => Of(value);

    /// <summary>Gets the label of a language, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "français" / "French".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this Language value) => Of(value);

    /// <summary>Gets the label of a kind of rule, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "contrainte" / "constraint".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this RuleKind value) => Of(value);

    /// <summary>Gets the label of the scope of a ledger document, in French and English.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, such as "national" / "national".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText DisplayName(this LedgerScope value) => Of(value);
}

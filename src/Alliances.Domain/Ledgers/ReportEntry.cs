using System.Runtime.InteropServices;

namespace Alliances.Domain.Progress;

/// <summary>
/// One report as a ledger stores it: sixteen bytes. Comments live apart, since most reports have none.
/// </summary>
/// <remarks>
/// Declared progress and first effects are stored carried forward: each entry holds the latest value stated on or
/// before its day, so an as-of query reads them from one entry. Two flag bits say whether the entry itself stated
/// them, so that the report can be given back exactly as it was recorded.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly struct ReportEntry : IDatedEntry
{
    private const byte StatusMask = 0x07;
    private const byte DeclaresProgressFlag = 0x80;
    private const byte StatesEffectsFlag = 0x40;

    // The fields in this order pack to sixteen bytes: three days, the progress, the status with its flags, the health.
    private readonly int _date;
    private readonly int _nextDue;
    private readonly int _carriedEffects;
    private readonly ushort _carriedProgress;
    private readonly byte _statusAndFlags;
    private readonly byte _health;

    internal ReportEntry(int date, int nextDue, int carriedEffects, ushort carriedProgress, LifecycleStatus status, Health health, bool declaresProgress, bool statesEffects)
    {
        _date = date;
        _nextDue = nextDue;
        _carriedEffects = carriedEffects;
        _carriedProgress = carriedProgress;
        _statusAndFlags = (byte)((byte)status | (declaresProgress ? DeclaresProgressFlag : 0) | (statesEffects ? StatesEffectsFlag : 0));
        _health = (byte)health;
    }

    /// <summary>Gets the packed day of the report.</summary>
    internal int Date => _date;

    /// <inheritdoc/>
    int IDatedEntry.Date => Date;

    /// <summary>Gets the packed day the next update is due, or <see cref="PackedDate.None"/>.</summary>
    internal int NextDue => _nextDue;

    /// <summary>Gets the packed first-effects day stated by this report or the latest one before it that stated one (rule PRO018).</summary>
    internal int CarriedEffects => _carriedEffects;

    /// <summary>Gets the progress, in hundredths of a point, declared by this report or the latest one before it that declared one.</summary>
    internal ushort CarriedProgress => _carriedProgress;

    /// <summary>Gets the lifecycle status.</summary>
    internal LifecycleStatus Status => (LifecycleStatus)(_statusAndFlags & StatusMask);

    /// <summary>Gets the health.</summary>
    internal Health Health => (Health)_health;

    /// <summary>Gets a value indicating whether this report itself declared a progress.</summary>
    internal bool DeclaresProgress => (_statusAndFlags & DeclaresProgressFlag) != 0;

    /// <summary>Gets a value indicating whether this report itself stated when first effects were observed.</summary>
    internal bool StatesEffects => (_statusAndFlags & StatesEffectsFlag) != 0;

    /// <summary>Builds the entry of a report, carrying forward from the entry before it.</summary>
    internal static ReportEntry From(MeasureReport report, in ReportEntry? previous)
    {
        var declares = report.DeclaredProgress is not null;
        var states = report.FirstEffectsObserved is not null;
        var progress = declares ? ProgressPacking.Pack(report.DeclaredProgress) : previous?.CarriedProgress ?? ProgressPacking.None;
        var effects = states ? PackedDate.Pack(report.FirstEffectsObserved) : previous?.CarriedEffects ?? PackedDate.None;
        return new ReportEntry(PackedDate.Pack(report.Date), PackedDate.Pack(report.NextUpdateDue), effects, progress, report.Status, report.Health, declares, states);
    }

    /// <summary>Rebuilds the entry with the carried values of a new predecessor, keeping what it stated itself.</summary>
    internal ReportEntry Recarry(in ReportEntry? previous) => new(
        Date,
        NextDue,
        StatesEffects ? CarriedEffects : previous?.CarriedEffects ?? PackedDate.None,
        DeclaresProgress ? CarriedProgress : previous?.CarriedProgress ?? ProgressPacking.None,
        Status,
        Health,
        DeclaresProgress,
        StatesEffects);
}

using System.Text.Json;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Collections;
using Alliances.Domain.Indicators;
using Alliances.Domain.Ledgers;
using Alliances.Domain.Measures;
using Alliances.Domain.Programmes;
using Alliances.Domain.Progress;
using Alliances.Domain.Quantities;
using Alliances.Domain.Reports;
using Alliances.Domain.Territories;
using Alliances.Domain.Text;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Serialization;

public static partial class LedgerJson
{
    private static ReadDocument ReadDrafts(ReadOnlySpan<byte> utf8, IEnumerable<Programme>? programmes)
    {
        var known = programmes?.ToList() ?? [Odd17.Programme];
        var r = new DocumentReader(utf8);
        try
        {
            return ReadTop(ref r, known);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The reader and the values built leave their errors to this one handler, which gives them the path.
            throw r.Failure(e, Kind);
        }
    }

    private static ReadDocument ReadTop(ref DocumentReader r, List<Programme> programmes)
    {
        r.StartDocument();
        int seen = 0;
        LedgerScope scope = default;
        Programme? programme = null;
        var body = new LedgerBody();
        var territories = new List<LedgerBody>();
        var weights = new List<TerritoryWeight>();
        while (r.NextProperty())
        {
            if (r.Is("kind"u8))
            {
                r.Enter("kind", 1 << 0, ref seen);
                ProgrammeJson.ReadKind(ref r, Kind);
            }
            else if (r.Is("schemaVersion"u8))
            {
                r.Enter("schemaVersion", 1 << 1, ref seen);
                ProgrammeJson.ReadVersion(ref r);
            }
            else if (r.Is("scope"u8))
            {
                r.Enter("scope", 1 << 2, ref seen);
                scope = r.GetEnum<LedgerScope>(JsonNames.Scopes);
            }
            else if (r.Is("programme"u8))
            {
                r.Enter("programme", 1 << 3, ref seen);
                var id = r.GetString();
                programme = programmes.FirstOrDefault(p => string.Equals(p.Id.Value, id, StringComparison.Ordinal))
                    ?? throw r.Error($"This reader knows the programmes {string.Join(", ", programmes.Select(p => p.Id))}; the document follows '{id}'.", Rules.JsonProgrammeKnown);
            }
            else if (r.Is("weights"u8))
            {
                r.Enter("weights", 1 << 4, ref seen);
                ReadWeights(ref r, weights);
            }
            else if (r.Is("territories"u8))
            {
                r.Enter("territories", 1 << 5, ref seen);
                r.StartArray();
                while (r.NextElement())
                {
                    r.ExpectStartObject();
                    var territory = new LedgerBody();
                    int inner = 0;
                    while (r.NextProperty())
                    {
                        if (!ReadBodyProperty(ref r, territory, ref inner))
                        {
                            throw r.Unknown();
                        }

                        r.Leave();
                    }

                    r.Require(inner, LedgerBody.TerritoryBit | LedgerBody.ReportsBit, LedgerBody.Names);
                    territories.Add(territory);
                }
            }
            else if (ReadBodyProperty(ref r, body, ref body.Seen))
            {
                // A property of a single ledger.
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 0b1111, ["kind", "schemaVersion", "scope", "programme", "weights", "territories"]);
        var single = body.Seen != 0;
        switch (scope)
        {
            case LedgerScope.Portfolio when (seen & (1 << 5)) == 0:
                throw r.Error("A portfolio document has the property 'territories'.");
            case LedgerScope.Portfolio when single:
                throw r.Error("A portfolio document keeps its reports under 'territories', not at the top.");
            case not LedgerScope.Portfolio when (seen & ((1 << 4) | (1 << 5))) != 0:
                throw r.Error("Only a portfolio document has 'territories' and 'weights'.");
            case not LedgerScope.Portfolio when (body.Seen & LedgerBody.ReportsBit) == 0:
                throw r.Error("The required property 'reports' is missing.");
            case LedgerScope.National when body.Territory is not null:
                throw r.Error("A national ledger has no 'territory'.");
            case LedgerScope.Territorial when body.Territory is null:
                throw r.Error("The required property 'territory' is missing.");
        }

        r.EndDocument();
        var drafts = scope == LedgerScope.Portfolio
            ? territories.Select(t => t.ToDraft(programme!)).ToList()
            : [body.ToDraft(programme!)];
        return new ReadDocument(scope, drafts, ValueListMarshal.Copy(weights));
    }

    /// <summary>Reads one property of a ledger's body, when it is one; returns false for any other name.</summary>
    private static bool ReadBodyProperty(ref DocumentReader r, LedgerBody body, ref int seen)
    {
        if (r.Is("territory"u8))
        {
            r.Enter("territory", LedgerBody.TerritoryBit, ref seen);
            body.Territory = ReadTerritory(ref r);
        }
        else if (r.Is("launchDate"u8))
        {
            r.Enter("launchDate", 2, ref seen);
            body.LaunchDate = r.GetDate();
        }
        else if (r.Is("plans"u8))
        {
            r.Enter("plans", 4, ref seen);
            ReadPlans(ref r, body.Plans);
        }
        else if (r.Is("indicators"u8))
        {
            r.Enter("indicators", 8, ref seen);
            ReadIndicators(ref r, body.Indicators);
        }
        else if (r.Is("reports"u8))
        {
            r.Enter("reports", LedgerBody.ReportsBit, ref seen);
            ReadReports(ref r, body.Reports);
        }
        else if (r.Is("observations"u8))
        {
            r.Enter("observations", 32, ref seen);
            ReadObservations(ref r, body.Observations);
        }
        else
        {
            return false;
        }

        return true;
    }

    private static Territory ReadTerritory(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0;
        string? code = null, name = null;
        TerritoryLevel level = default;
        while (r.NextProperty())
        {
            if (r.Is("code"u8))
            {
                r.Enter("code", 1, ref seen);
                code = r.GetString();
            }
            else if (r.Is("name"u8))
            {
                r.Enter("name", 2, ref seen);
                name = r.GetString();
            }
            else if (r.Is("level"u8))
            {
                r.Enter("level", 4, ref seen);
                level = r.GetEnum<TerritoryLevel>(JsonNames.Levels);
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 7, ["code", "name", "level"]);
        return new Territory(code!, name!, level);
    }

    private static void ReadWeights(ref DocumentReader r, List<TerritoryWeight> weights)
    {
        r.StartArray();
        while (r.NextElement())
        {
            r.ExpectStartObject();
            int seen = 0;
            string? territory = null;
            double weight = 0;
            while (r.NextProperty())
            {
                if (r.Is("territory"u8))
                {
                    r.Enter("territory", 1, ref seen);
                    territory = r.GetString();
                }
                else if (r.Is("weight"u8))
                {
                    r.Enter("weight", 2, ref seen);
                    weight = r.GetDouble();
                }
                else
                {
                    throw r.Unknown();
                }

                r.Leave();
            }

            r.Require(seen, 3, ["territory", "weight"]);
            weights.Add(new TerritoryWeight(territory!, weight));
        }
    }

    private static void ReadPlans(ref DocumentReader r, List<MeasurePlan> plans)
    {
        r.StartArray();
        while (r.NextElement())
        {
            r.ExpectStartObject();
            int seen = 0, measure = 0;
            LocalDate start = default, end = default;
            while (r.NextProperty())
            {
                if (r.Is("measure"u8))
                {
                    r.Enter("measure", 1, ref seen);
                    measure = ReadMeasureNumber(ref r);
                }
                else if (r.Is("start"u8))
                {
                    r.Enter("start", 2, ref seen);
                    start = r.GetDate();
                }
                else if (r.Is("end"u8))
                {
                    r.Enter("end", 4, ref seen);
                    end = r.GetDate();
                }
                else
                {
                    throw r.Unknown();
                }

                r.Leave();
            }

            r.Require(seen, 7, ["measure", "start", "end"]);
            plans.Add(new MeasurePlan(new MeasureNumber(measure), start, end));
        }
    }

    private static void ReadIndicators(ref DocumentReader r, List<Indicator> indicators)
    {
        r.StartArray();
        while (r.NextElement())
        {
            r.ExpectStartObject();
            int seen = 0, measure = 0;
            string? id = null, unit = null;
            LocalizedText? name = null;
            IndicatorDirection direction = default;
            IndicatorPoint baseline = default;
            IndicatorPoint? target = null;
            var steps = new List<IndicatorPoint>();
            double weight = 1;
            while (r.NextProperty())
            {
                if (r.Is("id"u8))
                {
                    r.Enter("id", 1, ref seen);
                    id = r.GetString();
                }
                else if (r.Is("measure"u8))
                {
                    r.Enter("measure", 2, ref seen);
                    measure = ReadMeasureNumber(ref r);
                }
                else if (r.Is("name"u8))
                {
                    r.Enter("name", 4, ref seen);
                    name = r.GetText();
                }
                else if (r.Is("unit"u8))
                {
                    r.Enter("unit", 8, ref seen);
                    unit = r.GetString();
                }
                else if (r.Is("direction"u8))
                {
                    r.Enter("direction", 16, ref seen);
                    direction = r.GetEnum<IndicatorDirection>(JsonNames.Directions);
                }
                else if (r.Is("baseline"u8))
                {
                    r.Enter("baseline", 32, ref seen);
                    baseline = ReadPoint(ref r);
                }
                else if (r.Is("target"u8))
                {
                    r.Enter("target", 64, ref seen);
                    target = ReadPoint(ref r);
                }
                else if (r.Is("intermediateTargets"u8))
                {
                    r.Enter("intermediateTargets", 128, ref seen);
                    r.StartArray();
                    while (r.NextElement())
                    {
                        steps.Add(ReadPoint(ref r));
                    }
                }
                else if (r.Is("weight"u8))
                {
                    r.Enter("weight", 256, ref seen);
                    weight = r.GetDouble();
                }
                else
                {
                    throw r.Unknown();
                }

                r.Leave();
            }

            ReadOnlySpan<string> names = ["id", "measure", "name", "unit", "direction", "baseline", "target", "intermediateTargets", "weight"];
            if ((seen & 64) == 0)
            {
                throw r.Error($"An indicator has a target; '{id}' has none.", Rules.IndicatorHasTarget);
            }

            r.Require(seen, 1 | 2 | 4 | 8 | 16 | 32 | 64, names);
            indicators.Add(new Indicator(id!, new MeasureNumber(measure), name!, unit!, direction, baseline, target, ValueListMarshal.Copy(steps), weight));
        }
    }

    private static IndicatorPoint ReadPoint(ref DocumentReader r)
    {
        r.ExpectStartObject();
        int seen = 0;
        double value = 0;
        LocalDate date = default;
        while (r.NextProperty())
        {
            if (r.Is("value"u8))
            {
                r.Enter("value", 1, ref seen);
                value = r.GetDouble();
            }
            else if (r.Is("date"u8))
            {
                r.Enter("date", 2, ref seen);
                date = r.GetDate();
            }
            else
            {
                throw r.Unknown();
            }

            r.Leave();
        }

        r.Require(seen, 3, ["value", "date"]);
        return new IndicatorPoint(value, date);
    }

    private static void ReadObservations(ref DocumentReader r, List<Observation> observations)
    {
        r.StartArray();
        while (r.NextElement())
        {
            r.ExpectStartObject();
            int seen = 0;
            string? indicator = null;
            LocalDate date = default;
            double value = 0;
            while (r.NextProperty())
            {
                if (r.Is("indicator"u8))
                {
                    r.Enter("indicator", 1, ref seen);
                    indicator = r.GetString();
                }
                else if (r.Is("date"u8))
                {
                    r.Enter("date", 2, ref seen);
                    date = r.GetDate();
                }
                else if (r.Is("value"u8))
                {
                    r.Enter("value", 4, ref seen);
                    value = r.GetDouble();
                }
                else
                {
                    throw r.Unknown();
                }

                r.Leave();
            }

            r.Require(seen, 7, ["indicator", "date", "value"]);
            observations.Add(new Observation(indicator!, date, value));
        }
    }

    /// <summary>Reads the reports: the hot path of a ledger, so names are matched as UTF-8 and nothing but the report is made.</summary>
    private static void ReadReports(ref DocumentReader r, List<MeasureReport> reports)
    {
        ReadOnlySpan<string> names = ["measure", "date", "status", "progress", "health", "comment", "nextUpdateDue", "firstEffectsObserved"];
        r.StartArray();
        while (r.NextElement())
        {
            r.ExpectStartObject();
            int seen = 0, measure = 0;
            LocalDate date = default;
            LifecycleStatus status = default;
            Percentage? progress = null;
            var health = Health.NotAssessed;
            string? comment = null;
            LocalDate? next = null, effects = null;
            while (r.NextProperty())
            {
                if (r.Is("measure"u8))
                {
                    r.Enter("measure", 1, ref seen);
                    measure = ReadMeasureNumber(ref r);
                }
                else if (r.Is("date"u8))
                {
                    r.Enter("date", 2, ref seen);
                    date = r.GetDate();
                }
                else if (r.Is("status"u8))
                {
                    r.Enter("status", 4, ref seen);
                    status = r.GetEnum<LifecycleStatus>(JsonNames.Statuses);
                }
                else if (r.Is("progress"u8))
                {
                    r.Enter("progress", 8, ref seen);
                    progress = r.GetPercentage();
                }
                else if (r.Is("health"u8))
                {
                    r.Enter("health", 16, ref seen);
                    health = r.GetEnum<Health>(JsonNames.Healths);
                }
                else if (r.Is("comment"u8))
                {
                    r.Enter("comment", 32, ref seen);
                    comment = r.GetString();
                }
                else if (r.Is("nextUpdateDue"u8))
                {
                    r.Enter("nextUpdateDue", 64, ref seen);
                    next = r.GetDate();
                }
                else if (r.Is("firstEffectsObserved"u8))
                {
                    r.Enter("firstEffectsObserved", 128, ref seen);
                    effects = r.GetDate();
                }
                else
                {
                    throw r.Unknown();
                }

                r.Leave();
            }

            r.Require(seen, 7, names);
            reports.Add(new MeasureReport(new MeasureNumber(measure), date, status, progress, health, comment, next, effects));
        }
    }

    private static int ReadMeasureNumber(ref DocumentReader r)
    {
        var number = r.GetInt32();
        if (number < 1)
        {
            throw r.Error($"A measure number is 1 or more; got {number}.", Rules.MeasureNumberPositive);
        }

        return number;
    }

    /// <summary>The parts of one ledger as read, before the ledger rules are checked.</summary>
    private sealed class LedgerBody
    {
        internal const int TerritoryBit = 1;
        internal const int ReportsBit = 16;

        internal static readonly string[] Names = ["territory", "launchDate", "plans", "indicators", "reports", "observations"];

        internal int Seen;

        internal Territory? Territory { get; set; }

        internal LocalDate? LaunchDate { get; set; }

        internal List<MeasurePlan> Plans { get; } = [];

        internal List<Indicator> Indicators { get; } = [];

        internal List<MeasureReport> Reports { get; } = [];

        internal List<Observation> Observations { get; } = [];

        internal LedgerDraft ToDraft(Programme programme) => new()
        {
            Programme = programme,
            Territory = Territory,
            LaunchDate = LaunchDate,
            Plans = ValueListMarshal.Copy(Plans),
            Indicators = ValueListMarshal.Copy(Indicators),
            Reports = ValueListMarshal.Copy(Reports),
            Observations = ValueListMarshal.Copy(Observations),
        };
    }
}

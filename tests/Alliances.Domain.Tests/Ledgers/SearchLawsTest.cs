using Alliances.Domain.Progress;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Ledgers;

/// <summary>The as-of lookup: a search from a guess finds what a plain binary search finds, whatever the guess.</summary>
public class SearchLawsTest
{
    /// <summary>Days in ascending order, repeats allowed (a ledger keeps one report a day, comments may share one).</summary>
    private static Gen<int[]> Days =>
        Gen.ListOf(Gen.Choose(0, 40)).Select(steps =>
        {
            var days = new int[steps.Count];
            var day = 1000;
            for (var i = 0; i < days.Length; i++)
            {
                day += steps[i] % 5 == 0 ? 0 : steps[i];
                days[i] = day;
            }

            return days;
        });

    [Property(MaxTest = 1000)]
    public Property AGuessedSearch_FindsWhatAPlainSearchFinds() =>
        Prop.ForAll(Days.ToArbitrary(), Gen.Choose(900, 2200).ToArbitrary(), Gen.Choose(-3, 60).ToArbitrary(), (days, date, guess) =>
        {
            var entries = days.Select(d => new Dated(d)).ToArray();
            var plain = Search.LastOnOrBefore<Dated>(entries, date);
            return Search.LastOnOrBefore<Dated>(entries, date, guess) == plain
                && plain == Array.FindLastIndex(days, d => d <= date);
        });

    [Fact]
    public void AGuessedSearch_OnTheRightEntry_FindsIt()
    {
        Dated[] entries = [new(10), new(20), new(30), new(40)];

        Search.LastOnOrBefore<Dated>(entries, 25, 1).Should().Be(1);
        Search.LastOnOrBefore<Dated>(entries, 45, 3).Should().Be(3);
        Search.LastOnOrBefore<Dated>(entries, 35, 1).Should().Be(2);
        Search.LastOnOrBefore<Dated>(entries, 5, 2).Should().Be(-1);
        Search.LastOnOrBefore<Dated>([], 5, 0).Should().Be(-1);
    }

    private readonly record struct Dated(int Date) : IDatedEntry;
}

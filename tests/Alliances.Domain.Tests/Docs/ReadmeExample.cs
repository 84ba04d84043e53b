using Alliances.Domain.Catalogue;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Tests.Docs;

/// <summary>The C# example of README.md, compiled and run by <see cref="ReadmeTest"/>.</summary>
internal static class ReadmeExample
{
    public static void Run()
    {
        // begin-snippet
        Programme programme = Odd17.Programme;

        foreach (var measure in programme.MeasuresIn(DimensionKind.Operational))
        {
            Console.WriteLine($"{measure.Number}. {measure.Title.Get(Language.English)}");
        }

        var visit = programme.Milestones[3];
        Console.WriteLine(visit.Date.ToNaturalText(Language.French));    // fin août 2020 (date à définir)
        Console.WriteLine(visit.Date.PossibleDays);                      // [2020-08-21, 2020-08-31]

        // The same model holds any programme of this shape: here, one launched a year later.
        var later = Programme.Create(programme.ToDraft() with { LaunchDate = new LocalDate(2021, 5, 7) });
        Console.WriteLine(LocalDatePattern.Iso.Format(later.LaunchDate));  // 2021-05-07
        // end-snippet
    }
}

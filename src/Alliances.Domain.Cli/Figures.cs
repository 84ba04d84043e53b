using Alliances.Domain.Progress;

namespace Alliances.Domain.Cli;

/// <summary>
/// How the command line writes a figure, the same in every rendering: through the library's natural-text formatters,
/// in each language's typography (<c>29,4 %</c> / <c>29.4%</c>), with a dash for a figure that is not known.
/// </summary>
internal static class Figures
{
    /// <summary>The cells of a text bar.</summary>
    internal const int BarWidth = 20;

    /// <summary>Writes a percentage, with one decimal unless told otherwise, or a dash.</summary>
    internal static string Percent(Percentage? value, Language language, int decimals = 1) =>
        value is { } p ? NaturalText.Percentage(p, language, decimals) : "—";

    /// <summary>Writes a variance in points with one decimal, or a dash.</summary>
    internal static string Points(double? value, Language language) =>
        value is { } v ? NaturalText.Points(v, language) : "—";

    /// <summary>Writes a day as people read it: <c>1er mars 2021</c> / <c>1 March 2021</c>.</summary>
    internal static string Day(NodaTime.LocalDate day, Language language) => NaturalText.Day(day, language);

    /// <summary>Writes a forecast's date, or a dash when there is none to give.</summary>
    internal static string Forecast(CompletionForecast forecast, Language language) => forecast.Outcome switch
    {
        ForecastOutcome.Forecast or ForecastOutcome.Overdue or ForecastOutcome.AlreadyComplete => Day(forecast.Date!.Value, language),
        _ => "—",
    };

    /// <summary>Names an actor: a world by its name in the language (<c>entreprises</c>), any other as it names itself.</summary>
    internal static string Actor(Actor actor, Language language) =>
        actor is WorldActor world ? world.World.Name.Get(language) : actor.ToString() ?? string.Empty;

    /// <summary>How many cells of <paramref name="width"/> a percentage fills (rule PRO017's rounding).</summary>
    internal static int Filled(Percentage value, int width) => (int)NaturalText.Round(value.Points * width / 100, 0);

    /// <summary>A bar of 20 cells and the percentage, or the word for unknown.</summary>
    internal static string Bar(Percentage? value, Language language)
    {
        if (value is not { } p)
        {
            return new string('·', BarWidth) + " " + Words.Unknown.Get(language).PadLeft(7);
        }

        var filled = Filled(p, BarWidth);
        return new string('█', filled) + new string('░', BarWidth - filled) + " " + Percent(p, language).PadLeft(7);
    }

    /// <summary>Pads a text to a width, or follows it with one space when it is as wide or wider.</summary>
    internal static string Pad(string text, int width) => text.Length >= width ? text + " " : text.PadRight(width);

    /// <summary>Shortens a text to a width, with an ellipsis.</summary>
    internal static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    /// <summary>Writes a heading underlined with dashes.</summary>
    internal static void Heading(TextWriter output, string heading)
    {
        output.WriteLine(heading);
        output.WriteLine(new string('-', heading.Length));
    }
}

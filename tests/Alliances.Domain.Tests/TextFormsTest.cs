using System.Globalization;
using NodaTime;

namespace Alliances.Domain.Tests;

/// <summary>
/// The values with a text form work in code that knows them only through the BCL interfaces, the way a web framework
/// writes a route value into a link and binds it back from a request.
/// </summary>
public class TextFormsTest
{
    [Fact]
    public void Echo_EveryTypeWithATextForm_GivesTheValueBack()
    {
        Echo(new MeasureNumber(9)).Should().Be(new MeasureNumber(9));
        Echo(new Percentage(12.5)).Should().Be(new Percentage(12.5));
        Echo(new ProgrammeId("odd17-2020")).Should().Be(new ProgrammeId("odd17-2020"));
        Echo(new EffectHorizon(3, 9)).Should().Be(new EffectHorizon(3, 9));
        Echo<ImpreciseDate>(ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Early, isToBeConfirmed: true))
            .Should().Be(ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Early, isToBeConfirmed: true));
    }

    [Fact]
    public void Print_EveryTypeWithATextForm_WritesItsTextForm()
    {
        Print(new MeasureNumber(9)).Should().Be("9");
        Print(new Percentage(81)).Should().Be("81%");
        Print(new ProgrammeId("odd17-2020")).Should().Be("odd17-2020");
        Print(new EffectHorizon(3, 9)).Should().Be("3..9");
        Print(ImpreciseDate.InMonth(new YearMonth(2020, 6), isToBeConfirmed: true)).Should().Be("2020-06?");
    }

    [Fact]
    public void Bind_EveryTypeWithATextForm_ReadsWhatARouteHolds()
    {
        Bind<MeasureNumber>("9").Should().Be(new MeasureNumber(9));
        Bind<Percentage>("81").Should().Be(new Percentage(81));
        Bind<ProgrammeId>("odd17-2020").Should().Be(new ProgrammeId("odd17-2020"));
        Bind<EffectHorizon>("3..9").Should().Be(new EffectHorizon(3, 9));
        Bind<ImpreciseDate>("2022?").Should().Be(ImpreciseDate.InYear(2022, isToBeConfirmed: true));
    }

    [Fact]
    public void Bind_Malformed_FailsWithoutThrowing()
    {
        Bind<MeasureNumber>("0").Should().BeNull();
        Bind<Percentage>("101%").Should().BeNull();
        Bind<ProgrammeId>("ODD17").Should().BeNull();
        Bind<EffectHorizon>("9..3").Should().BeNull();
        Bind<ImpreciseDate>("early June 2020").Should().BeNull();
        Bind<ImpreciseDate>(null).Should().BeNull();
    }

    /// <summary>Writes a value into a buffer and parses it back, knowing only that it is parsable and span-formattable.</summary>
    private static T Echo<T>(T value)
        where T : IParsable<T>, ISpanFormattable
    {
        Span<char> buffer = stackalloc char[128];
        if (!value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"{typeof(T).Name} did not fit in 128 characters.");
        }

        return T.Parse(buffer[..written].ToString(), CultureInfo.InvariantCulture);
    }

    /// <summary>Writes a value as composite formatting and link generation do.</summary>
    private static string Print<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Binds a text as a web framework binds a route or query value: TryParse, and no value when it fails.</summary>
    private static object? Bind<T>(string? text)
        where T : IParsable<T> => T.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : null;
}

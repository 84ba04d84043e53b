using System.Globalization;
using System.Text;
using Alliances.Domain.Testing;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Alliances.Domain.Tests.Dates;

/// <summary>
/// The text form of an imprecise date, EDTF as <see cref="ImpreciseDate.ToEdtf"/> writes it: parsing and formatting
/// through the BCL interfaces.
/// </summary>
public class ImpreciseDateTextFormTest
{
    private static readonly LocalDate FirstDay = new(1, 1, 1);
    private static readonly LocalDate LastDay = new(9999, 12, 31);

    private static Gen<LocalDate> Days => Gen.Choose(0, Period.DaysBetween(FirstDay, LastDay)).Select(FirstDay.PlusDays);

    /// <summary>Dates of every case over years 1 to 9999, with spans that cover exactly a part of a month among them.</summary>
    private static Gen<ImpreciseDate> Dates =>
        from kind in Gen.Choose(0, 5)
        from day in Days
        from length in Gen.OneOf(Gen.Choose(1, 3), Gen.Choose(1, 800))
        from part in Gen.Elements(MonthPart.Early, MonthPart.Mid, MonthPart.Late)
        from tbc in Gen.Elements(true, false)
        select kind switch
        {
            0 => (ImpreciseDate)ImpreciseDate.On(day, tbc),
            1 => day.PlusDays(length) <= LastDay ? ImpreciseDate.Between(day, day.PlusDays(length), tbc) : ImpreciseDate.Between(LastDay.PlusDays(-length), LastDay, tbc),
            2 => ImpreciseDate.InPartOf(day.ToYearMonth(), part, tbc),
            3 => ImpreciseDate.InMonth(day.ToYearMonth(), tbc),
            4 => ImpreciseDate.InYear(day.Year, tbc),
            _ => CoveringSpan(ImpreciseDate.InPartOf(day.ToYearMonth(), part), tbc),
        };

    public static TheoryData<string, ImpreciseDate> Texts => new()
    {
        { "2020-05-07", ImpreciseDate.On(new LocalDate(2020, 5, 7)) },
        { "2020-05-07?", ImpreciseDate.On(new LocalDate(2020, 5, 7), isToBeConfirmed: true) },
        { "2020-09-03/2020-09-04", ImpreciseDate.Between(new LocalDate(2020, 9, 3), new LocalDate(2020, 9, 4)) },
        { "2020-09-03?/2020-09-04?", ImpreciseDate.Between(new LocalDate(2020, 9, 3), new LocalDate(2020, 9, 4), isToBeConfirmed: true) },
        { "2020-12-31/2021-01-01", ImpreciseDate.Between(new LocalDate(2020, 12, 31), new LocalDate(2021, 1, 1)) },
        { "2020-06-01/2020-06-10", ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Early) },
        { "2020-06-11/2020-06-20", ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Mid) },
        { "2020-06-21?/2020-06-30?", ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Late, isToBeConfirmed: true) },
        { "2020-02-21/2020-02-29", ImpreciseDate.InPartOf(new YearMonth(2020, 2), MonthPart.Late) },
        { "2021-02-21/2021-02-28", ImpreciseDate.InPartOf(new YearMonth(2021, 2), MonthPart.Late) },
        { "2020-06-21/2020-06-29", ImpreciseDate.Between(new LocalDate(2020, 6, 21), new LocalDate(2020, 6, 29)) },
        { "2020-06-01/2020-06-11", ImpreciseDate.Between(new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 11)) },
        { "2020-06-01/2020-06-30", ImpreciseDate.Between(new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30)) },
        { "2020-06", ImpreciseDate.InMonth(new YearMonth(2020, 6)) },
        { "2020-06?", ImpreciseDate.InMonth(new YearMonth(2020, 6), isToBeConfirmed: true) },
        { "2022", ImpreciseDate.InYear(2022) },
        { "2022?", ImpreciseDate.InYear(2022, isToBeConfirmed: true) },
        { "0001-01-01", ImpreciseDate.On(new LocalDate(1, 1, 1)) },
        { "9999-12-31?", ImpreciseDate.On(new LocalDate(9999, 12, 31), isToBeConfirmed: true) },
        { "0001", ImpreciseDate.InYear(1) },
        { "9999", ImpreciseDate.InYear(9999) },
        { "0001-01", ImpreciseDate.InMonth(new YearMonth(1, 1)) },
        { "9999-12-21/9999-12-31", ImpreciseDate.InPartOf(new YearMonth(9999, 12), MonthPart.Late) },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Parse_WhatToEdtfWrites_IsTheDate(string text, ImpreciseDate expected)
    {
        ImpreciseDate.Parse(text, CultureInfo.GetCultureInfo("fr-FR")).Should().Be(expected);
        ImpreciseDate.Parse(text.AsSpan(), null).Should().Be(expected);
        ImpreciseDate.TryParse(text, null, out var tried).Should().BeTrue();
        tried.Should().Be(expected);
        expected.ToEdtf().Should().Be(text);
    }

    [Fact]
    public void Parse_SpanCoveringAPartOfAMonth_ReadsBackAsThatPart()
    {
        var span = ImpreciseDate.Between(new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 10), isToBeConfirmed: true);

        var read = ImpreciseDate.Parse(span.ToEdtf(), null);

        read.Should().Be(ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Early, isToBeConfirmed: true));
        (read.PossibleDays == span.PossibleDays).Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("?")]
    [InlineData("??")]
    [InlineData("2020??")]
    [InlineData("2020-06-01/2020-06-10?")]
    [InlineData("2020-06-01?/2020-06-10")]
    [InlineData("2020-06~")]
    [InlineData("2020-06%")]
    [InlineData("2020-06?~")]
    [InlineData("2020-06-01/..")]
    [InlineData("../2020-06-01")]
    [InlineData("2020-06-01/")]
    [InlineData("/2020-06-01")]
    [InlineData("/")]
    [InlineData("2020-06/2020-07")]
    [InlineData("2020/2021")]
    [InlineData("2020-06-01/2020-06-10/2020-06-20")]
    [InlineData("2020-06-01//2020-06-10")]
    [InlineData("2020-13")]
    [InlineData("2020-00")]
    [InlineData("2020-21")]
    [InlineData("2020-02-30")]
    [InlineData("2021-02-29")]
    [InlineData("2020-6")]
    [InlineData("2020-06-1")]
    [InlineData("20200607")]
    [InlineData("202")]
    [InlineData("20200")]
    [InlineData("-2020")]
    [InlineData("+2020")]
    [InlineData("-001-01-01")]
    [InlineData("-0001-01-01")]
    [InlineData("Y12000")]
    [InlineData("2020-06-01T00:00")]
    [InlineData(" 2020")]
    [InlineData("2020 ")]
    [InlineData("2020\0")]
    [InlineData("２０２０")]
    [InlineData("２020-06-01")]
    [InlineData("early June 2020")]
    [InlineData("June 2020 (to be confirmed)")]
    [InlineData("2020-06-01 / 2020-06-10")]
    public void Parse_AnythingElse_ThrowsFormatExceptionNamingTheForm(string text)
    {
        FluentActions.Invoking(() => ImpreciseDate.Parse(text, null)).Should().Throw<FormatException>()
            .WithMessage("An imprecise date is written in EDTF as ToEdtf writes it: a day such as '2020-05-07', a month '2020-06', a year '2022' or a span of days '2020-09-03/2020-09-04', with '?' after each date still to be confirmed; got '*'.");
        FluentActions.Invoking(() => ImpreciseDate.Parse(text.AsSpan(), null)).Should().Throw<FormatException>();
        ImpreciseDate.TryParse(text, null, out var result).Should().BeFalse();
        result.Should().BeNull();
        ImpreciseDate.TryParse(text.AsSpan(), null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("0000?")]
    [InlineData("0000-12")]
    [InlineData("0000-12-31")]
    [InlineData("0000-12-31/0001-01-01")]
    [InlineData("0000-06-01/0000-06-10")]
    public void Parse_YearZero_BreaksDAT002AsTheConstructorDoes(string text)
    {
        Expect.Violation(() => ImpreciseDate.Parse(text, null), Rules.YearInRange);
        ImpreciseDate.TryParse(text, null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("2020-09-04/2020-09-04")]
    [InlineData("2020-09-04/2020-09-03")]
    [InlineData("2020-09-04?/2020-09-03?")]
    public void Parse_IntervalNotEndingAfterItStarts_BreaksDAT001AsTheConstructorDoes(string text)
    {
        Expect.Violation(() => ImpreciseDate.Parse(text.AsSpan(), null), Rules.SpanOrdered);
        ImpreciseDate.TryParse(text, null, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_Null_ThrowsAndTryParseReturnsFalse()
    {
        FluentActions.Invoking(() => ImpreciseDate.Parse(null!, null)).Should().Throw<ArgumentNullException>();
        ImpreciseDate.TryParse(null, null, out _).Should().BeFalse();
    }

    [Fact]
    public void Format_DefaultFormat_IsEdtf_WhileToStringStaysNaturalEnglish()
    {
        var date = ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Early, isToBeConfirmed: true);
        var bytes = new byte[32];

        date.ToString(null, CultureInfo.GetCultureInfo("fr-FR")).Should().Be("2020-06-01?/2020-06-10?");
        date.ToString(string.Empty, null).Should().Be("2020-06-01?/2020-06-10?");
        $"/agenda/{date}".Should().Be("/agenda/2020-06-01?/2020-06-10?");
        date.TryFormat(bytes, out var written, default, null).Should().BeTrue();
        Encoding.UTF8.GetString(bytes, 0, written).Should().Be("2020-06-01?/2020-06-10?");
        date.ToString().Should().Be("early June 2020 (to be confirmed)");
    }

    [Theory]
    [InlineData("G")]
    [InlineData("E")]
    [InlineData("en")]
    public void Format_UnknownFormat_ThrowsFormatException(string format)
    {
        var date = ImpreciseDate.InYear(2022);

        FluentActions.Invoking(() => date.ToString(format, null)).Should().Throw<FormatException>();
        FluentActions.Invoking(() => date.TryFormat(new char[32], out _, format, null)).Should().Throw<FormatException>();
        FluentActions.Invoking(() => date.TryFormat(new byte[32], out _, format, null)).Should().Throw<FormatException>();
    }

    [Property(MaxTest = 500)]
    public Property Format_ThenParse_IsTheDate_ThroughStringSpanAndUtf8() =>
        Prop.ForAll(Dates.ToArbitrary(), date => TextFormLaws.RoundTrips(date, ReadBackAs(date)));

    [Property]
    public Property Format_ThenParse_IsTheDate_ForTheTestingPackagesDates() =>
        Prop.ForAll(AlliancesGenerators.ImpreciseDates.ToArbitrary(), date => TextFormLaws.RoundTrips(date, ReadBackAs(date)));

    [Property(MaxTest = 500)]
    public Property Parse_OfToEdtf_WritesTheSameText() =>
        Prop.ForAll(Dates.ToArbitrary(), date => ImpreciseDate.Parse(date.ToEdtf(), null).ToEdtf() == date.ToEdtf());

    [Property]
    public Property Format_IsToEdtf() =>
        Prop.ForAll(Dates.ToArbitrary(), date => date.ToString(null, null) == date.ToEdtf());

    [Property]
    public Property Format_ToAShortDestination_WritesNothing() =>
        Prop.ForAll(Dates.ToArbitrary(), TextFormLaws.ReportsShortDestinations);

    [Property(MaxTest = 2000)]
    public Property TryParse_AnyText_NeverThrowsAndAgreesWithParse() =>
        Prop.ForAll(TextFormLaws.Texts(Dates.Select(d => d.ToEdtf())), TextFormLaws.TryParseAgreesWithParse<ImpreciseDate>);

    /// <summary>
    /// What a date reads back as: itself, except a span whose days are exactly those of a part of a month, which EDTF
    /// writes as that part writes itself.
    /// </summary>
    private static ImpreciseDate ReadBackAs(ImpreciseDate date)
    {
        if (date is not DaySpan span || span.First.ToYearMonth() != span.Last.ToYearMonth())
        {
            return date;
        }

        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(span.First.Year, span.First.Month);
        MonthPart? part = (span.First.Day, span.Last.Day) switch
        {
            (1, 10) => MonthPart.Early,
            (11, 20) => MonthPart.Mid,
            (21, var last) when last == daysInMonth => MonthPart.Late,
            _ => null,
        };
        return part is { } covered ? ImpreciseDate.InPartOf(span.First.ToYearMonth(), covered, span.IsToBeConfirmed) : date;
    }

    private static DaySpan CoveringSpan(ImpreciseDate part, bool isToBeConfirmed) => ImpreciseDate.Between(part.Earliest, part.Latest, isToBeConfirmed);
}

using System.Reflection;
using System.Reflection.Emit;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using Alliances.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Alliances.Domain.Tests.Dates;

public class ImpreciseDateTest
{
    public static TheoryData<ImpreciseDate, string, string> NaturalTexts => new()
    {
        { ImpreciseDate.On(new LocalDate(2020, 5, 7)), "7 May 2020", "7 mai 2020" },
        { ImpreciseDate.On(new LocalDate(2020, 6, 1)), "1 June 2020", "1er juin 2020" },
        { ImpreciseDate.On(new LocalDate(2020, 7, 8), isToBeConfirmed: true), "8 July 2020 (to be confirmed)", "8 juillet 2020 (date à définir)" },
        { ImpreciseDate.Between(new LocalDate(2020, 9, 3), new LocalDate(2020, 9, 4)), "3–4 September 2020", "3–4 septembre 2020" },
        { ImpreciseDate.Between(new LocalDate(2020, 9, 30), new LocalDate(2020, 10, 2)), "30 September – 2 October 2020", "30 septembre – 2 octobre 2020" },
        { ImpreciseDate.Between(new LocalDate(2020, 12, 31), new LocalDate(2021, 1, 1)), "31 December 2020 – 1 January 2021", "31 décembre 2020 – 1er janvier 2021" },
        { ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Early, isToBeConfirmed: true), "early June 2020 (to be confirmed)", "début juin 2020 (date à définir)" },
        { ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Mid), "mid-June 2020", "mi-juin 2020" },
        { ImpreciseDate.InPartOf(new YearMonth(2020, 8), MonthPart.Late, isToBeConfirmed: true), "late August 2020 (to be confirmed)", "fin août 2020 (date à définir)" },
        { ImpreciseDate.InMonth(new YearMonth(2019, 10)), "October 2019", "octobre 2019" },
        { ImpreciseDate.InYear(2022), "2022", "2022" },
        { ImpreciseDate.InYear(2022, isToBeConfirmed: true), "2022 (to be confirmed)", "2022 (date à définir)" },
    };

    [Theory]
    [MemberData(nameof(NaturalTexts))]
    public void ToNaturalText_WritesTheDateAsPeopleDo(ImpreciseDate date, string english, string french)
    {
        date.ToNaturalText(Language.English).Should().Be(english);
        date.ToNaturalText(Language.French).Should().Be(french);
        date.ToString().Should().Be(english);
    }

    [Fact]
    public void Equality_ComparesCaseFieldsAndConfirmation()
    {
        ImpreciseDate.On(new LocalDate(2020, 5, 7)).Should().Be(new ExactDay(new LocalDate(2020, 5, 7)));
        ImpreciseDate.On(new LocalDate(2020, 5, 7)).Should().NotBe(ImpreciseDate.On(new LocalDate(2020, 5, 7), isToBeConfirmed: true));
        ((ImpreciseDate)ImpreciseDate.InMonth(new YearMonth(2020, 6)))
            .Should().NotBe(ImpreciseDate.Between(new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30)));
    }

    [Fact]
    public void Cases_AreClosedToOtherAssemblies()
    {
        // A sixth case, in an assembly of its own, that reaches all another assembly can: the protected copy
        // constructor every record has, and every abstract member it can see.
        var module = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("SixthCase"), AssemblyBuilderAccess.Run).DefineDynamicModule("SixthCase");
        var sixth = module.DefineType("SixthCase", TypeAttributes.Public | TypeAttributes.Sealed, typeof(ImpreciseDate));
        var copy = typeof(ImpreciseDate).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Single(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly);
        var constructor = sixth.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, [typeof(ImpreciseDate)]).GetILGenerator();
        constructor.Emit(OpCodes.Ldarg_0);
        constructor.Emit(OpCodes.Ldarg_1);
        constructor.Emit(OpCodes.Call, copy);
        constructor.Emit(OpCodes.Ret);
        var visible = typeof(ImpreciseDate).GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(m => m.IsAbstract && (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly));
        foreach (var method in visible)
        {
            var access = method.IsPublic ? MethodAttributes.Public : MethodAttributes.Family;
            var body = sixth.DefineMethod(method.Name, access | MethodAttributes.Virtual | MethodAttributes.HideBySig, method.ReturnType, [.. method.GetParameters().Select(p => p.ParameterType)]);
            var il = body.GetILGenerator();
            var result = il.DeclareLocal(method.ReturnType);
            il.Emit(OpCodes.Ldloca_S, result);
            il.Emit(OpCodes.Initobj, method.ReturnType);
            il.Emit(OpCodes.Ldloc, result);
            il.Emit(OpCodes.Ret);
            sixth.DefineMethodOverride(body, method);
        }

        var load = () => Activator.CreateInstance(sixth.CreateType(), ImpreciseDate.InYear(2020));

        load.Should().Throw<TypeLoadException>().WithMessage("*NaturalText*does not have an implementation*");
    }

    [Fact]
    public void Constructor_NonIsoCalendar_BreaksDAT003()
    {
        var julian = new LocalDate(2020, 5, 7, CalendarSystem.Julian);

        Expect.Violation(() => ImpreciseDate.On(julian), Rules.IsoCalendar);
        Expect.Violation(() => ImpreciseDate.InMonth(new YearMonth(2020, 5, CalendarSystem.Julian)), Rules.IsoCalendar);
    }

    [Fact]
    public void Constructor_YearZeroOrBefore_BreaksDAT002()
    {
        Expect.Violation(() => ImpreciseDate.On(new LocalDate(0, 12, 31)), Rules.YearInRange);
        Expect.Violation(() => ImpreciseDate.InMonth(new YearMonth(0, 12)), Rules.YearInRange);
        ImpreciseDate.On(new LocalDate(1, 1, 1)).Earliest.Year.Should().Be(1);
    }

    /// <summary>
    /// Each case spans the days its precision allows (DAT001, DAT004): one day, two or more, a third of a month, a whole
    /// month, a whole year. That its earliest day is not after its latest, the types already hold.
    /// </summary>
    [Property]
    public Property EveryDate_SpansTheDaysItsPrecisionAllows() =>
        Prop.ForAll(AlliancesGenerators.ImpreciseDates.ToArbitrary(), d => d.Precision switch
        {
            DatePrecision.Day => d.PossibleDays.Length == 1,
            DatePrecision.DaySpan => d.PossibleDays.Length >= 2,
            DatePrecision.PartOfMonth => d.Earliest.Day is 1 or 11 or 21
                && d.Latest.Day == (d.Earliest.Day == 21 ? CalendarSystem.Iso.GetDaysInMonth(d.Earliest.Year, d.Earliest.Month) : d.Earliest.Day + 9)
                && d.Latest.ToYearMonth() == d.Earliest.ToYearMonth(),
            DatePrecision.Month => d.Earliest.Day == 1 && d.Latest == d.Earliest.PlusMonths(1).PlusDays(-1),
            DatePrecision.Year => d.Earliest == new LocalDate(d.Earliest.Year, 1, 1) && d.Latest == new LocalDate(d.Earliest.Year, 12, 31),
            _ => false,
        });
}

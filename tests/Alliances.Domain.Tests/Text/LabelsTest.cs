using System.Reflection;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;

namespace Alliances.Domain.Tests.Text;

/// <summary>Every public enum of the library has a French and an English label, from one table.</summary>
public class LabelsTest
{
    private static readonly MethodInfo Of = typeof(Labels).GetMethod(nameof(Labels.Of))!;

    public static TheoryData<Type> PublicEnums
    {
        get
        {
            var data = new TheoryData<Type>();
            foreach (var type in typeof(Labels).Assembly.GetExportedTypes().Where(t => t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                data.Add(type);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void EveryValue_HasTwoLabels_LowercaseOrAName_DistinctWithinItsEnum(Type type)
    {
        var labels = Enum.GetValues(type).Cast<Enum>().Select(value => (LocalizedText)Of.MakeGenericMethod(type).Invoke(null, [value])!).ToList();

        labels.Should().OnlyContain(l => l.English != null && l.French.Trim().Length > 0 && l.English.Trim().Length > 0);
        labels.Select(l => l.French).Should().OnlyHaveUniqueItems();
        labels.Select(l => l.English).Should().OnlyHaveUniqueItems();
        if (type != typeof(Language))
        {
            labels.Should().OnlyContain(l => char.IsLower(l.French[0]) && char.IsLower(l.English![0]), "labels are read inside a sentence");
        }
    }

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void EveryEnum_HasADisplayNameExtension_ThatReadsTheTable(Type type)
    {
        var extension = typeof(Labels).GetMethod(nameof(Labels.DisplayName), [type]);

        extension.Should().NotBeNull($"{type.Name} has its DisplayName()");
        foreach (var value in Enum.GetValues(type))
        {
            extension!.Invoke(null, [value]).Should().Be(Of.MakeGenericMethod(type).Invoke(null, [value]));
        }
    }

    [Fact]
    public void Labels_ReadAsTheProgrammeAndTheToolWriteThem()
    {
        LifecycleStatus.InProgress.DisplayName().Should().Be(new LocalizedText("en cours", "in progress"));
        ScheduleStatus.OnTime.DisplayName().Should().Be(new LocalizedText("dans les temps", "on time"));
        MilestoneKind.DigitalEvent.DisplayName().Should().Be(new LocalizedText("événement numérique", "digital event"));
        DimensionKind.Operational.DisplayName().French.Should().Be("opérationnelle");
        CommitmentRole.Lead.DisplayName().Get(Language.French).Should().Be("pilote");
        Labels.Of(Health.AtRisk).English.Should().Be("at risk");
    }

    [Fact]
    public void AValueOutsideTheTable_IsRefused()
    {
        FluentActions.Invoking(() => Labels.Of((LifecycleStatus)42)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Labels are given for the defined values of the library's enums; LifecycleStatus 42 is not one.*");
        FluentActions.Invoking(() => Labels.Of(DayOfWeek.Monday)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ((MilestoneTiming)(-1)).DisplayName()).Should().Throw<ArgumentOutOfRangeException>();
    }
}

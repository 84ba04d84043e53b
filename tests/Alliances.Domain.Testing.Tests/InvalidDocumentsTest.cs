using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Testing.Tests;

/// <summary>Each almost-valid document breaks exactly its rule, and no other.</summary>
public class InvalidDocumentsTest
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var code in InvalidDocuments.CoveredRules)
        {
            foreach (var seed in new[] { 0, 1, 2, 3, 7, 42 })
            {
                data.Add(code, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Document_BreaksExactlyItsRule(string code, int seed)
    {
        var document = InvalidDocuments.For(code, seed);

        document.RuleCode.Should().Be(code);
        RuleAssert.BreaksOnlyItsRule(document);
    }

    [Property(MaxTest = 300)]
    public Property AnyGeneratedDocument_BreaksExactlyItsRule() =>
        Prop.ForAll(InvalidDocuments.Generator.ToArbitrary(), document =>
        {
            RuleAssert.BreaksOnlyItsRule(document);
            return true;
        });

    [Fact]
    public void EveryConstraint_HasACaseOrIsDeclaredNotExpressible()
    {
        var constraints = Rules.All.Where(r => r.Kind == RuleKind.Constraint).Select(r => r.Code);
        var accounted = InvalidDocuments.CoveredRules.Concat(InvalidDocuments.NotExpressible.Select(n => n.Code));

        accounted.Should().BeEquivalentTo(constraints);
        InvalidDocuments.CoveredRules.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void All_GivesOneDocumentPerCoveredRule() =>
        InvalidDocuments.All().Select(d => d.RuleCode).Should().Equal(InvalidDocuments.CoveredRules);

    [Fact]
    public void For_ARuleNoDocumentCanBreak_Throws() =>
        FluentActions.Invoking(() => InvalidDocuments.For("DAT003")).Should().Throw<KeyNotFoundException>();
}

using System.Reflection;
using System.Text.RegularExpressions;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests.Validation;

public partial class RulesTest
{
    [Fact]
    public void All_ListsEveryRuleProperty()
    {
        var declared = typeof(Rules).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Rule))
            .Select(p => (Rule)p.GetValue(null)!);

        Rules.All.Should().BeEquivalentTo(declared);
    }

    [Fact]
    public void All_IsOrderedByCode() =>
        Rules.All.Select(r => r.Code).Should().BeInAscendingOrder(StringComparer.Ordinal);

    [Fact]
    public void Codes_AreUniqueAndWellFormed()
    {
        Rules.All.Select(r => r.Code).Should().OnlyHaveUniqueItems();
        Rules.All.Should().OnlyContain(r => CodePattern().IsMatch(r.Code));
    }

    [Fact]
    public void Statements_AreOneSentence() =>
        Rules.All.Should().OnlyContain(r => r.Statement.EndsWith('.') && char.IsUpper(r.Statement[0]));

    [Fact]
    public void EveryRule_IsStatedInFrenchToo_AsOneSentenceInFrenchTypography()
    {
        foreach (var rule in Rules.All)
        {
            var french = rule.StatementIn(Language.French);
            french.Should().NotBe(rule.Statement, $"{rule.Code} has its own French sentence");
            rule.StatementIn(Language.English).Should().Be(rule.Statement);
            rule.Text.French.Should().Be(french);
            french.Should().EndWith(".", rule.Code).And.NotContain("'", $"{rule.Code}: French writes the apostrophe ’")
                .And.NotContain(" ;", $"{rule.Code}: a narrow no-break space comes before a semicolon").And.NotContain(" :", $"{rule.Code}: a no-break space comes before a colon")
                .And.NotContain(" %", $"{rule.Code}: a narrow no-break space comes before the percent sign").And.NotContain("\"");
            CitedCodes().Matches(french).Select(m => m.Value).Should().Equal(CitedCodes().Matches(rule.Statement).Select(m => m.Value), $"{rule.Code} cites the same rules in both languages");
        }
    }

    [Fact]
    public void TryFind_FindsByCode()
    {
        Rules.TryFind("PRG004", out var rule).Should().BeTrue();
        rule.Should().Be(Rules.MeasureNumbersUnique);
        Rules.TryFind("XXX999", out _).Should().BeFalse();
        Rules.TryFind(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Rule_EqualityAndOrderingFollowTheCode()
    {
        (Rules.TextRequired == Rules.All.Single(r => r.Code == "TXT001")).Should().BeTrue();
        (Rules.MeasureNumbersUnique < Rules.MeasureNumbersContiguous).Should().BeTrue();
        Rules.TextRequired.ToString().Should().Be("TXT001");
    }

    [Fact]
    public void EachRulesXmlSummary_IsItsCodeAndStatement()
    {
        var members = System.Xml.Linq.XDocument.Load(Path.ChangeExtension(typeof(Rules).Assembly.Location, ".xml")).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => m.Element("summary")?.Value.Trim());
        var rules = typeof(Rules).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(Rule)).ToList();

        rules.Should().NotBeEmpty();
        foreach (var property in rules)
        {
            var rule = (Rule)property.GetValue(null)!;
            members.GetValueOrDefault($"P:{typeof(Rules).FullName}.{property.Name}").Should().Be($"{rule.Code}: {rule.Statement}", $"the XML docs of {property.Name} state the rule as the code does");
        }
    }

    [Fact]
    public void Areas_AreTheSameInTheCodesTheXmlDocsAndTheRulesPage()
    {
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "rules.md"));
        var pageAreas = System.Text.RegularExpressions.Regex.Matches(page, @"^## .+? \(`([A-Z]{3})`\)$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToList();
        var docs = System.Xml.Linq.XDocument.Load(Path.ChangeExtension(typeof(Rules).Assembly.Location, ".xml"))
            .Descendants("member").Single(m => (string?)m.Attribute("name") == "T:" + typeof(Rules).FullName)
            .Element("remarks")!.Elements("c").Select(c => c.Value).Where(c => c.Length == 3 && c.All(char.IsAsciiLetterUpper)).ToList();
        var codes = Rules.All.Select(r => r.Code[..3]).Distinct().Order(StringComparer.Ordinal).ToList();

        docs.Should().Equal(pageAreas, "the XML docs of Rules list the areas of docs/rules.md, in its order");
        pageAreas.Order(StringComparer.Ordinal).Should().Equal(codes, "every area has rules and every rule an area");
    }

    [Fact]
    public void RulesPage_DocumentsEveryRuleAndNoOther()
    {
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "rules.md"));
        var documented = DocumentedCode().Matches(page).Select(m => m.Groups[1].Value).ToList();

        documented.Should().OnlyHaveUniqueItems();
        documented.Should().BeEquivalentTo(Rules.All.Select(r => r.Code));
    }

    [Fact]
    public void RulesPage_StatesEachRuleAsTheCodeDoes()
    {
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "rules.md"));

        foreach (var rule in Rules.All)
        {
            page.Should().Contain($"| `{rule.Code}` | {rule.Statement} |", $"docs/rules.md states {rule.Code} as the code does");
        }
    }

    [GeneratedRegex("[A-Z]{3}[0-9]{3}")]
    private static partial Regex CitedCodes();

    [GeneratedRegex("^[A-Z]{3}[0-9]{3}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^\| `([A-Z]{3}[0-9]{3})` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();
}

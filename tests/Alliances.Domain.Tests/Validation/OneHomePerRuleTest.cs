using System.Text.RegularExpressions;
using Alliances.Domain.Validation;
using FluentAssertions;
using Xunit;

namespace Alliances.Domain.Tests.Validation;

/// <summary>
/// Each rule is checked in one place: its code is named by one file of the library, outside the rule definitions, and
/// every other site calls that file's check. A second copy of a check, with its own message, fails here.
/// </summary>
public sealed partial class OneHomePerRuleTest
{
    /// <summary>
    /// JSN001 is the code of every shape that System.Text.Json or a converter refuses (a wrong token, a missing
    /// property, a string that is no valid text): one rule, "the document has the contract's shape", met wherever a
    /// value is read. It is the one rule named in more than one file.
    /// </summary>
    private static readonly HashSet<string> ReadWhereverAValueIsRead = [nameof(Rules.JsonShape)];

    private static readonly string Source = Path.Combine(AppContext.BaseDirectory, "source");

    [Fact]
    public void EveryRule_IsNamedByOneFileOfTheLibrary()
    {
        var homes = RuleNames()
            .Where(rule => !ReadWhereverAValueIsRead.Contains(rule))
            .ToDictionary(rule => rule, rule => FilesNaming(rule).ToList());

        homes.Where(h => h.Value.Count > 1).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}").Should().BeEmpty(
            "each rule's check and message live in one place, which every other site calls");
    }

    [Fact]
    public void TheSourcesAreThere() =>
        FilesNaming(nameof(Rules.LedgerMeasureKnown)).Should().Equal([Path.Combine("Ledgers", "LedgerRules.cs")], "the test reads the library's sources");

    private static IEnumerable<string> RuleNames() =>
        typeof(Rules).GetProperties().Where(p => p.PropertyType == typeof(Rule)).Select(p => p.Name);

    private static IEnumerable<string> FilesNaming(string rule) =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Source, file))
            .Where(file => !file.StartsWith(Path.Combine("Validation", "Rules"), StringComparison.Ordinal))
            .Where(file => RuleReference().Matches(File.ReadAllText(Path.Combine(Source, file))).Any(m => m.Groups[1].Value == rule))
            .Order(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\w.])Rules\.(\w+)")]
    private static partial Regex RuleReference();
}

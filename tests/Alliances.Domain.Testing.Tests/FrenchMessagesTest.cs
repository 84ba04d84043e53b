using System.Text.RegularExpressions;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Testing.Tests;

/// <summary>
/// Every rule a document can break says what is wrong in French as well as in English, with the same code and path,
/// and each language keeps its own typography.
/// </summary>
public partial class FrenchMessagesTest
{
    public static TheoryData<string> Codes() => [.. InvalidDocuments.CoveredRules];

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryBrokenRule_SaysWhatIsWrongInFrench(string code)
    {
        foreach (var seed in new[] { 0, 1, 2 })
        {
            var document = InvalidDocuments.For(code, seed);
            var result = document.Kind == DocumentKind.Programme ? ProgrammeJson.Validate(document.Json) : LedgerJson.Validate(document.Json);

            result.Violations.Should().NotBeEmpty();
            foreach (var violation in result.Violations)
            {
                var french = violation.MessageIn(Language.French);
                var english = violation.MessageIn(Language.English);
                french.Should().NotBe(english, "{0} has a French message of its own", violation);
                french.Length.Should().BeGreaterThan(english.Length / 2, "the French message of {0} says as much as the English one: {1}", violation.Code, french);
                EnglishWords().IsMatch(french).Should().BeFalse("the French message of {0} is French: {1}", violation.Code, french);
                french.Should().NotContainAny([" ;", " :", " %"], "French puts a no-break space before ; : and %");
                english.Should().NotContainAny(["\u202F", "\u00A0"], "English puts no space before ; and :");
                violation.ToString(Language.French).Should().Be($"{violation.Path}: {violation.Code} {french}");
            }
        }
    }

    [GeneratedRegex(@"\b(got|is|the|of|has|and|expected|missing)\b")]
    private static partial Regex EnglishWords();
}

using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Tests.Polling;

public class OpinionPollTest
{
    private static PollAnswer Answer(string label, double share, params PollAnswer[] nested) =>
        new(new LocalizedText(label), new Percentage(share), [.. nested]);

    private static OpinionPoll Poll(params PollAnswer[] answers) => new(
        [new Organisation("OpinionWay")],
        new Organisation("Observatoire des partenariats"),
        new LocalDate(2020, 5, 7),
        new LocalizedText("les Français"),
        new LocalizedText("Utile ?"),
        [.. answers]);

    [Fact]
    public void Constructor_SharesAddingUpTo100_IsValid() =>
        Poll(Answer("oui", 81, Answer("incontournable", 29)), Answer("non", 19)).Answers.Should().HaveCount(2);

    [Fact]
    public void Constructor_SharesWithDecimals_AddUpExactly() =>
        Poll(Answer("a", 33.3), Answer("b", 33.3), Answer("c", 33.4)).Answers.Should().HaveCount(3);

    [Theory]
    [InlineData(99.999)]
    [InlineData(100.001)]
    public void Constructor_SharesJustOff100_BreaksPOL002(double first) =>
        Expect.Violation(() => Poll(Answer("a", first / 2), Answer("b", first / 2)), Rules.PollSharesSumToHundred);

    [Fact]
    public void Constructor_NoAnswer_BreaksPOL001() => Expect.Violation(() => Poll(), Rules.PollNotEmpty);

    [Fact]
    public void Constructor_NoPollster_BreaksPOL001() =>
        Expect.Violation(
            () => _ = new OpinionPoll([], new Organisation("x"), new LocalDate(2020, 5, 7), new LocalizedText("x"), new LocalizedText("x"), [Answer("a", 100)]),
            Rules.PollNotEmpty);

    [Fact]
    public void Answer_NestedEqualToParent_IsTheLastValidValue() =>
        Answer("utile", 81, Answer("incontournable", 29), Answer("essentiel", 52)).Nested.Should().HaveCount(2);

    [Fact]
    public void Answer_NestedAboveParent_BreaksPOL003() =>
        Expect.Violation(() => Answer("utile", 29, Answer("incontournable", 29.001)), Rules.NestedSharesWithinParent);

    [Fact]
    public void Answer_NestedAddingUpAboveParent_BreaksPOL003() =>
        Expect.Violation(() => Answer("utile", 50, Answer("a", 30), Answer("b", 21)), Rules.NestedSharesWithinParent);

    [Fact]
    public void Answer_ShareAbove100_BreaksPCT001() =>
        Expect.Violation(() => Answer("utile", 101), Rules.PercentageRange);

    [Fact]
    public void Equality_ComparesAnswersInOrder()
    {
        Poll(Answer("a", 60), Answer("b", 40)).Should().Be(Poll(Answer("a", 60), Answer("b", 40)));
        Poll(Answer("a", 60), Answer("b", 40)).Should().NotBe(Poll(Answer("b", 40), Answer("a", 60)));
    }

    [Fact]
    public void Constructor_NullAnswer_Throws() =>
        FluentActions.Invoking(() => new OpinionPoll(
                [new Organisation("x")], new Organisation("x"), new LocalDate(2020, 5, 7), new LocalizedText("x"), new LocalizedText("x"),
                ValueList.Create<PollAnswer>([null!])))
            .Should().Throw<ArgumentNullException>();

    [Fact]
    public void Answer_ReadsAsItsLabelAndShare() =>
        Domain.Catalogue.Odd17.Programme.Poll!.Answers[0].ToString().Should().Be("utile: 81%");
}

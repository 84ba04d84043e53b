using System.Text.Json;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using Alliances.Domain.Tests.Support;
using NodaTime;

namespace Alliances.Domain.Tests.Docs;

/// <summary>docs/json.md, "Embedding in your app": the examples give the JSON the page shows.</summary>
public class EmbeddingExamplesTest
{
    private const string CardJson =
        """{"measure":{"number":9,"title":{"fr":"Accompagner les alliances strat\u00E9giques","en":"Support strategic alliances"},"dimension":"strategic"},"progress":81,"nextMilestone":{"precision":"partOfMonth","month":"2020-06","part":"early","toBeConfirmed":true},"label":{"fr":"Accompagner les alliances","en":"Support alliances"}}""";

    [Fact]
    public void Reflection_WritesTheContractAndReadsItBack()
    {
        var (json, back) = EmbeddingExamples.Reflection();

        json.Should().Be(CardJson);
        back.Should().Be(EmbeddingExamples.Card);
    }

    [Fact]
    public void SourceGenerated_WritesTheSameAsReflection()
    {
        var (json, back) = EmbeddingExamples.SourceGenerated();

        json.Should().Be(CardJson);
        back.Should().Be(EmbeddingExamples.Card);
    }

    [Fact]
    public void Chained_WritesAMeasureAsTheContract() =>
        EmbeddingExamples.Chained().Should().Be(
            """{"number":9,"title":{"fr":"Accompagner les alliances strat\u00E9giques","en":"Support strategic alliances"},"dimension":"strategic"}""");

    [Fact]
    public void OtherProgramme_ReadsItsLedger()
    {
        var occitanie = Programme.Create(Odd17.Draft with { Id = new Alliances.Domain.ProgrammeId("odd17-occitanie") });
        var json = LedgerJson.Serialize(Ledger.Create(new LedgerDraft { Programme = occitanie, Reports = [LedgerFixtures.Report(9, "2020-06-01", Alliances.Domain.Progress.LifecycleStatus.InProgress, 10)] }));

        EmbeddingExamples.OtherProgramme(occitanie, json).Programme.Should().Be(occitanie);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Ledger>(json)).Should().Throw<AlliancesJsonException>()
            .Which.RuleCode.Should().Be("JSN003");
    }

    [Fact]
    public void NodaTime_AndTheLibrary_WriteTheSameDates()
    {
        EmbeddingExamples.WithNodaTime().Should().Be("""{"day":"2020-06-04","every":"P3M","measure":9}""");
        EmbeddingExamples.WithContractDates().Should().Be(EmbeddingExamples.WithNodaTime());
    }
}

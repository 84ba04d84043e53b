using System.Net;
using Alliances.Domain.Progress;
using Alliances.Domain.Web.Tests.App;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alliances.Domain.Web.Tests;

/// <summary>
/// An app's own record made of the library's types is written and read in the contract's format, through reflection
/// or through the app's own source-generated context.
/// </summary>
public class MeasureCardTest
{
    private const string Card = """{"measure":{"number":1,"title":{"fr":"Rendre immédiatement accessible l’existant pour agir dès à présent","en":"Make what already exists accessible right away, so that action can start now"},"dimension":"operational"},"status":"effectsObserved","progress":95,"nextMilestone":{"precision":"partOfMonth","month":"2021-12","part":"early","toBeConfirmed":true},"label":{"fr":"Accès immédiat à l’existant","en":"Immediate access to what exists"}}""";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GetCard_EachLibraryTypeInside_IsWrittenInTheContractsFormat(bool sourceGenerated)
    {
        await using var app = await RunningApp.StartAsync(new AppSetup { SourceGenerated = sourceGenerated });

        var (status, type, body) = await app.GetAsync("/cards/example");

        status.Should().Be(HttpStatusCode.OK);
        type.Should().Be("application/json; charset=utf-8");
        body.Should().Be(Card);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PostCard_TheTextWritten_BindsToAnEqualCard(bool sourceGenerated)
    {
        await using var app = await RunningApp.StartAsync(new AppSetup { SourceGenerated = sourceGenerated });

        var (status, _, _) = await app.PostAsync("/cards", Card);

        status.Should().Be(HttpStatusCode.NoContent);
        var expected = MeasureCard.Example(app.Services.GetRequiredService<Ledger>());
        app.Services.GetRequiredService<CardInbox>().Cards.Should().Equal(expected);
    }

    [Fact]
    public async Task PostCard_MeasureNumberZero_IsAProblemLocatedWithinTheMeasure()
    {
        await using var app = await RunningApp.StartAsync();

        var (status, type, body) = await app.PostAsync("/cards", Card.Replace("\"number\":1", "\"number\":0", StringComparison.Ordinal));

        status.Should().Be(HttpStatusCode.BadRequest);
        type.Should().Be("application/problem+json");
        // The measure is read whole by its converter, which locates the failure within the measure's own value:
        // $.number, not $.measure.number (AlliancesJsonException's remarks).
        JsonTexts.WithoutTraceId(body).Should().Be("""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"The document breaks a rule of the contract.","status":400,"detail":"A measure number is 1 or more; got 0.","ruleCode":"MEA001","path":"$.measure.number","traceId":"…"}""");
    }

    [Fact]
    public async Task SourceGenerated_TheAppsContext_IsWhatServesTheCard()
    {
        await using var app = await RunningApp.StartAsync(new AppSetup { SourceGenerated = true });

        var options = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        options.GetTypeInfo(typeof(MeasureCard)).OriginatingResolver.Should().BeSameAs(AppJsonContext.Default);
    }
}

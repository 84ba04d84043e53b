using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Web.Tests.App;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Alliances.Domain.Web.Tests;

/// <summary>An endpoint that returns one of the library's views sends the view's JSON, with no configuration.</summary>
public class ViewResponseTest
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GetProgressView_SendsTheLibrarysView(bool sourceGenerated)
    {
        await using var app = await RunningApp.StartAsync(new AppSetup { SourceGenerated = sourceGenerated });

        var (status, type, body) = await app.GetAsync("/views/progress/2021-11-07");

        status.Should().Be(HttpStatusCode.OK);
        type.Should().Be("application/json; charset=utf-8");
        var expected = JsonSerializer.Serialize(ProgressView.Of(app.Services.GetRequiredService<Ledger>(), new LocalDate(2021, 11, 7)));
        JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(expected)).Should().BeTrue();
        body.Should().StartWith("""{"kind":"progressView","schemaVersion":1,"programme":"odd17-2020","scope":"territorial","asOf":"2021-11-07",""");
    }

    [Fact]
    public async Task GetScheduleView_SendsTheMilestonesDatesAsTheContractsDateObjects()
    {
        await using var app = await RunningApp.StartAsync(new AppSetup());

        var (status, _, body) = await app.GetAsync("/views/schedule/2020-06-03");

        status.Should().Be(HttpStatusCode.OK);
        var expected = JsonSerializer.Serialize(ScheduleView.Of(app.Services.GetRequiredService<Ledger>(), new LocalDate(2020, 6, 3)));
        JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(expected)).Should().BeTrue();
        JsonNode.Parse(body)!["milestones"]![1]!["date"]!.ToJsonString().Should().Be("""{"precision":"partOfMonth","month":"2020-06","part":"early","toBeConfirmed":true}""");
    }
}

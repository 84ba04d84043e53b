using System.Net;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Web.Tests.App;

namespace Alliances.Domain.Web.Tests;

/// <summary>
/// A ledger names its programme; an app reads ledgers of programmes other than the canonical one once it has named
/// them on its JSON options (<c>AddProgrammes</c>), and refuses them with JSN003 otherwise.
/// </summary>
public class OtherProgrammeTest
{
    private static readonly Programme Other = Programme.Create(Odd17.Programme.ToDraft() with { Id = new ProgrammeId("odd17-bis") });

    private static string LedgerOfOther() => Ledgers.Territory13().Replace("\"programme\": \"odd17-2020\"", "\"programme\": \"odd17-bis\"", StringComparison.Ordinal);

    [Theory]
    [InlineData("/ledgers")]
    [InlineData("/mvc/ledgers")]
    public async Task Post_AppThatAddedTheProgramme_ReadsItsLedger(string route)
    {
        await using var app = await RunningApp.StartAsync(new AppSetup { Programmes = [Other] });

        var (status, _, body) = await app.PostAsync(route, LedgerOfOther());

        status.Should().Be(HttpStatusCode.OK);
        body.Should().Be("""{"programme":"odd17-bis","scope":"territorial","ledgers":1,"reports":372}""");
    }

    [Fact]
    public async Task Post_AppThatDidNotAddTheProgramme_IsAProblemNamingJsn003()
    {
        await using var app = await RunningApp.StartAsync();

        var (status, type, body) = await app.PostAsync("/ledgers", LedgerOfOther());

        status.Should().Be(HttpStatusCode.BadRequest);
        type.Should().Be("application/problem+json");
        JsonTexts.WithoutTraceId(body).Should().Be("""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"The document breaks a rule of the contract.","status":400,"detail":"This reader knows the programmes odd17-2020; the document follows 'odd17-bis'. An app registers others with AlliancesJson.AddProgrammes.","ruleCode":"JSN003","path":"$.programme","traceId":"…"}""");
    }
}

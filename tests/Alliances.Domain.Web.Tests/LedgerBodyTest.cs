using System.Net;
using Alliances.Domain.Web.Tests.App;

namespace Alliances.Domain.Web.Tests;

/// <summary>
/// A ledger document as a request body: read into a <see cref="Serialization.LedgerDocument"/> parameter, or refused
/// with a problem that names the rule and the JSON path.
/// </summary>
public class LedgerBodyTest
{
    [Theory]
    [InlineData("/ledgers")]
    [InlineData("/mvc/ledgers")]
    public async Task Post_ValidLedger_IsReadAndSummedUp(string route)
    {
        await using var app = await RunningApp.StartAsync();

        var (status, type, body) = await app.PostAsync(route, Ledgers.Territory13());

        status.Should().Be(HttpStatusCode.OK);
        type.Should().Be("application/json; charset=utf-8");
        body.Should().Be("""{"programme":"odd17-2020","scope":"territorial","ledgers":1,"reports":372}""");
    }

    [Fact]
    public async Task Post_ReportOnMeasureZero_IsAProblemNamingMea001AndThePath()
    {
        await using var app = await RunningApp.StartAsync();

        var (status, type, body) = await app.PostAsync("/ledgers", Ledgers.National(measure: 0));

        status.Should().Be(HttpStatusCode.BadRequest);
        type.Should().Be("application/problem+json");
        JsonTexts.WithoutTraceId(body).Should().Be("""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"The document breaks a rule of the contract.","status":400,"detail":"A measure number is 1 or more; got 0.","ruleCode":"MEA001","path":"$.reports[0].measure","traceId":"…"}""");
    }

    [Fact]
    public async Task Post_UnknownProperty_IsAProblemNamingJsn001AndThePath()
    {
        await using var app = await RunningApp.StartAsync();

        var (status, type, body) = await app.PostAsync("/ledgers", Ledgers.National(more: ""","colour":"blue" """));

        status.Should().Be(HttpStatusCode.BadRequest);
        type.Should().Be("application/problem+json");
        // The detail is System.Text.Json's own message, which names the library's internal wire type.
        JsonTexts.WithoutTraceId(body).Should().Be("""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"The document breaks a rule of the contract.","status":400,"detail":"The property 'colour' is not part of the contract here.","ruleCode":"JSN001","path":"$.colour","traceId":"…"}""");
    }

    [Fact]
    public async Task Post_TruncatedJson_IsAProblemNamingJsn001()
    {
        await using var app = await RunningApp.StartAsync();

        var (status, type, body) = await app.PostAsync("/ledgers", """{"kind":"ledger",""");

        status.Should().Be(HttpStatusCode.BadRequest);
        type.Should().Be("application/problem+json");
        JsonTexts.WithoutTraceId(body).Should().Be("""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"The document breaks a rule of the contract.","status":400,"detail":"Expected start of a property name or value, but instead reached end of data.","ruleCode":"JSN001","path":"$","traceId":"…"}""");
    }

    [Fact]
    public async Task PostToController_ReportOnMeasureZero_IsAValidationProblemKeyedByThePath()
    {
        await using var app = await RunningApp.StartAsync();

        var (status, type, body) = await app.PostAsync("/mvc/ledgers", Ledgers.National(measure: 0));

        status.Should().Be(HttpStatusCode.BadRequest);
        type.Should().Be("application/problem+json; charset=utf-8");
        // MVC keys the serializer's error by its path, with the exception's message; and, the body having failed,
        // adds that the (non-nullable) parameter is required.
        JsonTexts.WithoutTraceId(body).Should().Be("""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{"document":["The document field is required."],"$.reports[0].measure":["MEA001: A measure number is 1 or more; got 0. Path: $.reports[0].measure | LineNumber: 0 | BytePositionInLine: 102."]},"traceId":"…"}""");
    }
}

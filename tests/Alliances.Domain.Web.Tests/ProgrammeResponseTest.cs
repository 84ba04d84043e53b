using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;
using Alliances.Domain.Web.Tests.App;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alliances.Domain.Web.Tests;

/// <summary>
/// An endpoint that returns <see cref="Odd17.Programme"/> sends the programme document of the contract, compact, its
/// strings escaped by the app's encoder.
/// </summary>
public class ProgrammeResponseTest
{
    private static readonly string Document = ProgrammeJson.Serialize(Odd17.Programme, indented: false);

    [Fact]
    public async Task AspNetCore_Encoder_IsTheRelaxedOne()
    {
        await using var app = await RunningApp.StartAsync();

        // Neither minimal APIs nor MVC keep System.Text.Json's default encoder (JavaScriptEncoder.Default, which
        // escapes every non-ASCII character): what they write goes into a response, not into an HTML page, so they
        // take the relaxed one. Minimal APIs set it on their options; MVC leaves its options' encoder unset, and its
        // output formatter takes the relaxed one when it finds none.
        app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions.Encoder
            .Should().BeSameAs(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>().Value.JsonSerializerOptions.Encoder
            .Should().BeNull();
    }

    [Theory]
    [InlineData("/programme")]
    [InlineData("/mvc/programme")]
    public async Task Get_AspNetCoresEncoder_SendsTheDocumentWithOnlyControlAndInvisibleCharactersEscaped(string route)
    {
        await using var app = await RunningApp.StartAsync();

        var (status, type, body) = await app.GetAsync(route);

        status.Should().Be(HttpStatusCode.OK);
        type.Should().Be("application/json; charset=utf-8");
        body.Should().Be(JsonTexts.ReEncode(Document, JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        body.Should().StartWith("""{"kind":"programme","schemaVersion":2,"id":"odd17-2020","name":{"fr":"Programme des 21 mesures pour réussir l’ODD 17","en":"Programme of 21 measures to achieve SDG 17"},"source":{"title":{"fr":"21 mesures pour réussir l’ODD 17… et la sortie de crise !",""")
            .And.Contain("une capacité collective de R&D partenariale")
            .And.Contain("""du «\u00A0jouer collectif\u00A0»""");
        JsonTexts.SameValues(body, Document).Should().BeTrue();
    }

    [Theory]
    [InlineData("/programme")]
    [InlineData("/mvc/programme")]
    public async Task Get_DefaultJavaScriptEncoder_SendsTheDocumentWithEveryNonAsciiCharacterEscaped(string route)
    {
        await using var app = await RunningApp.StartAsync(new AppSetup { Encoder = JavaScriptEncoder.Default });

        var (status, _, body) = await app.GetAsync(route);

        status.Should().Be(HttpStatusCode.OK);
        body.Should().Be(JsonTexts.ReEncode(Document, JavaScriptEncoder.Default));
        body.Should().StartWith("""{"kind":"programme","schemaVersion":2,"id":"odd17-2020","name":{"fr":"Programme des 21 mesures pour r\u00E9ussir l\u2019ODD 17","en":"Programme of 21 measures to achieve SDG 17"},"source":{"title":{"fr":"21 mesures pour r\u00E9ussir l\u2019ODD 17\u2026 et la sortie de crise !",""")
            .And.Contain(@"une capacit\u00E9 collective de R\u0026D partenariale");
        JsonTexts.SameValues(body, Document).Should().BeTrue();
    }

    [Theory]
    [InlineData("/programme")]
    [InlineData("/mvc/programme")]
    public async Task Get_TheContractsEncoder_SendsTheLibrarysDocumentByteForByte(string route)
    {
        // The contract lets French letters and typographic punctuation through and escapes the characters that matter
        // in HTML (docs/json.md): an app that wants the documents exactly as the library writes them uses the same.
        var contract = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.GeneralPunctuation);
        await using var app = await RunningApp.StartAsync(new AppSetup { Encoder = contract });

        var (status, _, body) = await app.GetAsync(route);

        status.Should().Be(HttpStatusCode.OK);
        body.Should().Be(Document);
        body.Should().Contain("une capacité collective de R\\u0026D partenariale");
    }
}

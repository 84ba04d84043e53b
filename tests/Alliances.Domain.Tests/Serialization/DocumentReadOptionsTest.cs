using System.Text;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>The size limit: every entry point reads a document of exactly the limit and refuses one byte more with JSN010.</summary>
public class DocumentReadOptionsTest
{
    private static readonly string Programme = ProgrammeJson.Serialize(Odd17.Programme, indented: false);
    private static readonly string Ledger = Files.Docs("examples", "odd17.ledger-13.json");

    [Fact]
    public void Default_IsOneGibibyte()
    {
        DocumentReadOptions.DefaultMaxDocumentBytes.Should().Be(1_073_741_824);
        DocumentReadOptions.Default.MaxDocumentBytes.Should().Be(DocumentReadOptions.DefaultMaxDocumentBytes);
        new DocumentReadOptions().MaxDocumentBytes.Should().Be(DocumentReadOptions.DefaultMaxDocumentBytes);
        DocumentReadOptions.Default.Should().Be(new DocumentReadOptions { MaxDocumentBytes = 1L << 30 });
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(0x7FFFFFC7L)]
    public void MaxDocumentBytes_FromOneToTheLargestArray_IsKept(long bytes) =>
        new DocumentReadOptions { MaxDocumentBytes = bytes }.MaxDocumentBytes.Should().Be(bytes);

    [Fact]
    public void With_ChecksTheValueAsTheInitializerDoes() =>
        FluentActions.Invoking(() => DocumentReadOptions.Default with { MaxDocumentBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(0x7FFFFFC8L)]
    public void MaxDocumentBytes_OutOfRange_IsRefused(long bytes) =>
        FluentActions.Invoking(() => new DocumentReadOptions { MaxDocumentBytes = bytes }).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public async Task Programme_OfExactlyTheLimit_ReadsFromEveryEntryPointAsync()
    {
        var utf8 = Encoding.UTF8.GetBytes(Programme);
        var options = new DocumentReadOptions { MaxDocumentBytes = utf8.Length };

        ProgrammeJson.Deserialize(Programme, options).Should().Be(Odd17.Programme);
        ProgrammeJson.Deserialize(utf8, options).Should().Be(Odd17.Programme);
        (await ProgrammeJson.DeserializeAsync(new MemoryStream(utf8), options)).Should().Be(Odd17.Programme);
        (await ProgrammeJson.DeserializeAsync(new TricklingStream(utf8, 4096), options)).Should().Be(Odd17.Programme);
        ProgrammeJson.Validate(Programme, options).IsValid.Should().BeTrue();
        ProgrammeJson.Validate(utf8, options).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Programme_OneByteOverTheLimit_IsRefusedByEveryEntryPoint()
    {
        var utf8 = Encoding.UTF8.GetBytes(Programme);
        var options = new DocumentReadOptions { MaxDocumentBytes = utf8.Length - 1 };

        TooLarge(() => ProgrammeJson.Deserialize(Programme, options), options);
        TooLarge(() => ProgrammeJson.Deserialize(utf8, options), options);
        TooLarge(() => ProgrammeJson.DeserializeAsync(new MemoryStream(utf8), options).AsTask().GetAwaiter().GetResult(), options);
        TooLarge(() => ProgrammeJson.DeserializeAsync(new TricklingStream(utf8, 4096), options).AsTask().GetAwaiter().GetResult(), options);
        Refused(ProgrammeJson.Validate(Programme, options));
        Refused(ProgrammeJson.Validate(utf8, options));
    }

    [Fact]
    public async Task Ledger_OfExactlyTheLimit_ReadsAndOneByteMoreIsRefused_FromEveryEntryPointAsync()
    {
        var utf8 = Encoding.UTF8.GetBytes(Ledger);
        var exact = new DocumentReadOptions { MaxDocumentBytes = utf8.Length };
        var under = new DocumentReadOptions { MaxDocumentBytes = utf8.Length - 1 };

        LedgerJson.Validate(Ledger, options: exact).IsValid.Should().BeTrue();
        LedgerJson.Validate(utf8, options: exact).IsValid.Should().BeTrue();
        LedgerJson.Deserialize(Ledger, options: exact).Ledger.Should().NotBeNull();
        LedgerJson.Deserialize(utf8, options: exact).Ledger.Should().NotBeNull();
        (await LedgerJson.DeserializeAsync(new TricklingStream(utf8, 1000), options: exact)).Ledger.Should().NotBeNull();

        TooLarge(() => LedgerJson.Deserialize(Ledger, options: under), under);
        TooLarge(() => LedgerJson.Deserialize(utf8, options: under), under);
        TooLarge(() => LedgerJson.DeserializeAsync(new MemoryStream(utf8), options: under).AsTask().GetAwaiter().GetResult(), under);
        TooLarge(() => LedgerJson.DeserializeAsync(new TricklingStream(utf8, 1000), options: under).AsTask().GetAwaiter().GetResult(), under);
        Refused(LedgerJson.Validate(Ledger, options: under));
        Refused(LedgerJson.Validate(utf8, options: under));
    }

    [Fact]
    public void String_WithinTheLimitInCharactersButNotInBytes_IsRefused()
    {
        var json = new string('é', 1000);

        TooLarge(() => ProgrammeJson.Deserialize(json, new DocumentReadOptions { MaxDocumentBytes = 1999 }), new DocumentReadOptions { MaxDocumentBytes = 1999 });
        ProgrammeJson.Validate(json, new DocumentReadOptions { MaxDocumentBytes = 2000 }).Codes.Should().Equal("JSN001");
    }

    [Fact]
    public void String_WithAPairAcrossTheSlicesItIsCountedIn_IsCountedExactly()
    {
        // The pair's halves are characters 1,048,575 and 1,048,576: the first slice of a mebichar would split them.
        var json = "\"" + new string('a', 1_048_574) + "\U0001F600\"";
        var size = Encoding.UTF8.GetByteCount(json);

        size.Should().Be(1_048_580);
        ProgrammeJson.Validate(json, new DocumentReadOptions { MaxDocumentBytes = size }).Codes.Should().Equal("JSN001");
        ProgrammeJson.Validate(json, new DocumentReadOptions { MaxDocumentBytes = size - 1 }).Codes.Should().Equal("JSN010");
    }

    [Fact]
    public void String_LongerThanTheLimit_IsRefusedBeforeItsBytesAreCounted()
    {
        var options = new DocumentReadOptions { MaxDocumentBytes = 10 };

        TooLarge(() => LedgerJson.Deserialize(new string(' ', 11), options: options), options);
    }

    [Fact]
    public async Task EndlessStream_StopsAtTheLimitAsync()
    {
        var options = new DocumentReadOptions { MaxDocumentBytes = 1_000_000 };
        var zeros = new TricklingStream(null, 64 * 1024);
        var spaces = new TricklingStream(null, 64 * 1024, (byte)' ');

        var fromZeros = await FluentActions.Awaiting(() => LedgerJson.DeserializeAsync(zeros, options: options).AsTask()).Should().ThrowAsync<AlliancesJsonException>();
        await FluentActions.Awaiting(() => ProgrammeJson.DeserializeAsync(spaces, options).AsTask()).Should().ThrowAsync<AlliancesJsonException>();

        fromZeros.Which.RuleCode.Should().Be("JSN010");
        zeros.Given.Should().Be(1_000_001);
        spaces.Given.Should().Be(1_000_001);
    }

    [Fact]
    public async Task SeekableStream_LongerThanTheLimit_IsRefusedWithoutBeingReadAsync()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(Programme));
        var options = new DocumentReadOptions { MaxDocumentBytes = 100 };

        await FluentActions.Awaiting(() => ProgrammeJson.DeserializeAsync(stream, options).AsTask()).Should().ThrowAsync<AlliancesJsonException>();

        stream.Position.Should().Be(0);
    }

    [Fact]
    public async Task Stream_ReadFromItsPosition_CountsOnlyWhatIsLeftAsync()
    {
        var utf8 = Encoding.UTF8.GetBytes("    " + Programme);
        var stream = new MemoryStream(utf8) { Position = 4 };

        (await ProgrammeJson.DeserializeAsync(stream, new DocumentReadOptions { MaxDocumentBytes = utf8.Length - 4 })).Should().Be(Odd17.Programme);
    }

    [Fact]
    public void Refusal_HasTheRuleCodeThePathAndTheLimit()
    {
        var options = new DocumentReadOptions { MaxDocumentBytes = 1234 };

        var exception = TooLarge(() => ProgrammeJson.Deserialize(Programme, options), options);

        exception.Message.Should().Be("JSN010: The document is larger than 1,234 bytes, the most this reader accepts (DocumentReadOptions.MaxDocumentBytes). Path: $.");
        exception.Rule.Should().Be(Rules.JsonDocumentSize);
        Rules.All.Should().Contain(Rules.JsonDocumentSize);
    }

    [Fact]
    public async Task DocsExample_AWebApiLimit_ReadsThePortfolioAsync()
    {
        var request = new { Body = (Stream)new MemoryStream(Encoding.UTF8.GetBytes(Files.Docs("examples", "odd17.portfolio.json"))) };

        // begin-snippet: json-size-limit
        var options = new DocumentReadOptions { MaxDocumentBytes = 50 * 1024 * 1024 }; // a web API taking portfolios of 50 MB
        LedgerDocument document = await LedgerJson.DeserializeAsync(request.Body, options: options);
        // end-snippet

        document.Portfolio!.Ledgers.Should().HaveCount(4);
    }

    private static AlliancesJsonException TooLarge(Action read, DocumentReadOptions options)
    {
        var exception = FluentActions.Invoking(read).Should().Throw<AlliancesJsonException>().Which;
        exception.RuleCode.Should().Be("JSN010");
        exception.Path.Should().Be("$");
        exception.Message.Should().Contain(options.MaxDocumentBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        return exception;
    }

    private static void Refused(ValidationResult result)
    {
        result.Violations.Should().ContainSingle();
        result.Violations[0].Code.Should().Be("JSN010");
        result.Violations[0].Path.Should().Be("$");
    }
}

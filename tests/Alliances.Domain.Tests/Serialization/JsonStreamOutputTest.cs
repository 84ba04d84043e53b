using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;
using Alliances.Domain.Testing;
using NodaTime;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>
/// Writing to a stream goes as it goes: the stream receives the document in writes of about 64 KB, asynchronously,
/// while the writer holds no more than that; the bytes are those written in memory.
/// </summary>
public class JsonStreamOutputTest
{
    private static readonly Lazy<LedgerDocument> Large = new(() => LedgerDocument.Of(new PortfolioBuilder(Odd17.Programme)
        .WithTerritories(FrenchDepartements.Take(24))
        .ForEachLedger(b => b.ReportingBetween(Odd17.LaunchDate, Odd17.LaunchDate.PlusYears(2)).Weekly().WithComments(0.3).WithIndicators(3, 9))
        .Build()));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Portfolio_IsWrittenAsItGoes_InBoundedAsynchronousWritesAsync(bool indented)
    {
        var expected = LedgerJson.SerializeToUtf8Bytes(Large.Value, indented);
        var stream = new RecordingStream(expected);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        await LedgerJson.SerializeAsync(stream, Large.Value, indented);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        expected.Length.Should().BeGreaterThan(4_000_000, "the document is large enough to tell holding it from streaming it");
        stream.AsExpected.Should().BeTrue();
        stream.Length.Should().Be(expected.Length);
        stream.Writes.Should().BeGreaterThan(expected.Length / (2 * JsonStreamOutput.FlushThreshold));
        stream.LargestWrite.Should().BeLessThanOrEqualTo(JsonStreamOutput.FlushThreshold + 4096);
        stream.Flushes.Should().Be(1);
        allocated.Should().BeLessThan(expected.Length / 10, "the writer holds some 64 KB, not the document");
    }

    [Fact]
    public async Task Ledger_IsWrittenAsItGoes_AndByteIdenticalAsync()
    {
        var ledger = LedgerDocument.Of(Large.Value.Portfolio!.Ledgers[0]);
        var expected = LedgerJson.SerializeToUtf8Bytes(ledger);
        var stream = new RecordingStream(expected);

        await LedgerJson.SerializeAsync(stream, ledger);

        stream.AsExpected.Should().BeTrue();
        stream.Length.Should().Be(expected.Length);
        stream.Writes.Should().BeGreaterThan(1);
        stream.LargestWrite.Should().BeLessThanOrEqualTo(JsonStreamOutput.FlushThreshold + 4096);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Programme_IsByteIdenticalAndWrittenAsynchronouslyAsync(bool indented)
    {
        var expected = ProgrammeJson.SerializeToUtf8Bytes(Odd17.Programme, indented);
        var stream = new RecordingStream(expected);

        await ProgrammeJson.SerializeAsync(stream, Odd17.Programme, indented);

        stream.AsExpected.Should().BeTrue();
        stream.Length.Should().Be(expected.Length);
        stream.Flushes.Should().Be(1);
    }

    [Fact]
    public async Task Cancellation_StopsTheWriteAsync()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await FluentActions.Awaiting(() => LedgerJson.SerializeAsync(new RecordingStream([]), Large.Value, cancellationToken: cancelled.Token))
            .Should().ThrowAsync<OperationCanceledException>();
    }

    /// <summary>
    /// A stream that checks what it is written asynchronously against the bytes expected, and counts the writes; a
    /// synchronous write, which a web server's response refuses, fails the test.
    /// </summary>
    private sealed class RecordingStream(byte[] expected) : Stream
    {
        private long _written;

        /// <summary>Gets whether every byte written so far is the one expected at its place.</summary>
        public bool AsExpected { get; private set; } = true;

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public int Flushes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written;

        public override long Position
        {
            get => _written;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous writes are not allowed.");

        public override void Flush() => throw new InvalidOperationException("Synchronous flushes are not allowed.");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            // Compared as it comes, not kept: the test measures what the writer allocates, and keeping would allocate.
            AsExpected &= _written + buffer.Length <= expected.Length && buffer.Span.SequenceEqual(expected.AsSpan((int)_written, buffer.Length));
            _written += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Flushes++;
            return Task.CompletedTask;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

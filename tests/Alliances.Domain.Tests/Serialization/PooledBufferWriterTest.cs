using System.Text.Json;
using Alliances.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>The pooled buffer the writers build documents in: it keeps every byte, in order, however far it grows.</summary>
public class PooledBufferWriterTest
{
    [Property(MaxTest = 200)]
    public Property WrittenBytes_AreExactlyWhatWasWritten_ThroughEveryGrowth() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 3000)).ToArbitrary(), Gen.Choose(1, 600).ToArbitrary(), (chunks, initial) =>
        {
            using var buffer = new PooledBufferWriter(initial);
            var expected = new List<byte>();
            var next = (byte)0;
            foreach (var size in chunks)
            {
                var span = buffer.GetSpan(size);
                for (var i = 0; i < size; i++)
                {
                    span[i] = next;
                    expected.Add(next++);
                }

                buffer.Advance(size);
            }

            return buffer.WrittenSpan.ToArray().SequenceEqual(expected);
        });

    [Fact]
    public void AUtf8JsonWriter_WritesThroughIt()
    {
        using var buffer = new PooledBufferWriter(1);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < 10_000; i++)
            {
                writer.WriteStringValue("mesure");
            }

            writer.WriteEndArray();
        }

        JsonDocument.Parse(buffer.WrittenSpan.ToArray()).RootElement.GetArrayLength().Should().Be(10_000);
    }

    [Fact]
    public void AdvancingPastTheSpaceGiven_IsRefused()
    {
        using var buffer = new PooledBufferWriter(16);
        var room = buffer.GetSpan().Length;

        var advance = () => buffer.Advance(room + 1);

        advance.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AfterDisposal_ItGivesNoMoreMemory()
    {
        var buffer = new PooledBufferWriter(16);
        buffer.Dispose();

        var span = () => buffer.GetMemory(1);

        span.Should().Throw<ObjectDisposedException>();
    }
}

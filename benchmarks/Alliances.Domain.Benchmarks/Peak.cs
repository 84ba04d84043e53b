using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Alliances.Domain.Benchmarks.Data;
using Alliances.Domain.Serialization;

namespace Alliances.Domain.Benchmarks;

/// <summary>
/// Measures the memory that writing the national portfolio to a stream takes, against the document's size:
/// <see cref="LedgerJson.SerializeAsync"/>, and a <see cref="Utf8JsonWriter"/> over the stream flushed once at the end,
/// as the library wrote before.
/// </summary>
public static class Peak
{
    public static void Measure()
    {
        var document = Documents.Ledgers("portfolio");
        foreach (var indented in new[] { true, false })
        {
            var size = LedgerJson.SerializeToUtf8Bytes(document, indented).LongLength;
            Console.WriteLine($"national portfolio, {(indented ? "indented" : "compact")}: {size:N0} bytes of JSON");
            Report("  LedgerJson.SerializeAsync", size, () => LedgerJson.SerializeAsync(Stream.Null, document, indented));
            Report("  Utf8JsonWriter over the stream, one flush", size, () => WholeAsync(document, indented));
        }
    }

    private static void Report(string name, long size, Func<Task> write)
    {
        Run(write); // a first run loads and compiles what writing uses
        var (allocated, peak) = Run(write);
        Console.WriteLine($"{name}: {allocated:N0} bytes allocated ({allocated * 100.0 / size:F2} % of the document), managed heap at most {peak:N0} bytes above its level before ({peak * 100.0 / size:F2} %)");
    }

    /// <summary>
    /// Writes once on this thread (<see cref="Stream.Null"/> completes every write at once, so nothing leaves it) and gives
    /// the bytes it allocated and the highest managed heap seen above the level before, sampled every millisecond from
    /// another thread.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (long Allocated, long Peak) Run(Func<Task> write)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var highest = before;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(1))
            {
                highest = Math.Max(highest, GC.GetTotalMemory(forceFullCollection: false));
            }
        });
        sampler.Start();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        write().GetAwaiter().GetResult();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        highest = Math.Max(highest, GC.GetTotalMemory(forceFullCollection: false));
        done.Set();
        sampler.Join();
        Debug.Assert(highest >= before);
        return (allocated, highest - before);
    }

    private static async Task WholeAsync(LedgerDocument document, bool indented)
    {
        var writer = new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { Encoder = AlliancesJson.Encoder, Indented = indented });
        await using (writer.ConfigureAwait(false))
        {
            LedgerJson.Write(writer, document);
            await writer.FlushAsync().ConfigureAwait(false);
        }
    }
}

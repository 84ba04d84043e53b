using System.Text;
using System.Text.Json;
using Alliances.Domain.Serialization;
using SharpFuzz;

// One input of afl-fuzz: a document read through every entry point of both readers. A refusal is a JsonException;
// anything else that escapes is a bug, which SharpFuzz reports to afl-fuzz as a crash.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    var bytes = buffer.ToArray();
    var text = Encoding.UTF8.GetString(bytes);
    Read(() => ProgrammeJson.Deserialize(bytes));
    Read(() => LedgerJson.Deserialize(bytes));
    Read(() => ProgrammeJson.Deserialize(text));
    Read(() => LedgerJson.Deserialize(text));
    Read(() => ProgrammeJson.DeserializeAsync(new MemoryStream(bytes)).AsTask().GetAwaiter().GetResult());
    Read(() => LedgerJson.DeserializeAsync(new MemoryStream(bytes)).AsTask().GetAwaiter().GetResult());
    _ = ProgrammeJson.Validate(bytes);
    _ = LedgerJson.Validate(bytes);
});

static void Read(Func<object> read)
{
    try
    {
        _ = read();
    }
    catch (JsonException)
    {
        // The documented refusal.
    }
}

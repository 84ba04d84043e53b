using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Alliances.Domain.Cli;

/// <summary>How the commands write their JSON output: indented, French readable, HTML characters escaped.</summary>
internal static class CliJson
{
    /// <summary>The writer options of every command.</summary>
    internal static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.GeneralPunctuation),
    };
}

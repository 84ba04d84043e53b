namespace Alliances.Domain.Cli;

/// <summary>The texts the tool carries inside itself: the schemas' TypeScript declarations and the example documents.</summary>
internal static class EmbeddedText
{
    /// <summary>Reads an embedded text by its logical name, <c>Alliances.Domain.Cli.…</c>.</summary>
    /// <exception cref="InvalidOperationException">The tool was built without it.</exception>
    internal static string Read(string name)
    {
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is missing from the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

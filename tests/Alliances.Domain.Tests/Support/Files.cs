namespace Alliances.Domain.Tests.Support;

/// <summary>The files the tests read: docs/ and the fixtures, copied beside the test assembly.</summary>
internal static class Files
{
    public static string Docs(params string[] path) => File.ReadAllText(Path.Combine([AppContext.BaseDirectory, "docs", .. path]));

    public static string Fixture(params string[] path) => File.ReadAllText(Path.Combine([AppContext.BaseDirectory, "Serialization", "Fixtures", .. path]));
}

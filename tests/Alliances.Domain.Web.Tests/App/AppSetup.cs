using System.Text.Encodings.Web;

namespace Alliances.Domain.Web.Tests.App;

/// <summary>How an app sets up its JSON: the variations that users of the package make.</summary>
public sealed record AppSetup
{
    /// <summary>Gets a value indicating whether the app puts its own source-generated context first in the resolver chain.</summary>
    public bool SourceGenerated { get; init; }

    /// <summary>Gets the programmes whose ledgers the app reads, through <c>AddProgrammes</c>; the canonical one only when null.</summary>
    public IReadOnlyList<Programme>? Programmes { get; init; }

    /// <summary>Gets the app's encoder; ASP.NET Core's default (<see cref="JavaScriptEncoder.Default"/>) when null.</summary>
    public JavaScriptEncoder? Encoder { get; init; }
}

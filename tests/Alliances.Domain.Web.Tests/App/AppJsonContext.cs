using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Web.Tests.App;

/// <summary>The app's own source-generated metadata, for its own types only: the library's types inside them bring their converters.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(MeasureCard))]
[JsonSerializable(typeof(LedgerSummary))]
public sealed partial class AppJsonContext : JsonSerializerContext;

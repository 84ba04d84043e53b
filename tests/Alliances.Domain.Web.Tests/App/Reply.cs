using System.Net;

namespace Alliances.Domain.Web.Tests.App;

/// <summary>What the app answered: its status, its content type and its body, as text.</summary>
public sealed record Reply(HttpStatusCode Status, string? ContentType, string Body);

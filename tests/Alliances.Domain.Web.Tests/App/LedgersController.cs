using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace Alliances.Domain.Web.Tests.App;

/// <summary>The same app through MVC: an API controller, whose invalid bodies become validation problems.</summary>
[ApiController]
[Route("mvc")]
public sealed class LedgersController : ControllerBase
{
    /// <summary>The canonical programme.</summary>
    [HttpGet("programme")]
    public Programme GetProgramme() => Odd17.Programme;

    /// <summary>Reads a ledger document and sums it up.</summary>
    [HttpPost("ledgers")]
    public LedgerSummary PostLedger(LedgerDocument document) => LedgerSummary.Of(document);
}

using Alliances.Domain.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Alliances.Domain.Web.Tests.App;

/// <summary>
/// Turns a request body that the contract refuses into a 400 problem that names the rule broken and the JSON path.
/// </summary>
/// <remarks>
/// With <see cref="Microsoft.AspNetCore.Routing.RouteHandlerOptions.ThrowOnBadRequest"/>, a minimal API whose body
/// cannot be read throws a <see cref="BadHttpRequestException"/> holding the serializer's exception as its inner
/// exception: for a value of the contract, an <see cref="AlliancesJsonException"/>. The exception handler middleware
/// hands it here, and <see cref="IProblemDetailsService"/> writes the problem with the app's own JSON options.
/// </remarks>
public sealed class ContractProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        var problem = new ProblemDetails { Status = badRequest.StatusCode, Detail = badRequest.Message };
        // begin-snippet: aspnet-problem
        if (badRequest.InnerException is AlliancesJsonException broken)
        {
            problem.Title = "The document breaks a rule of the contract.";
            problem.Detail = broken.Violations[0].Message;
            problem.Extensions["ruleCode"] = broken.RuleCode;
            problem.Extensions["path"] = broken.Violations[0].Path;
        }
        // end-snippet

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = problem,
        });
    }
}

using Alliances.Domain.Catalogue;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Alliances.Domain.Web.Tests.App;

/// <summary>
/// A measure by its number in the route, bound as a <see cref="MeasureNumber"/>: minimal APIs bind a route value to
/// a type through its static <c>TryParse</c> (<see cref="IParsable{TSelf}"/>).
/// </summary>
public static class MeasureApi
{
    /// <summary>Maps <c>GET /measures/{number}</c>.</summary>
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        // begin-snippet: aspnet-route
        app.MapGet("/measures/{number}", Results<Ok<Measure>, NotFound> (MeasureNumber number) =>
            Odd17.Programme.TryGetMeasure(number, out var measure) ? TypedResults.Ok(measure) : TypedResults.NotFound());
        // end-snippet
    }
}

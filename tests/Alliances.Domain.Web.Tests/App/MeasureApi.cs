using Alliances.Domain.Catalogue;
using Alliances.Domain.Measures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Alliances.Domain.Web.Tests.App;

/// <summary>
/// A measure by its number in the route, bound as a <see cref="MeasureNumber"/>: minimal APIs bind a route value to
/// a type through its static <c>TryParse</c> (<see cref="IParsable{TSelf}"/>).
/// </summary>
/// <remarks>
/// Mapped in an app of its own: without <c>TryParse</c> on <see cref="MeasureNumber"/>, ASP.NET Core refuses the
/// endpoint when it builds the app's endpoints, and would take every other endpoint of the same app down with it.
/// </remarks>
public static class MeasureApi
{
    /// <summary>Maps <c>GET /measures/{number}</c>.</summary>
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        // ASP0020 says MeasureNumber has no TryParse yet: it comes with IParsable<MeasureNumber>, from the branch
        // that adds parsing to the value types. Once merged, the warning no longer fires and this can go.
#pragma warning disable ASP0020
        app.MapGet("/measures/{number}", Results<Ok<Measure>, NotFound> (MeasureNumber number) =>
            Odd17.Programme.TryGetMeasure(number, out var measure) ? TypedResults.Ok(measure) : TypedResults.NotFound());
#pragma warning restore ASP0020
    }
}

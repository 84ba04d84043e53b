using System.Net;
using Alliances.Domain.Web.Tests.App;

namespace Alliances.Domain.Web.Tests;

/// <summary>
/// A <see cref="MeasureNumber"/> bound from the route, through its <c>TryParse</c>. Needs
/// <see cref="IParsable{TSelf}"/> on <see cref="MeasureNumber"/>: before it, ASP.NET Core refuses the endpoint.
/// </summary>
public class MeasureRouteTest
{
    [Fact]
    public void MeasureNumber_HasTheTryParseThatRouteBindingCalls()
    {
        var tryParse = typeof(MeasureNumber).GetMethod("TryParse", [typeof(string), typeof(IFormatProvider), typeof(MeasureNumber).MakeByRefType()]);

        tryParse.Should().NotBeNull("ASP.NET Core binds a route value through the type's TryParse(string, IFormatProvider, out T), as IParsable<T> declares it");
    }

    [Fact]
    public async Task Get_MeasureNumberInTheRoute_IsBoundAndTheMeasureSent()
    {
        await using var app = await RunningApp.StartAsync(map: MeasureApi.Map);

        var (status, _, body) = await app.GetAsync("/measures/9");

        status.Should().Be(HttpStatusCode.OK);
        body.Should().Be("""{"number":9,"title":{"fr":"Accompagner les alliances stratégiques","en":"Support strategic alliances"},"dimension":"strategic"}""");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("nine")]
    [InlineData("9.0")]
    public async Task Get_NotAMeasureNumber_IsBadRequest(string number)
    {
        await using var app = await RunningApp.StartAsync(map: MeasureApi.Map);

        var reply = await app.GetAsync($"/measures/{number}");

        reply.Status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_MeasureTheProgrammeDoesNotHave_IsNotFound()
    {
        await using var app = await RunningApp.StartAsync(map: MeasureApi.Map);

        var reply = await app.GetAsync("/measures/22");

        reply.Status.Should().Be(HttpStatusCode.NotFound);
    }
}

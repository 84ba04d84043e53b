using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Alliances.Domain.Web.Tests.App;

/// <summary>The app, started on ASP.NET Core's in-memory server, with a client that talks to it.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningApp(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    /// <summary>Gets a client of the app.</summary>
    public HttpClient Client { get; }

    /// <summary>Gets the app's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Builds and starts the app with the setup given and the endpoints that <paramref name="map"/> maps (the whole app by default).</summary>
    public static async Task<RunningApp> StartAsync(AppSetup? setup = null, Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(RunningApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        AlliancesApi.AddServices(builder.Services, setup ?? new AppSetup());
        var app = builder.Build();
        (map ?? AlliancesApi.Map)(app);
        await app.StartAsync();
        return new RunningApp(app);
    }

    /// <summary>Sends a GET request.</summary>
    public async Task<Reply> GetAsync(string route)
    {
        using var response = await Client.GetAsync(new Uri(route, UriKind.Relative));
        return await ReplyOf(response);
    }

    /// <summary>Sends a POST request with a JSON body.</summary>
    public async Task<Reply> PostAsync(string route, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri(route, UriKind.Relative), content);
        return await ReplyOf(response);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<Reply> ReplyOf(HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
}

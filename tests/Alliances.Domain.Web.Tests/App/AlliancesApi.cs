using System.Text.Json;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Alliances.Domain.Web.Tests.App;

/// <summary>The app under test, as its Program.cs would set it up: services, then endpoints.</summary>
public static class AlliancesApi
{
    /// <summary>Gets the path of the example ledger the app serves cards from, copied beside the tests.</summary>
    public static string Ledger13Path { get; } = Path.Combine(AppContext.BaseDirectory, "docs", "examples", "odd17.ledger-13.json");

    /// <summary>Adds the app's services and sets up its JSON, for minimal APIs and for MVC alike.</summary>
    public static void AddServices(IServiceCollection services, AppSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        // begin-snippet: aspnet-services
        services.AddProblemDetails();
        services.AddExceptionHandler<ContractProblemHandler>();
        // Minimal APIs throw on a body they cannot read, rather than answer an empty 400 (their default outside
        // Development), so that the exception handler can say what was wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // end-snippet
        services.AddSingleton<CardInbox>();
        services.AddSingleton(_ => LedgerJson.Deserialize(File.ReadAllBytes(Ledger13Path)).Ledger!);

        services.ConfigureHttpJsonOptions(o =>
        {
            if (setup.SourceGenerated)
            {
                o.SerializerOptions.TypeInfoResolverChain.Insert(0, AppJsonContext.Default);
            }

            Configure(o.SerializerOptions, setup);
        });
        services.AddControllers()
            .AddApplicationPart(typeof(LedgersController).Assembly)
            .AddJsonOptions(o => Configure(o.JsonSerializerOptions, setup));
    }

    /// <summary>Maps the app's endpoints.</summary>
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();

        // begin-snippet: aspnet-endpoints
        app.MapGet("/programme", () => Odd17.Programme);
        app.MapGet("/cards/example", (Ledger ledger) => MeasureCard.Example(ledger));
        app.MapPost("/cards", (MeasureCard card, CardInbox inbox) =>
        {
            inbox.Add(card);
            return TypedResults.NoContent();
        });
        app.MapPost("/ledgers", (LedgerDocument document) => LedgerSummary.Of(document));
        // end-snippet
        app.MapGet("/views/progress/{asOf}", (Ledger ledger, string asOf) => ProgressView.Of(ledger, NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value));
        app.MapGet("/views/schedule/{asOf}", (Ledger ledger, string asOf) => Scheduling.ScheduleView.Of(ledger, NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value));
        app.MapControllers();
    }

    private static void Configure(JsonSerializerOptions options, AppSetup setup)
    {
        if (setup.Programmes is { } programmes)
        {
            options.AddProgrammes(programmes);
        }

        if (setup.Encoder is { } encoder)
        {
            options.Encoder = encoder;
        }
    }
}

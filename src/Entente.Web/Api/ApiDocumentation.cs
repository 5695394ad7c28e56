using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Entente.Web.Api;

/// <summary>Marks an endpoint that needs <c>Authorization: Bearer TOKEN</c>; the OpenAPI document declares the bearer scheme on it.</summary>
public sealed class RequiresApiToken
{
    public static readonly RequiresApiToken Instance = new();
}

/// <summary>Text formats a JSON endpoint also answers in (format=graphml …): listed beside its JSON schema as strings.</summary>
public sealed class AlsoProduces(params string[] contentTypes)
{
    public IReadOnlyList<string> ContentTypes { get; } = contentTypes;
}

/// <summary>
/// The API's OpenAPI document (<c>/openapi/v1.json</c>: the /api routes only, response schemas from <see cref="HealthResponse"/>
/// and its siblings, examples of parameters, answers and bodies (<see cref="ApiExamples"/>), the bearer scheme on write operations) and the interactive reference at <c>/docs</c>
/// (Scalar, served from the assets embedded in its package: no CDN, no web fonts, no telemetry, no AI agent, no
/// developer toolbar linking to Scalar's services).
/// </summary>
public static class ApiDocumentation
{
    public const string DocsPath = "/docs";
    public const string BearerScheme = "bearer";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        // the schemas generated from the records follow the API's snake_case names (the bodies are written by hand)
        // and numbers as the bodies write them (the web defaults would also allow numbers in strings)
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = ApiSchemaNaming.Policy;
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Entente API";
                document.Info.Version = Entente.Core.Pipeline.Analyzer.Version;
                document.Info.Description = "Events, dyads, briefs, networks and search over an Entente store, and analysis of posted articles. " +
                                            "Read endpoints are open; write endpoints need the server's token (Authorization: Bearer TOKEN). Errors are application/problem+json.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "The token entente serve prints where it keeps (--token, ENTENTE_TOKEN, or the STORE.token file beside the store).",
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequiresApiToken>().Any())
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
                foreach (var also in context.Description.ActionDescriptor.EndpointMetadata.OfType<AlsoProduces>())
                    if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
                        foreach (var type in also.ContentTypes)
                            (response.Content ??= new Dictionary<string, OpenApiMediaType>())[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                AddExamples(operation);
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>Examples: the actor codes and filters of the README's own examples for the parameters, and
    /// <see cref="ApiExamples"/> for the 200 answers and the POST bodies.</summary>
    private static void AddExamples(OpenApiOperation operation)
    {
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse { Content: { } content })
            foreach (var (type, media) in content)
                if (media is OpenApiMediaType m && ApiExamples.Response(operation.OperationId ?? "", type) is { } example)
                    m.Example = example;
        if (operation.RequestBody is OpenApiRequestBody { Content: { } body })
            foreach (var (type, media) in body)
                if (media is OpenApiMediaType m && ApiExamples.Request(type) is { } example)
                    m.Example = example;
        foreach (var p in operation.Parameters ?? [])
        {
            if (p is not OpenApiParameter parameter) continue;
            parameter.Example = parameter.Name switch
            {
                "a" => JsonValue.Create("IRN"),
                "b" => JsonValue.Create("RUS"),
                "dyad" => JsonValue.Create("IRN,RUS"),
                "since" => JsonValue.Create("2023-01"),
                "q" => JsonValue.Create("drones"),
                "by" => JsonValue.Create("quarter"),
                _ => parameter.Example,
            };
        }
    }

    /// <summary>POST endpoints that change the store: the bearer filter and the metadata the document reads.</summary>
    public static RouteHandlerBuilder RequireToken(this RouteHandlerBuilder builder, Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> filter)
        => builder.AddEndpointFilter(filter).WithMetadata(RequiresApiToken.Instance);

    /// <summary>/openapi/v1.json and the Scalar reference at /docs (assets from the package; a fresh CSP nonce per page).</summary>
    public static IEndpointRouteBuilder MapApiDocumentation(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(DocsPath, o => o
            .WithTitle("Entente API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .WithNonce());
        return app;
    }
}

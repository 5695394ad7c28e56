using System.Text.Json;

namespace Entente.Web.Tests.Api;

[Collection("samples")]
public sealed class SecurityTests(SamplesFixture samples)
{
    [Theory]
    [InlineData("/api/health")]
    [InlineData("/api/events?page_size=2")]
    [InlineData("/api/events/E0000000000000000")]
    [InlineData("/api/events?page=abc")]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/openapi/v1.json")]
    public async Task Responses_CarryTheSecurityHeaders_OnSuccessAndError(string url)
    {
        var response = await samples.Client.GetAsync(url);
        Assert.Equal(WebHostFactory.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/api/no-such-endpoint", 404)]
    [InlineData("/api/events?page=abc", 400)]
    [InlineData("/api/events?min_sources=x", 400)]
    public async Task Errors_AreProblemJsonWithoutInternals_WhenRouteOrBindingFails(string url, int status)
        => await WebTestKit.AssertProblem(await samples.Client.GetAsync(url), status);

    [Fact]
    public async Task Errors_Are503ProblemWithHint_WhenStoreIsNotAStore()
    {
        using var dir = new TempDir();
        var path = dir.File("not-a-store.db");
        File.WriteAllText(path, "this is a text file, not SQLite");
        using var factory = new ApiFactory(path);
        var response = await factory.CreateClient().GetAsync("/api/events");
        var problem = await WebTestKit.AssertProblem(response, 503);
        Assert.Contains("not an SQLite database", problem.GetProperty("detail").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("hint").GetString()));
    }

    [Fact]
    public async Task OpenApi_ListsEveryEndpoint_WithNamesAndSummaries()
    {
        var response = await samples.Client.GetAsync("/openapi/v1.json");
        Assert.Equal(200, (int)response.StatusCode);
        var json = await WebTestKit.Json(response);
        var paths = json.GetProperty("paths");
        foreach (var (path, method) in new[]
                 {
                     ("/api/health", "get"), ("/api/events", "get"), ("/api/events/{id}", "get"), ("/api/dyads/{a}/{b}", "get"),
                     ("/api/brief/{a}/{b}", "get"), ("/api/network", "get"), ("/api/search", "get"), ("/api/analyze", "post"), ("/api/documents", "post"),
                 })
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            Assert.False(string.IsNullOrEmpty(operation.GetProperty("summary").GetString()), path);
            Assert.False(string.IsNullOrEmpty(operation.GetProperty("operationId").GetString()), path);
        }
        var parameters = paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("dyad", parameters);
        Assert.Contains("page_size", parameters);
        Assert.Contains("min_sources", parameters);
    }
}

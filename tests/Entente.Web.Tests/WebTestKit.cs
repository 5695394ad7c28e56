using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Entente.Core.Knowledge;
using Entente.Core.Reading;
using Entente.Corpus;
using Entente.Corpus.Ingest;
using Entente.Corpus.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

/// <summary>The shipped knowledge and the services built on it, shared by every test and every test server (immutable).</summary>
internal static class WebTestKit
{
    public static CorpusServices Services { get; } = new(KnowledgeBase.Default);

    public const string Token = "test-token-0123456789";

    /// <summary>The repository root (the folder with Entente.sln), for the shipped samples.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Entente.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Entente.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Ingests the repository's samples/ into a new SQLite store, as `entente ingest samples/` does.</summary>
    public static void IngestSamples(string db)
    {
        using var store = Services.Open(db);
        using var reader = Services.Open(db, mustExist: true);
        var inputs = new DocumentReader().Read([Path.Combine(RepoRoot(), "samples")], ReaderOptions.Default);
        var summary = Services.Ingest.Run(inputs, store, reader.KnownDocuments, new IngestOptions(BatchSize: 50));
        if (summary.Stored == 0) throw new InvalidOperationException("no sample was stored");
    }

    public static IEventStore OpenStore(string db) => Services.Open(db, mustExist: true);

    public static StringContent Text(string text, string mediaType = "text/plain") => new(text, Encoding.UTF8, mediaType);

    public static HttpRequestMessage Post(string url, HttpContent content, string? token = Token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    /// <summary>Asserts an application/problem+json body with the status, and no trace of the server's internals.</summary>
    public static async Task<JsonElement> AssertProblem(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        AssertNoInternals(text);
        var json = await Json(response);
        Assert.Equal(status, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
        return json;
    }

    public static void AssertNoInternals(string body)
    {
        foreach (var marker in new[] { "   at ", "Exception", ".cs:line", "StackTrace", "Entente.Web.Api.", "Microsoft.AspNetCore." })
            Assert.DoesNotContain(marker, body);
    }
}

/// <summary>A test server over one SQLite store, with a known token and (optionally) a small body limit.</summary>
/// <param name="tune">Changes to the server's options (limits) for one test.</param>
public sealed class ApiFactory(string db, long maxBodyBytes = 2 * 1024 * 1024, Func<WebOptions, WebOptions>? tune = null) : WebApplicationFactory<Program>
{
    public string Db { get; } = db;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
        => builder.ConfigureTestServices(services =>
        {
            var options = new WebOptions(Db, Token: WebTestKit.Token, MaxBodyBytes: maxBodyBytes);
            services.AddSingleton(tune is null ? options : tune(options));
            services.AddSingleton(WebTestKit.Services);
        });
}

/// <summary>A temporary folder deleted after the tests.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("entente-web-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>A server over an SQLite store in a temporary folder, with a client; the folder goes with it.</summary>
public abstract class StoreServer : IDisposable
{
    private readonly TempDir _dir = new();

    /// <param name="fileName">The store's file name in the folder.</param>
    /// <param name="prepare">Fills the store before the server starts (null: the server starts on a new, empty store).</param>
    protected StoreServer(string fileName, Action<string>? prepare = null, long maxBodyBytes = 2 * 1024 * 1024)
    {
        Db = _dir.File(fileName);
        prepare?.Invoke(Db);
        Factory = new ApiFactory(Db, maxBodyBytes);
        Client = Factory.CreateClient();
    }

    public string Db { get; }
    public ApiFactory Factory { get; }
    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>One store of the shipped samples and one server over it, shared by the read-only tests.</summary>
public sealed class SamplesFixture() : StoreServer("samples.db", WebTestKit.IngestSamples);

[CollectionDefinition("samples")]
public sealed class SamplesCollection : ICollectionFixture<SamplesFixture>;

/// <summary>A server over a fresh, empty store, for the tests that write.</summary>
public sealed class EmptyStoreServer(long maxBodyBytes = 2 * 1024 * 1024) : StoreServer("empty.db", null, maxBodyBytes);

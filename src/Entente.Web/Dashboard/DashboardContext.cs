using System.Security.Cryptography;
using System.Text;
using Entente.Analysis;
using Entente.Corpus;
using Entente.Corpus.Store;

namespace Entente.Web.Dashboard;

/// <summary>
/// What every page needs: the application services (the same singletons the API uses) and the store the app serves,
/// opened once per request by <see cref="OpenStore"/> (a store holds one connection and is not thread-safe).
/// </summary>
internal sealed class DashboardContext(CorpusServices corpus, AnalysisServices analysis, WebOptions options)
{
    public CorpusServices Corpus { get; } = corpus;
    public AnalysisServices Analysis { get; } = analysis;
    public WebOptions Options { get; } = options;

    /// <summary>The store for reading; null when an SQLite file does not exist yet (pages then show what to do).</summary>
    public IEventStore? OpenStore()
    {
        if (!StoreFactory.IsPostgres(Options.Db) && !File.Exists(Options.Db)) return null;
        return Corpus.Open(Options.Db, mustExist: true);
    }

    /// <summary>The store for writing (created when missing).</summary>
    public IEventStore OpenStoreForWriting() => Corpus.Open(Options.Db);

    /// <summary>What to tell the user when the store is empty or missing.</summary>
    public string EmptyStoreHint
        => $"Ingest articles first: entente ingest samples/ --db {Options.Db} — or paste one on the \"Analyze an article\" page and add it to the store.";

    /// <summary>
    /// The write token: --token (<see cref="WebOptions.Token"/>), else ENTENTE_TOKEN. Null: writing from the dashboard is off.
    /// TODO(webapi): once the API's token logic lands (token file beside the store), ask it instead so both check the same value.
    /// </summary>
    public string? Token => !string.IsNullOrEmpty(Options.Token) ? Options.Token
        : Environment.GetEnvironmentVariable("ENTENTE_TOKEN") is { Length: > 0 } t ? t : null;

    /// <summary>Constant-time comparison of a presented token with <see cref="Token"/>; false when no token is configured.</summary>
    public bool TokenMatches(string? presented)
    {
        if (Token is not { } expected || string.IsNullOrEmpty(presented)) return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
    }
}

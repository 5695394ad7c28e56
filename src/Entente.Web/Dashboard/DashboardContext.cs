using Entente.Analysis;
using Entente.Corpus;
using Entente.Corpus.Store;
using Entente.Web.Api;

namespace Entente.Web.Dashboard;

/// <summary>
/// What every page needs: the application services (the same singletons the API uses) and the store the app serves,
/// opened once per request by <see cref="OpenStore"/> (a store holds one connection and is not thread-safe).
/// </summary>
internal sealed class DashboardContext(CorpusServices corpus, AnalysisServices analysis, WebOptions options, ApiToken token)
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
    /// The write token, the API's own (<see cref="ApiToken"/>: --token, else ENTENTE_TOKEN, else the token file beside the
    /// store), so the token <c>entente serve</c> prints works for the dashboard's "Add to the store" as for POST /api/documents.
    /// </summary>
    public ApiToken Token { get; } = token;

    /// <summary>Whether a presented token is the server's (constant time, as the API checks it); false when none is given.</summary>
    public bool TokenMatches(string? presented)
        => !string.IsNullOrWhiteSpace(presented) && Token.Accepts("Bearer " + presented);
}

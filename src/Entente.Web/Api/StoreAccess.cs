using Entente.Corpus;
using Entente.Corpus.Store;

namespace Entente.Web.Api;

/// <summary>
/// Opens the store for one request: <see cref="IEventStore"/> instances hold one connection and are not thread-safe, so
/// every request opens its own (SQLite: a file open; PostgreSQL: a pooled connection) and disposes it. The first open
/// creates the store or upgrades its schema (once per process); later ones only check the version.
/// </summary>
public sealed class StoreAccess(CorpusServices corpus, WebOptions options)
{
    private readonly Lock _gate = new();
    private volatile bool _ready;

    public string Db => options.Db;

    public IEventStore Open()
    {
        if (!_ready)
            lock (_gate)
                if (!_ready)
                {
                    // creates an empty SQLite store when there is none, and migrates an older schema (e.g. builds the full-text index)
                    var store = corpus.Open(options.Db, mustExist: false);
                    _ready = true;
                    return store;
                }
        return corpus.Open(options.Db, mustExist: true);
    }
}

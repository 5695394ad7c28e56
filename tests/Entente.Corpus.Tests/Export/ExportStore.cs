using Entente.Core.Reading;
using Entente.Corpus.Model;
using Entente.Corpus.Store;

namespace Entente.Corpus.Tests.Export;

/// <summary>The fixture stories ingested once into a temporary store; the export tests read its events.</summary>
public sealed class ExportStore : IDisposable
{
    private readonly TempDir _dir = new();

    public IReadOnlyList<StoredEvent> Events { get; }

    public ExportStore()
    {
        var db = _dir.File("export.db");
        var stories = Path.Combine(AppContext.BaseDirectory, "Fixtures", "stories");
        TestKit.IngestInto(db, [.. new DocumentReader().Read([stories], ReaderOptions.Default)]);
        using var store = TestKit.OpenSqlite(db);
        Events = store.Events(new EventFilter());
    }

    public string File(string name) => _dir.File(name);

    public void Dispose() => _dir.Dispose();
}

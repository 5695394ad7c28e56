using System.Diagnostics;
using System.Globalization;
using System.Text;
using Entente.Core.Reading;
using Entente.Core.Text;
using Entente.Corpus.Store;
using Microsoft.Data.Sqlite;

namespace Entente.Bench;

/// <summary>
/// <c>merge-growth</c>: successive batches of documents into one SQLite store; time per batch (whole ingest and inside
/// <c>store.Write</c>, where candidates are fetched and merged) and the ratio of the last batch to the first.
/// The corpus is one story corpus large enough for all batches. <c>--order shuffled</c> (default) deals its articles
/// out at random, so every batch reports stories of the whole 2022–2025 range and later batches land on events already
/// stored (a back-fill, the hard case); <c>--order publication</c> keeps publication order (a live feed: only recent
/// events and recalled older ones are hit again).
/// </summary>
internal static class MergeGrowthBench
{
    public static int Run(BenchArgs a)
    {
        Modes.PrintMachine();
        var services = StoreServices.Load(a);
        int batches = a.Int("batches", 10);
        int perBatch = a.Int("docs-per-batch", 10_000);
        int threads = a.Int("threads", Environment.ProcessorCount);
        int txBatch = a.Int("batch", 200);
        string order = a.Text("order", "shuffled");
        if (order is not ("shuffled" or "publication")) throw new ArgumentException($"unknown --order '{order}' (hint: shuffled or publication)");
        int seed = a.Int("seed", 42);

        // about 4.3 articles per story (seed 42): generate enough stories for all batches
        int need = batches * perBatch;
        int stories = Math.Max(50, need / 4);
        StoryCorpus corpus;
        while (true)
        {
            corpus = new StoryCorpusGenerator(new StoryOptions(seed, stories, a.Int("max-reports", 40))).Generate();
            if (corpus.Articles.Length >= need) break;
            stories = (int)(stories * 1.1 * need / corpus.Articles.Length) + 1;
        }
        var docs = StoreIngestBench.Documents(corpus).Take(need * 2).ToList();
        if (order == "shuffled") new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(docs));
        docs = docs.Take(need).ToList();
        Console.WriteLine($"corpus: {corpus.Stories.Length} stories, {corpus.Articles.Length} articles; using {need} in {batches} batches of {perBatch}, order {order}; threads {threads}, transaction batch {txBatch}");

        StoreIngestBench.Warmup(services, threads);
        string folder = Path.Combine(Path.GetTempPath(), "entente-bench");
        Directory.CreateDirectory(folder);
        string db = Path.Combine(folder, $"growth-{Environment.ProcessId}.db");
        StoreIngestBench.DeleteSqlite(db);
        var rows = new List<(int Batch, double Seconds, double WriteSeconds, int Stored, int Mentions, double Cpu, long Events, long StoredMentions)>();
        try
        {
            using var store = new TimedStore(services.OpenSqlite(db));
            using var reader = services.OpenSqlite(db);
            using var counter = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            counter.Open();
            Console.WriteLine("| batch | docs | MB | s | docs/s | store.Write s | write ms/doc | cores used | events in store | mentions in store |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
            for (int b = 0; b < batches; b++)
            {
                var slice = docs.GetRange(b * perBatch, perBatch);
                long bytes = slice.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
                GC.Collect();
                store.Reset();
                var cpu = Memory.Cpu();
                var sw = Stopwatch.StartNew();
                var summary = services.Ingest.Run(slice.Select(ReadResult.Success), store, reader.KnownDocuments,
                    new Entente.Corpus.Ingest.IngestOptions(BatchSize: txBatch, Parallelism: threads));
                sw.Stop();
                double cores = (Memory.Cpu() - cpu) / sw.Elapsed;
                long events = Count(counter, "SELECT COUNT(*) FROM events"), mentions = Count(counter, "SELECT COUNT(*) FROM mentions");
                rows.Add((b + 1, sw.Elapsed.TotalSeconds, store.WriteTime.TotalSeconds, summary.Stored, summary.Mentions, cores, events, mentions));
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2:F1} | {3:F1} | {4:F0} | {5:F2} | {6:F3} | {7:F1} | {8} | {9} |",
                    b + 1, summary.Stored, bytes / 1048576.0, sw.Elapsed.TotalSeconds, summary.Stored / sw.Elapsed.TotalSeconds, store.WriteTime.TotalSeconds,
                    store.WriteTime.TotalMilliseconds / Math.Max(1, summary.Stored), cores, events, mentions));
            }
        }
        finally { if (!a.Has("keep")) StoreIngestBench.DeleteSqlite(db); }
        var first = rows[0];
        var last = rows[^1];
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "batch {0} / batch 1: whole ingest {1:F2}x (target ≤ 1.5), store.Write {2:F2}x; CPU-seconds per doc {3:F2}x",
            last.Batch, last.Seconds / first.Seconds, last.WriteSeconds / first.WriteSeconds, last.Seconds * last.Cpu / (first.Seconds * first.Cpu)));
        return 0;
    }

    private static long Count(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }
}

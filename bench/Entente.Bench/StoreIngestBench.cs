using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Entente.Core.Reading;
using Entente.Core.Text;
using Entente.Corpus.Ingest;
using Entente.Corpus.Store;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Entente.Bench;

/// <summary>One measured run of the ingest bench.</summary>
internal sealed record IngestRun(string Label, int Documents, long Bytes, long Mentions, TimeSpan Elapsed, TimeSpan WriteTime, double CpuCores)
{
    public double MBps => Bytes / 1048576.0 / Elapsed.TotalSeconds;
    public double DocsPerSecond => Documents / Elapsed.TotalSeconds;
    public double MentionsPerSecond => Mentions / Elapsed.TotalSeconds;
}

/// <summary>
/// <c>ingest</c>: a story corpus generated in memory, (a) analysed only (the ingest path without a store: identity,
/// <c>IngestService.Analyze</c>, windows of the batch size, same parallelism), (b) ingested into a fresh SQLite store,
/// (c) with <c>--pg</c> into a fresh PostgreSQL database; then the store's merge is scored against the truth.
/// </summary>
internal static class StoreIngestBench
{
    public static int Run(BenchArgs a)
    {
        Modes.PrintMachine();
        var services = StoreServices.Load(a);
        int threads = a.Int("threads", Environment.ProcessorCount);
        int batch = a.Int("batch", 200);
        int repeat = a.Int("repeat", 1);
        var corpus = Generate(a);
        var docs = Documents(corpus);
        long bytes = docs.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        Console.WriteLine($"corpus: {corpus.Stories.Length} stories, {docs.Count} documents, {bytes / 1048576.0:F1} MB, {corpus.Mentions.Length} story sentences; threads {threads}, batch {batch}");

        Warmup(services, threads);
        var runs = new List<IngestRun>();
        for (int k = 0; k < repeat; k++)
        {
            var analyse = AnalyzeOnly(services, docs, bytes, threads, batch);
            Print(analyse, null);
            runs.Add(analyse);
            string folder = Path.Combine(Path.GetTempPath(), "entente-bench");
            Directory.CreateDirectory(folder);
            string db = Path.Combine(folder, $"ingest-{Environment.ProcessId}-{k}.db");
            DeleteSqlite(db);
            try
            {
                var sqlite = IngestSqlite(services, docs, bytes, threads, batch, db);
                Print(sqlite, analyse);
                runs.Add(sqlite);
                if (k == 0)
                {
                    using var conn = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
                    conn.Open();
                    ScoreMerge(corpus, conn, "sqlite");
                }
            }
            finally { if (!a.Has("keep")) DeleteSqlite(db); }

            if (a.Has("pg"))
            {
                using var pg = new FreshPgDatabase(a.Text("pg", ""), "ingest", a.Has("keep"));
                var run = IngestPostgres(services, docs, bytes, threads, batch, pg.ConnectionString);
                Print(run, analyse);
                runs.Add(run);
                if (k == 0)
                {
                    using var conn = new NpgsqlConnection(pg.ConnectionString);
                    conn.Open();
                    ScoreMerge(corpus, conn, "postgresql");
                }
                NpgsqlConnection.ClearAllPools();
            }
            else if (k == 0) Console.WriteLine("postgresql: skipped (give --pg \"Host=…;Port=…;Username=…;Database=postgres\" to measure it; a fresh database is created and dropped)");
        }
        Console.WriteLine();
        Console.WriteLine("| run | docs | MB | s | MB/s | docs/s | mentions/s | store.Write s | cores used | ingest / analyze |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        IngestRun? lastAnalyse = null;
        foreach (var r in runs)
        {
            if (r.Label.StartsWith("analyze", StringComparison.Ordinal)) lastAnalyse = r;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2:F1} | {3:F1} | {4:F2} | {5:F0} | {6:F0} | {7} | {8:F1} | {9} |",
                r.Label, r.Documents, r.Bytes / 1048576.0, r.Elapsed.TotalSeconds, r.MBps, r.DocsPerSecond, r.MentionsPerSecond,
                r.WriteTime == TimeSpan.Zero ? "–" : r.WriteTime.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture), r.CpuCores,
                r == lastAnalyse || lastAnalyse is null ? "–" : (r.MBps / lastAnalyse.MBps * 100).ToString("F0", CultureInfo.InvariantCulture) + " %"));
        }
        return 0;
    }

    internal static StoryCorpus Generate(BenchArgs a)
    {
        int seed = a.Int("seed", 42);
        int maxReports = a.Int("max-reports", 40);
        int stories = a.Int("stories", 2000);
        if (a.Has("mb"))
        {
            // bytes per story from a pilot corpus, then scaled
            var pilot = new StoryCorpusGenerator(new StoryOptions(seed, 300, maxReports,
                MinFiller: a.Has("long") ? 30 : 3, MaxFiller: a.Has("long") ? 60 : 12)).Generate();
            double perStory = pilot.Articles.Sum(x => (double)Encoding.UTF8.GetByteCount(x.Text)) / 300;
            stories = Math.Max(1, (int)Math.Ceiling(a.Number("mb", 20) * 1048576 / perStory));
        }
        var sw = Stopwatch.StartNew();
        var corpus = new StoryCorpusGenerator(new StoryOptions(seed, stories, maxReports, HardPhrasings: a.Has("hard"),
            MinFiller: a.Has("long") ? 30 : 3, MaxFiller: a.Has("long") ? 60 : 12)).Generate();
        Console.WriteLine($"generated {corpus.Articles.Length} articles of {stories} stories in {sw.Elapsed.TotalSeconds:F1} s (seed {seed})");
        return corpus;
    }

    /// <summary>The articles as the JSONL reader would give them (path, line, title, published, outlet, url, body).</summary>
    internal static List<SourceDocument> Documents(StoryCorpus corpus)
        => corpus.Articles.Select(x => new SourceDocument("articles.jsonl", x.Text, "jsonl", x.Title, x.Published, x.Outlet.Name, x.Url, Line: x.Line)).ToList();

    internal static void Warmup(StoreServices s, int threads)
    {
        var small = new StoryCorpusGenerator(new StoryOptions(Seed: 991, Stories: 60)).Generate();
        var docs = Documents(small);
        Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = threads }, d => s.Ingest.Analyze(d, DocumentIdentity.Of(d)));
        string db = Path.Combine(Path.GetTempPath(), $"entente-bench-warmup-{Environment.ProcessId}.db");
        DeleteSqlite(db);
        try { IngestSqlite(s, docs, 0, threads, 200, db); }
        finally { DeleteSqlite(db); }
    }

    internal static IngestRun AnalyzeOnly(StoreServices s, List<SourceDocument> docs, long bytes, int threads, int batch)
    {
        GC.Collect();
        var cpu = Memory.Cpu();
        var sw = Stopwatch.StartNew();
        long mentions = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        for (int start = 0; start < docs.Count; start += batch)
        {
            int end = Math.Min(docs.Count, start + batch);
            Parallel.For(start, end, options, i =>
            {
                var item = s.Ingest.Analyze(docs[i], DocumentIdentity.Of(docs[i]));
                Interlocked.Add(ref mentions, item.Mentions.Length);
            });
        }
        sw.Stop();
        return new IngestRun("analyze only (no store)", docs.Count, bytes, mentions, sw.Elapsed, TimeSpan.Zero, (Memory.Cpu() - cpu) / sw.Elapsed);
    }

    internal static IngestRun IngestSqlite(StoreServices s, List<SourceDocument> docs, long bytes, int threads, int batch, string db)
    {
        GC.Collect();
        var cpu = Memory.Cpu();
        var sw = Stopwatch.StartNew();
        using var store = new TimedStore(s.OpenSqlite(db));
        using var reader = s.OpenSqlite(db);
        var summary = s.Ingest.Run(docs.Select(ReadResult.Success), store, reader.KnownDocuments, new IngestOptions(BatchSize: batch, Parallelism: threads));
        sw.Stop();
        Check(summary, docs.Count);
        return new IngestRun("ingest → SQLite", summary.Stored, bytes, summary.Mentions, sw.Elapsed, store.WriteTime, (Memory.Cpu() - cpu) / sw.Elapsed);
    }

    private static IngestRun IngestPostgres(StoreServices s, List<SourceDocument> docs, long bytes, int threads, int batch, string connectionString)
    {
        GC.Collect();
        var cpu = Memory.Cpu();
        var sw = Stopwatch.StartNew();
        using var store = new TimedStore(PostgresEventStore.Open(connectionString, s.Merger, Entente.Core.Pipeline.Analyzer.Version, s.Knowledge.Hash));
        using var reader = PostgresEventStore.Open(connectionString, s.Merger, Entente.Core.Pipeline.Analyzer.Version, s.Knowledge.Hash);
        var summary = s.Ingest.Run(docs.Select(ReadResult.Success), store, reader.KnownDocuments, new IngestOptions(BatchSize: batch, Parallelism: threads));
        sw.Stop();
        Check(summary, docs.Count);
        return new IngestRun("ingest → PostgreSQL", summary.Stored, bytes, summary.Mentions, sw.Elapsed, store.WriteTime, (Memory.Cpu() - cpu) / sw.Elapsed);
    }

    private static void Check(IngestSummary summary, int expected)
    {
        if (summary.Failed > 0 || summary.Stored != expected)
            Console.WriteLine($"  warning: stored {summary.Stored} of {expected} documents, {summary.Unchanged} unchanged, {summary.Failed} failed" +
                              (summary.Errors.Count > 0 ? $" (first: {summary.Errors[0]})" : ""));
    }

    private static void Print(IngestRun r, IngestRun? analyse)
        => Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "{0,-26} {1,7} docs  {2,6:F1} MB  {3,6:F1} s  {4,6:F2} MB/s  {5,6:F0} docs/s  {6,7:F0} mentions/s  store.Write {7,5:F1} s  cpu {8:F1} cores{9}",
            r.Label, r.Documents, r.Bytes / 1048576.0, r.Elapsed.TotalSeconds, r.MBps, r.DocsPerSecond, r.MentionsPerSecond, r.WriteTime.TotalSeconds, r.CpuCores,
            analyse is null ? "" : $"  = {r.MBps / analyse.MBps * 100:F0} % of analyze-only"));

    /// <summary>
    /// Dumps (document url, mention start offset, event id) from the store and scores it against the truth. Where a truth
    /// sentence carries several mentions, the one with the story's actor pair and CAMEO root counts (else the first).
    /// </summary>
    internal static void ScoreMerge(StoryCorpus corpus, DbConnection conn, string engine)
    {
        var truth = corpus.Mentions.Select(m => new TruthMention(m.Url, m.Start, m.End, m.Story.Id)).ToList();
        var spans = corpus.Mentions.GroupBy(m => m.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var rows = new List<(AssignedEvent Assigned, bool Matches)>();
        using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = "SELECT d.url, m.start_offset, m.event_id, m.source_code, m.target_code, m.cameo FROM mentions m " +
                              "JOIN documents d ON d.id = m.document_id WHERE d.state = 'done' ORDER BY d.id, m.start_offset, m.mention_key";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                string url = r.GetString(0);
                int offset = r.GetInt32(1);
                string eventId = r.IsDBNull(2) ? "\0none" : r.GetString(2);
                string src = r.GetString(3), tgt = r.GetString(4), root = r.GetString(5)[..Math.Min(2, r.GetString(5).Length)];
                bool matches = spans.TryGetValue(url, out var ms) && ms.Any(m => m.Start <= offset && offset < m.End && m.Story.CameoRoot == root
                    && ((m.Story.Source.Code == src && m.Story.Target.Code == tgt) || (StoryKinds.Symmetric(m.Story.Kind) && m.Story.Source.Code == tgt && m.Story.Target.Code == src)));
                rows.Add((new AssignedEvent(url, offset, eventId), matches));
            }
        }
        var ordered = rows.Where(x => x.Matches).Concat(rows.Where(x => !x.Matches)).Select(x => x.Assigned).ToList();
        var scores = MergeQuality.Score(truth, ordered);
        var matchedOnly = MergeQuality.Score(truth, rows.Where(x => x.Matches).Select(x => x.Assigned).ToList());
        Console.WriteLine($"merge quality ({engine}, any mention in the sentence):         {scores.Format()}");
        Console.WriteLine($"merge quality ({engine}, only mentions with the story's actors and root): {matchedOnly.Format()}");
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  store mentions {0}, in story sentences with the right actors and root {1}; true stories {2}",
            rows.Count, rows.Count(x => x.Matches), corpus.Stories.Length));
    }

    internal static void DeleteSqlite(string db)
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { db, db + "-wal", db + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}

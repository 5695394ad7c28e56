using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Entente.Core.Knowledge;
using Entente.Corpus.Model;
using Entente.Corpus.Store;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Entente.Bench;

/// <summary>
/// <c>query</c>: a store of <c>--events</c> (default 1 000 000) synthetic merged events written straight into the
/// <c>events</c> table of the schema <see cref="SqliteEventStore.Open"/> creates (no analyzer: ~190 states with
/// Zipf-skewed frequencies, CAMEO codes of data/cameo weighted towards the cooperative roots, dates over 2016–2025),
/// then <see cref="IEventStore.Events"/> timed over repetitions for a few filters, with the query plan of each.
/// With <c>--pg</c> the same rows go into a fresh PostgreSQL database by binary COPY.
/// </summary>
internal static class QueryBench
{
    internal static readonly string[] Prominent =
        ["USA", "RUS", "CHN", "UKR", "IRN", "ISR", "GBR", "FRA", "DEU", "TUR", "IND", "PAK", "SAU", "PRK", "KOR", "JPN", "SYR", "IRQ", "EGY", "POL"];

    private static readonly DateOnly First = new(2016, 1, 1);
    private const int Days = 3653;

    private sealed record Synth(string[] Codes, string[] Names, double[] Cumulative, CameoCode[] Cameo, double[] CameoCumulative, BenchPlaces Places);

    /// <summary>
    /// The synthetic store of <paramref name="n"/> events in the bench folder, named <c>NAME-n.db</c> (or --db); reused with
    /// --reuse when the file exists; with <paramref name="analyze"/>, planner statistics are gathered after loading. Returns its path.
    /// </summary>
    internal static string PrepareSqlite(BenchArgs a, Entente.Corpus.Merge.EventMerger merger, int n, KnowledgeBase kb, string dataDir,
        string name = "query", bool analyze = false)
        => PrepareSqlite(a, merger, n, Distribution(dataDir, kb, a.Int("states", 190)), name, analyze);

    private static string PrepareSqlite(BenchArgs a, Entente.Corpus.Merge.EventMerger merger, int n, Synth synth, string name = "query", bool analyze = false)
    {
        string folder = Path.Combine(Path.GetTempPath(), "entente-bench");
        Directory.CreateDirectory(folder);
        string db = a.Text("db", Path.Combine(folder, $"{name}-{n}.db"));
        if (a.Has("reuse") && File.Exists(db))
        {
            Console.WriteLine($"reusing {db}");
            return db;
        }
        StoreIngestBench.DeleteSqlite(db);
        using (var created = SqliteEventStore.Open(db, merger)) { }
        LoadSqlite(db, n, synth, a.Int("seed", 42));
        if (analyze)
        {
            using var conn = new SqliteConnection($"Data Source={db};Pooling=False");
            conn.Open();
            Exec(conn, "ANALYZE");
        }
        return db;
    }

    /// <summary>A fresh PostgreSQL database holding the same synthetic events as <see cref="PrepareSqlite"/> (binary COPY, then VACUUM ANALYZE).</summary>
    internal static FreshPgDatabase PreparePostgres(BenchArgs a, Entente.Corpus.Merge.EventMerger merger, int n, KnowledgeBase kb, string dataDir, string name)
    {
        var pg = new FreshPgDatabase(a.Text("pg", ""), name, a.Has("keep"));
        using (var created = PostgresEventStore.Open(pg.ConnectionString, merger)) { }
        LoadPostgres(pg.ConnectionString, n, Distribution(dataDir, kb, a.Int("states", 190)), a.Int("seed", 42));
        return pg;
    }

    /// <summary>What every mode over the synthetic store starts with: the machine printed, the knowledge folder (--data) and
    /// base, the merger, and the number of events (--events, default 1 000 000).</summary>
    internal static (string DataDir, KnowledgeBase Kb, Entente.Corpus.Merge.EventMerger Merger, int Events) Setup(BenchArgs a)
    {
        Modes.PrintMachine();
        string dataDir = a.Text("data", Path.Combine(AppContext.BaseDirectory, "data"));
        var kb = KnowledgeBase.Load(dataDir, Array.Empty<string>());
        return (dataDir, kb, new Entente.Corpus.CorpusServices(kb).Merger, a.Int("events", 1_000_000));
    }

    public static int Run(BenchArgs a)
    {
        var (dataDir, kb, merger, n) = Setup(a);
        int reps = a.Int("reps", 30);
        var synth = Distribution(dataDir, kb, a.Int("states", 190));
        var filters = Filters(synth);

        string db = PrepareSqlite(a, merger, n, synth);
        try
        {
            using var store = SqliteEventStore.Open(db, merger, readOnly: true);
            using var conn = new SqliteConnection($"Data Source={db};Pooling=False");
            conn.Open();
            Console.WriteLine($"sqlite: {Scalar(conn, "SELECT COUNT(*) FROM events")} events, file {new FileInfo(db).Length / 1048576.0:F0} MB");
            Time("sqlite, as created (no ANALYZE)", store, conn, filters, reps, "EXPLAIN QUERY PLAN ");
            var sw = Stopwatch.StartNew();
            Exec(conn, "ANALYZE");
            Console.WriteLine($"ANALYZE: {sw.Elapsed.TotalSeconds:F1} s");
            using var store2 = SqliteEventStore.Open(db, merger, readOnly: true);
            Time("sqlite, after ANALYZE", store2, conn, filters, reps, "EXPLAIN QUERY PLAN ");
            if (a.Has("drop-stats")) Exec(conn, "DROP TABLE IF EXISTS sqlite_stat1");
        }
        finally
        {
            if (!a.Has("keep")) StoreIngestBench.DeleteSqlite(db);
        }

        if (a.Has("pg"))
        {
            using var pg = new FreshPgDatabase(a.Text("pg", ""), "query", a.Has("keep"));
            using (var created = PostgresEventStore.Open(pg.ConnectionString, merger)) { }
            LoadPostgres(pg.ConnectionString, n, synth, a.Int("seed", 42));
            using var store = PostgresEventStore.Open(pg.ConnectionString, merger);
            using var conn = new NpgsqlConnection(pg.ConnectionString);
            conn.Open();
            Time("postgresql (after VACUUM ANALYZE)", store, conn, filters, reps, "EXPLAIN ");
            NpgsqlConnection.ClearAllPools();
        }
        else Console.WriteLine("postgresql: skipped (give --pg \"Host=…;Port=…;Username=…;Database=postgres\")");
        return 0;
    }

    private static List<(string Name, EventFilter Filter)> Filters(Synth s)
    {
        string commonType = s.Cameo.GroupBy(c => c.Type).OrderByDescending(g => g.Count()).First().Key;
        return
        [
            ("dyad IRN–RUS", new EventFilter(Dyad: ("IRN", "RUS"))),
            ("dyad IRN–RUS since 2025-01-01", new EventFilter(Dyad: ("IRN", "RUS"), Since: new DateOnly(2025, 1, 1))),
            ("dyad IRN–RUS 2024, limit 100", new EventFilter(Dyad: ("IRN", "RUS"), Since: new DateOnly(2024, 1, 1), Until: new DateOnly(2024, 12, 31), Limit: 100)),
            ("dyad USA–RUS (largest)", new EventFilter(Dyad: ("USA", "RUS"))),
            ("dyad IRN–RUS cameo 07", new EventFilter(Dyad: ("IRN", "RUS"), Cameo: "07")),
            ("actor IRN since 2025-07-01", new EventFilter(Actor: "IRN", Since: new DateOnly(2025, 7, 1))),
            ($"type {commonType} since 2025-12-01", new EventFilter(Type: commonType, Since: new DateOnly(2025, 12, 1))),
            ("cameo 19 since 2025-10-01", new EventFilter(Cameo: "19", Since: new DateOnly(2025, 10, 1))),
            ("since 2025-12-24 (last week)", new EventFilter(Since: new DateOnly(2025, 12, 24))),
        ];
    }

    private static Synth Distribution(string dataDir, KnowledgeBase kb, int states)
    {
        var table = DataTable.Load(Path.Combine(dataDir, "actors", "states.tsv"), "states", "code", "name");
        var all = table.Rows.Select(r => (Code: r["code"], Name: r["name"])).ToList();
        var ranked = Prominent.Select(p => all.First(x => x.Code == p)).Concat(all.Where(x => !Prominent.Contains(x.Code))).Take(states).ToArray();
        // Zipf-like (s = 1) over the ranking: the top state is in ~17 % of events as one side
        var weights = ranked.Select((_, i) => 1.0 / (i + 1)).ToArray();
        var cameo = kb.Cameo.Codes.Values.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
        var cameoWeights = cameo.Select(c => string.CompareOrdinal(c.Root, "05") <= 0 ? 3.0 : 1.0).ToArray();
        return new Synth([.. ranked.Select(x => x.Code)], [.. ranked.Select(x => x.Name)], Cumulative(weights), cameo, Cumulative(cameoWeights),
            BenchPlaces.Load(dataDir, ranked.Select(x => x.Code)));
    }

    private static double[] Cumulative(double[] w)
    {
        var c = new double[w.Length];
        double sum = w.Sum(), acc = 0;
        for (int i = 0; i < w.Length; i++) { acc += w[i] / sum; c[i] = acc; }
        c[^1] = 1;
        return c;
    }

    private static int Draw(Random rng, double[] cumulative)
    {
        int i = Array.BinarySearch(cumulative, rng.NextDouble());
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }

    private static readonly string[] Outlets = ["Reuters", "TASS", "Tasnim News Agency", "Ukrainska Pravda", "Iran International", "Associated Press", "BBC", "Al Jazeera"];
    private static readonly string[] Statuses = ["reported", "reported", "reported", "confirmed", "confirmed", "contested", "denied", "planned", "assessed"];

    /// <summary>The 38 column values of one synthetic event row, in the order of <see cref="Columns"/>: the 27 of the events
    /// table's first version, then the place (<see cref="BenchPlaces.Values"/>, drawn from <paramref name="places"/>, a random
    /// source of its own so that the other columns are those of the stores measured before places were stored).</summary>
    private static object?[] Row(Random rng, Random places, Synth s, long i)
    {
        int src = Draw(rng, s.Cumulative), tgt;
        do tgt = Draw(rng, s.Cumulative); while (tgt == src);
        var code = s.Cameo[Draw(rng, s.CameoCumulative)];
        var start = First.AddDays(rng.Next(Days));
        int span = rng.Next(10) switch { < 7 => 0, < 9 => rng.Next(1, 8), _ => rng.Next(8, 31) };
        var end = start.AddDays(span);
        int mentions = rng.Next(10) < 6 ? 1 : 1 + (int)Math.Min(200, Math.Exp(rng.NextDouble() * 4));
        int sources = Math.Max(1, Math.Min(mentions, 1 + rng.Next(mentions)));
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reported = string.Join("|", Enumerable.Range(0, Math.Min(sources, 3)).Select(_ => Outlets[rng.Next(Outlets.Length)]).Distinct());
        return
        [
            "E" + (i * 4_000_000_000L + 12345).ToString("x16", CultureInfo.InvariantCulture),
            $"{code.Type}|{s.Codes[src]}|{s.Codes[tgt]}", s.Codes[src], s.Names[src], s.Codes[tgt], s.Names[tgt], code.Type, code.Code, code.Plover,
            code.Goldstein, code.QuadClass, Iso(start), Iso(end), Statuses[rng.Next(Statuses.Length)], Math.Round(rng.NextDouble(), 2),
            code.Root == "07" && rng.Next(3) == 0 ? (double)rng.Next(1, 500) : null, code.Root == "07" && rng.Next(2) == 0 ? "Shahed-136" : "",
            mentions, mentions, sources, Math.Max(1, sources - rng.Next(2)), Iso(start.AddDays(rng.Next(3))), Iso(start.AddDays(rng.Next(3, 20))),
            "ABCDEF"[rng.Next(6)].ToString(), 1 + rng.Next(6), reported, rng.Next(20) == 0 ? "TASS" : "",
            .. s.Places.Values(places, s.Codes[src], s.Codes[tgt]),
        ];
    }

    private static readonly string[] Columns =
        ("event_id, block, source_code, source_name, target_code, target_name, type, cameo, plover, goldstein, quad_class, date_start, date_end, status, " +
         "confidence, quantity, equipment, num_mentions, num_articles, num_sources, num_independent, first_seen, last_seen, reliability, credibility, " +
         "reported_by, denied_by, " + BenchPlaces.Columns).Split(", ");

    private static void LoadSqlite(string db, int n, Synth s, int seed)
    {
        var sw = Stopwatch.StartNew();
        using var conn = new SqliteConnection($"Data Source={db};Pooling=False");
        conn.Open();
        Exec(conn, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;");
        // drop the secondary indexes for the load and create them again from their own DDL afterwards
        var indexes = new List<string>();
        using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL";
            using var r = cmd.ExecuteReader();
            while (r.Read()) indexes.Add(r.GetString(1));
        }
        Exec(conn, string.Join(";", indexes.Select(sql => "DROP INDEX " + sql.Split(' ')[2])));
        var rng = new Random(seed);
        var places = new Random(seed + 1);
        const int perTx = 200_000;
        for (int done = 0; done < n; done += perTx)
        {
            using var tx = conn.BeginTransaction();
            using var insert = conn.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = $"INSERT INTO events ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select((_, i) => "@p" + i))})";
            var ps = Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("@p" + i, null))).ToArray();
            insert.Prepare();
            for (int i = done; i < Math.Min(n, done + perTx); i++)
            {
                var values = Row(rng, places, s, i);
                for (int k = 0; k < ps.Length; k++) ps[k].Value = values[k] ?? DBNull.Value;
                insert.ExecuteNonQuery();
            }
            tx.Commit();
        }
        double rowsSeconds = sw.Elapsed.TotalSeconds;
        foreach (var sql in indexes) Exec(conn, sql);
        Console.WriteLine($"sqlite load: {n} events in {rowsSeconds:F1} s, indexes ({indexes.Count}) in {sw.Elapsed.TotalSeconds - rowsSeconds:F1} s");
    }

    private static void LoadPostgres(string cs, int n, Synth s, int seed)
    {
        var sw = Stopwatch.StartNew();
        using var conn = new NpgsqlConnection(cs);
        conn.Open();
        var rng = new Random(seed);
        var places = new Random(seed + 1);
        var types = new NpgsqlDbType[Columns.Length];
        for (int k = 0; k < types.Length; k++)
            types[k] = Columns[k] switch
            {
                "goldstein" or "confidence" or "quantity" or "location_lat" or "location_lon" => NpgsqlDbType.Double,
                "quad_class" or "num_mentions" or "num_articles" or "num_sources" or "num_independent" or "credibility"
                    or "location_start" or "location_end" => NpgsqlDbType.Integer,
                _ => NpgsqlDbType.Text,
            };
        using (var writer = conn.BeginBinaryImport($"COPY events ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)"))
        {
            for (int i = 0; i < n; i++)
            {
                var values = Row(rng, places, s, i);
                writer.StartRow();
                for (int k = 0; k < values.Length; k++)
                    if (values[k] is null) writer.WriteNull();
                    else writer.Write(values[k]!, types[k]);
            }
            writer.Complete();
        }
        double copy = sw.Elapsed.TotalSeconds;
        using (var cmd = new NpgsqlCommand("VACUUM ANALYZE events", conn)) { cmd.CommandTimeout = 600; cmd.ExecuteNonQuery(); }
        Console.WriteLine($"postgresql load: {n} events by binary COPY in {copy:F1} s (indexes kept), VACUUM ANALYZE {sw.Elapsed.TotalSeconds - copy:F1} s");
    }

    private static void Time(string title, IEventStore store, DbConnection conn, List<(string Name, EventFilter Filter)> filters, int reps, string explain)
    {
        Console.WriteLine();
        Console.WriteLine($"### {title}: {reps} repetitions after 3 warm-ups (5 when they take over 5 s)");
        Console.WriteLine("| filter | rows | median ms | p95 ms | min ms | bare SQL ms (1 run) | plan |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (name, filter) in filters)
        {
            int rows = 0;
            for (int w = 0; w < 3; w++) rows = store.Events(filter).Count;
            // rows and time of the same SQL read by a bare reader (every column fetched, nothing materialised): the engine's share
            var raw = Stopwatch.StartNew();
            int rawRows = RawCount(conn, filter);
            double rawMs = raw.Elapsed.TotalMilliseconds;
            var ms = new List<double>(reps);
            var total = Stopwatch.StartNew();
            for (int r = 0; r < reps && (r < 5 || total.Elapsed.TotalSeconds < 5); r++)
            {
                var sw = Stopwatch.StartNew();
                rows = store.Events(filter).Count;
                ms.Add(sw.Elapsed.TotalMilliseconds);
            }
            var (median, p95, min) = Stats.Of(ms);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2:F1} | {3:F1} | {4:F1} | {5:F1} | {6} |", name, rows, median, p95, min, rawMs, Plan(conn, filter, explain)));
            if (rawRows != rows) Console.WriteLine($"  warning: the bare SQL returned {rawRows} rows, the store {rows}");
        }
    }

    /// <summary>The SQL of <see cref="SqlEventStore.Events"/> for a filter (kept in step with it by hand), to ask the engine for its plan.</summary>
    private static (string Sql, List<(string, object)> Ps) SqlOf(EventFilter f)
    {
        var where = new List<string>();
        var ps = new List<(string, object)>();
        if (f.Dyad is var (a, b)) { where.Add("((source_code = @a AND target_code = @b) OR (source_code = @b AND target_code = @a))"); ps.Add(("a", a)); ps.Add(("b", b)); }
        if (f.Actor is { } actor) { where.Add("(source_code = @actor OR target_code = @actor)"); ps.Add(("actor", actor)); }
        if (f.Type is { } type) { where.Add("type = @type"); ps.Add(("type", type)); }
        if (f.Cameo is { } cameo) { where.Add("cameo LIKE @cameo"); ps.Add(("cameo", cameo + "%")); }
        if (f.Since is DateOnly since) { where.Add("date_end >= @since"); ps.Add(("since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))); }
        if (f.Until is DateOnly until) { where.Add("date_start <= @until"); ps.Add(("until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))); }
        var sql = "SELECT * FROM events" + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "") + " ORDER BY date_start, event_id" +
                  (f.Limit is int limit ? $" LIMIT {limit}" : "");
        return (sql, ps);
    }

    private static int RawCount(DbConnection conn, EventFilter f)
    {
        var (sql, ps) = SqlOf(f);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in ps)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@" + n;
            p.Value = v;
            cmd.Parameters.Add(p);
        }
        int rows = 0;
        var values = new object[27];
        using var r = cmd.ExecuteReader();
        while (r.Read()) { r.GetValues(values); rows++; }
        return rows;
    }

    private static string Plan(DbConnection conn, EventFilter f, string explain)
    {
        var (sql, ps) = SqlOf(f);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = explain + sql;
        foreach (var (n, v) in ps)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@" + n;
            p.Value = v;
            cmd.Parameters.Add(p);
        }
        var lines = new List<string>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) lines.Add(explain.StartsWith("EXPLAIN QUERY", StringComparison.Ordinal) ? r.GetString(3) : r.GetString(0).Trim());
        if (!explain.StartsWith("EXPLAIN QUERY", StringComparison.Ordinal))
            lines = lines.Where(l => l.Contains("Scan", StringComparison.Ordinal) || l.Contains("Sort (", StringComparison.Ordinal) || l.Contains("BitmapOr", StringComparison.Ordinal) || l.StartsWith("Limit", StringComparison.Ordinal))
                .Select(l => System.Text.RegularExpressions.Regex.Replace(l.TrimStart('-', '>', ' '), @"\s*\(cost=[^)]*\)", "")).ToList();
        return string.Join("; ", lines.Select(l => l.Replace("|", "/")));
    }

    private static void Exec(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 600;
        cmd.ExecuteNonQuery();
    }

    private static long Scalar(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}

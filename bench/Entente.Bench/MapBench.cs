using System.Diagnostics;
using System.Globalization;
using Entente.Analysis.Maps;
using Entente.Analysis.Selection;
using Entente.Core.Knowledge;
using Entente.Corpus.Model;
using Entente.Corpus.Store;
using Entente.Web;
using Microsoft.AspNetCore.Builder;

namespace Entente.Bench;

/// <summary>
/// <c>map</c>: the dashboard's map over the synthetic store of <c>query</c> (<c>--events</c>, default 1 000 000, with the
/// places of <see cref="BenchPlaces"/>; kept as <c>map-N.db</c> with <c>--keep</c>, reused with <c>--reuse</c>) for a filter
/// that selects about a tenth of it (<c>--since</c>, default 2025-01-01: ~100,000 events). Times, median of <c>--reps</c>
/// after warm-ups: the store's aggregate by place (<see cref="IEventStore.Places"/>), grouping into points
/// (<see cref="MapAggregator"/>), the SVG, and the whole page (GET /map?since=… from the web host in this process); and
/// once, for comparison, reading every event and aggregating in process (the page before the store aggregated).
/// With <c>--pg</c> the same on PostgreSQL (the store calls; the page is served from SQLite).
/// </summary>
internal static class MapBench
{
    public static int Run(BenchArgs a)
    {
        var (dataDir, kb, merger, n) = QueryBench.Setup(a);
        int reps = a.Int("reps", 10);
        var since = DateOnly.Parse(a.Text("since", "2025-01-01"), CultureInfo.InvariantCulture);
        var filter = new EventFilter(Since: since);
        var outlines = CountryOutlines.LoadFrom(dataDir);
        string db = QueryBench.PrepareSqlite(a, merger, n, kb, dataDir, name: "map", analyze: true);
        try
        {
            using (var store = SqliteEventStore.Open(db, merger, readOnly: true))
                Measure($"sqlite ({new FileInfo(db).Length / 1048576.0:F0} MB)", store, filter, outlines, reps);
            Fresh("sqlite", () => SqliteEventStore.Open(db, merger, readOnly: true), filter, reps);
            Page(db, since, reps);
        }
        finally
        {
            if (!a.Has("keep") && !a.Has("reuse")) StoreIngestBench.DeleteSqlite(db);
        }
        if (a.Has("pg"))
        {
            using var pg = QueryBench.PreparePostgres(a, merger, n, kb, dataDir, "map");
            using (var store = PostgresEventStore.Open(pg.ConnectionString, merger))
                Measure("postgresql", store, filter, outlines, reps);
            Npgsql.NpgsqlConnection.ClearAllPools();
        }
        else Console.WriteLine("postgresql: skipped (give --pg \"Host=…;Port=…;Username=…;Database=postgres\")");
        return 0;
    }

    private static readonly EventSelection Everything = EventSelection.All with { IncludeOneSided = true };

    private static void Measure(string engine, IEventStore store, EventFilter filter, CountryOutlines outlines, int reps)
    {
        Console.WriteLine();
        Console.WriteLine($"### {engine}: filter since {filter.Since:yyyy-MM-dd}, median of {reps} after 2 warm-ups");
        (IReadOnlyList<MapEvent> Events, int Counted, int Without) collected = default;
        IReadOnlyList<MapCluster> clusters = [];
        string svg = "";
        var query = new List<double>();
        var group = new List<double>();
        var draw = new List<double>();
        for (int r = 0; r < reps + 2; r++)
        {
            var sw = Stopwatch.StartNew();
            collected = EventLocators.Collect(store, filter, Everything);
            double q = sw.Elapsed.TotalMilliseconds;
            clusters = new MapAggregator().Aggregate(collected.Events, c => "/events?bbox=" + c.Box.South.ToString(CultureInfo.InvariantCulture));
            double g = sw.Elapsed.TotalMilliseconds;
            svg = MapRenderer.Svg(outlines, [.. clusters.Select(c => c.Point)], new MapOptions(IdPrefix: "worldmap"));
            double d = sw.Elapsed.TotalMilliseconds;
            if (r < 2) continue;
            query.Add(q); group.Add(g - q); draw.Add(d - g);
        }
        int located = collected.Counted - collected.Without;
        Console.WriteLine($"{collected.Counted} events selected, {located} with a place, {collected.Events.Count} place×QuadClass rows from the store, {clusters.Count} points, SVG {svg.Length / 1024} KB");
        Console.WriteLine("| step | median ms | p95 ms | min ms |");
        Console.WriteLine("|---|---|---|---|");
        Row("store aggregate by place (Places)", query);
        Row("group into points (MapAggregator)", group);
        Row("SVG (MapRenderer.Svg)", draw);
        Row("total", [.. query.Select((q, i) => q + group[i] + draw[i])]);

        // the page before: every event read and located in process
        var before = Stopwatch.StartNew();
        var events = store.Events(filter);
        double read = before.Elapsed.TotalMilliseconds;
        var old = EventLocators.Collect(events, Everything, EventLocators.Default);
        var oldClusters = new MapAggregator().Aggregate(old.Events);
        MapRenderer.Svg(outlines, [.. oldClusters.Select(c => c.Point)], new MapOptions(IdPrefix: "worldmap"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"for comparison, reading the {events.Count} events (store.Events) and aggregating in process: {before.Elapsed.TotalMilliseconds:F0} ms ({read:F0} ms reading), 1 run; same points: {oldClusters.Count == clusters.Count}"));
    }

    /// <summary>The store's aggregate on a store opened for each call, as the dashboard opens one per request (a cold engine cache).</summary>
    private static void Fresh(string engine, Func<IEventStore> open, EventFilter filter, int reps)
    {
        var ms = new List<double>();
        for (int r = 0; r < reps + 1; r++)
        {
            var sw = Stopwatch.StartNew();
            using (var store = open()) EventLocators.Collect(store, filter, Everything);
            if (r >= 1) ms.Add(sw.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine();
        Console.WriteLine($"{engine}, the store opened for each call (as the dashboard does per request):");
        Console.WriteLine("| step | median ms | p95 ms | min ms |");
        Console.WriteLine("|---|---|---|---|");
        Row("open + store aggregate by place", ms);
    }

    private static void Row(string name, IReadOnlyList<double> ms)
    {
        var (median, p95, min) = Stats.Of(ms);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {median:F0} | {p95:F0} | {min:F0} |"));
    }

    /// <summary>GET /map?since=… from the web host (as <c>entente serve</c> runs it) in this process: the whole page, over loopback.</summary>
    private static void Page(string db, DateOnly since, int reps)
    {
        var app = WebHostFactory.Build(new WebOptions(db, "http://127.0.0.1:0", Token: "bench"));
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(5) };
            var url = $"/map?since={since:yyyy-MM-dd}";
            var ms = new List<double>();
            string html = "";
            for (int r = 0; r < reps + 2; r++)
            {
                var sw = Stopwatch.StartNew();
                using var response = http.GetAsync(url).GetAwaiter().GetResult();
                html = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                if (!response.IsSuccessStatusCode) throw new InvalidDataException($"GET {url}: {(int)response.StatusCode}");
                if (r >= 2) ms.Add(sw.Elapsed.TotalMilliseconds);
            }
            var count = System.Text.RegularExpressions.Regex.Match(html, "id=\"map-count\">(.*?)</p>").Groups[1].Value.Replace("<strong>", "").Replace("</strong>", "");
            Console.WriteLine();
            Console.WriteLine($"GET {url} (page {html.Length / 1024} KB: {count})");
            Console.WriteLine("| step | median ms | p95 ms | min ms |");
            Console.WriteLine("|---|---|---|---|");
            Row("whole page", ms);
        }
        finally { app.StopAsync().GetAwaiter().GetResult(); }
    }
}

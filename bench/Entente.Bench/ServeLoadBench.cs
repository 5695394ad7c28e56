using System.Diagnostics;
using System.Globalization;
using System.Net;
using Entente.Core.Knowledge;
using Entente.Corpus.Store;
using Entente.Web;
using Microsoft.AspNetCore.Builder;

namespace Entente.Bench;

/// <summary>
/// <c>serve-load</c>: the web host (<see cref="WebHostFactory"/>, as <c>entente serve</c> runs it) in this process on a free
/// loopback port, over the synthetic store of <c>query</c> (<c>--events</c>, default 1 000 000 merged events; reused with
/// <c>--reuse</c>), and a load client of <c>--clients</c> (default 32) concurrent workers sharing one HttpClient, each
/// sending its next request as soon as the last is answered, for <c>--seconds</c> (default 20) per endpoint after a
/// 3-second warm-up: GET /api/events?dyad=A,B&amp;page=P&amp;page_size=50 and GET /api/dyads/A/B?by=month, over the dyads
/// of the 12 most frequent states. Reports requests/s and latency p50/p90/p99/max.
/// </summary>
internal static class ServeLoadBench
{
    public static int Run(BenchArgs a)
    {
        var (dataDir, kb, merger, n) = QueryBench.Setup(a);
        int clients = a.Int("clients", 32);
        double seconds = a.Number("seconds", 20);
        string db = QueryBench.PrepareSqlite(a, merger, n, kb, dataDir, name: "serve", analyze: true);
        using (var store = SqliteEventStore.Open(db, merger))
            Console.WriteLine($"store: {store.Stats().Events} events, {new FileInfo(db).Length / 1048576.0:F0} MB, schema {StoreSchema.Version}");

        var app = WebHostFactory.Build(new WebOptions(db, "http://127.0.0.1:0", Token: "bench"));
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            var baseUrl = app.Urls.First();
            Console.WriteLine($"server: {baseUrl}, {clients} clients, {seconds:0} s per endpoint (Release: {!IsDebug})");
            var states = QueryBench.Prominent.Take(12).ToArray();
            var dyads = (from x in Enumerable.Range(0, states.Length) from y in Enumerable.Range(x + 1, states.Length - x - 1) select (states[x], states[y])).ToArray();
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
            Run(http, "GET /api/events?dyad=A,B&page=P&page_size=50", clients, seconds,
                i => { var (x, y) = dyads[i % dyads.Length]; return $"/api/events?dyad={x},{y}&page={1 + i / dyads.Length % 10}&page_size=50"; });
            Run(http, "GET /api/dyads/A/B?by=month", clients, seconds,
                i => { var (x, y) = dyads[i % dyads.Length]; return $"/api/dyads/{x}/{y}?by=month"; });
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
            if (!a.Has("keep") && !a.Has("reuse")) StoreIngestBench.DeleteSqlite(db);
        }
        return 0;
    }

#if DEBUG
    private const bool IsDebug = true;
#else
    private const bool IsDebug = false;
#endif

    private static void Run(HttpClient http, string name, int clients, double seconds, Func<int, string> url)
    {
        // warm-up: JIT, page cache, connection pool
        Load(http, clients, 3, url, 0);
        var (latencies, errors, elapsed) = Load(http, clients, seconds, url, 7919);
        latencies.Sort();
        double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {latencies.Count} requests in {elapsed:F1} s = {latencies.Count / elapsed:F0} req/s; latency p50 {P(0.50):F1} ms, p90 {P(0.90):F1} ms, p99 {P(0.99):F1} ms, max {latencies[^1]:F1} ms; errors {errors}"));
    }

    private static (List<double> Latencies, int Errors, double Elapsed) Load(HttpClient http, int clients, double seconds, Func<int, string> url, int seed)
    {
        var deadline = Stopwatch.StartNew();
        var perWorker = new List<double>[clients];
        int errors = 0, counter = seed;
        var workers = Enumerable.Range(0, clients).Select(w => Task.Run(async () =>
        {
            var mine = perWorker[w] = new List<double>(4096);
            while (deadline.Elapsed.TotalSeconds < seconds)
            {
                var target = url(Interlocked.Increment(ref counter));
                long t0 = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(target);
                await response.Content.ReadAsByteArrayAsync();
                mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref errors);
            }
        })).ToArray();
        Task.WaitAll(workers);
        return ([.. perWorker.SelectMany(l => l)], errors, deadline.Elapsed.TotalSeconds);
    }
}

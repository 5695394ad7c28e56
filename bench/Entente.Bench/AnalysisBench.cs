using System.Diagnostics;
using Entente.Analysis;
using Entente.Analysis.Brief;
using Entente.Analysis.Network;
using Entente.Analysis.Selection;
using Entente.Analysis.Series;
using Entente.Core.Knowledge;
using Entente.Corpus;
using Entente.Corpus.Store;

namespace Entente.Bench;

/// <summary>
/// <c>analysis</c>: the analysis services on the synthetic store of <c>query</c> (default 1 000 000 events; --reuse keeps
/// the file between runs): the dyad series of IRN–RUS and of the largest dyad, by month, with charts; a Markdown brief;
/// the whole actor network. Each is timed over --reps runs (median and max), with the process's peak working set.
/// </summary>
internal static class AnalysisBench
{
    public static int Run(BenchArgs a)
    {
        Modes.PrintMachine();
        string dataDir = a.Text("data", Path.Combine(AppContext.BaseDirectory, "data"));
        var kb = KnowledgeBase.Load(dataDir, Array.Empty<string>());
        var corpus = new CorpusServices(kb);
        var analysis = new AnalysisServices(corpus);
        int n = a.Int("events", 1_000_000);
        int reps = a.Int("reps", 5);
        string db = QueryBench.PrepareSqlite(a, corpus.Merger, n, kb, dataDir);
        try
        {
            using var store = corpus.Open(db, mustExist: true);
            Console.WriteLine($"store: {store.Stats().Events} events");
            var largest = Largest(store);
            var charts = Path.Combine(Path.GetTempPath(), "entente-bench", "analysis-chart.png");
            foreach (var (label, q) in new[]
                     {
                         ("dyad IRN–RUS by month", new DyadQuery("IRN", "RUS")),
                         ($"dyad {largest.A}–{largest.B} (largest) by month", new DyadQuery(largest.A, largest.B)),
                     })
            {
                DyadSeries? s = null;
                Time(label, reps, () => s = analysis.Dyad(store, q));
                Console.WriteLine($"  {s!.Coverage.Counted} events counted of {s.Coverage.Stored}, {s.Periods.Length} periods, {s.ChangePoints.Length} change points");
                Time($"  + three PNG charts", reps, () => analysis.Charts.SaveAll(s, charts));
            }
            DyadBrief? brief = null;
            Time($"brief {largest.A}–{largest.B} (markdown, no charts)", reps, () => brief = analysis.Brief(store, new DyadQuery(largest.A, largest.B, PeriodUnit.Quarter)));
            Console.WriteLine($"  {BriefMarkdownWriter.Write(brief!).Length / 1024} KB of Markdown, {brief!.Sections.Sum(x => x.Items.Length)} developments");
            int rows = 0;
            Time("  (store aggregation alone)", 1, () => rows = store.Pairs(new EventFilter(), EventSelection.Default.Rule).Rows.Count);
            Console.WriteLine($"  {rows} pair rows");
            ActorNetwork? network = null;
            Time("network, all events", reps, () => network = analysis.Network(store, new EventFilter(), new NetworkOptions(EventSelection.Default, 1)));
            Console.WriteLine($"  {network!.Nodes.Length} nodes, {network.Edges.Length} edges");
            Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
        }
        finally
        {
            if (!a.Has("keep")) StoreIngestBench.DeleteSqlite(db);
        }
        return 0;
    }

    private static (string A, string B) Largest(IEventStore store)
    {
        var sample = store.Events(new EventFilter(Limit: 200_000));
        var top = sample.GroupBy(e => string.CompareOrdinal(e.SourceCode, e.TargetCode) < 0 ? (e.SourceCode, e.TargetCode) : (e.TargetCode, e.SourceCode))
            .OrderByDescending(g => g.Count()).First().Key;
        return top;
    }

    private static void Time(string label, int reps, Action run)
    {
        var times = new List<double>();
        for (int i = 0; i < reps; i++)
        {
            var sw = Stopwatch.StartNew();
            run();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{label}: median {times[times.Count / 2]:F0} ms, max {times[^1]:F0} ms over {reps} runs");
    }
}

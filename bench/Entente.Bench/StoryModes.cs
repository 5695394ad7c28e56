using System.Diagnostics;
using System.Globalization;

namespace Entente.Bench;

/// <summary>Bench modes of the story corpus: <c>generate-stories</c> and <c>merge-quality-selftest</c>.</summary>
internal static class StoryModes
{
    public static int GenerateStories(BenchArgs a)
    {
        var options = new StoryOptions(a.Int("seed", 42), a.Int("stories", 200), a.Int("max-reports", 40), HardPhrasings: a.Has("hard"));
        string format = a.Text("format", "jsonl");
        string folder = a.Text("out", "stories");
        if (format is not ("jsonl" or "txt" or "both"))
            throw new ArgumentException($"unknown --format '{format}' (hint: jsonl, txt or both)");
        var sw = Stopwatch.StartNew();
        var corpus = new StoryCorpusGenerator(options).Generate();
        if (format is "jsonl" or "both") Console.WriteLine($"wrote {corpus.Articles.Length} articles to {StoryCorpusWriter.WriteJsonl(corpus, folder)}");
        if (format is "txt" or "both") Console.WriteLine($"wrote {corpus.Articles.Length} articles to {StoryCorpusWriter.WriteText(corpus, folder)}");
        Console.WriteLine($"wrote {corpus.Mentions.Length} story sentences to {StoryCorpusWriter.WriteTruth(corpus, folder)}");
        Console.WriteLine($"wrote {corpus.Stories.Length} stories to {StoryCorpusWriter.WriteStories(corpus, folder)}");
        PrintSummary(corpus);
        Console.WriteLine($"in {sw.Elapsed.TotalSeconds:F1} s");
        if (a.Has("check"))
        {
            var analyzer = Modes.LoadAnalyzer(a);
            var outcomes = StoryExtractionCheck.Run(analyzer, corpus);
            StoryExtractionCheck.Report(outcomes, a.Int("show-failures", 0));
        }
        return 0;
    }

    private static void PrintSummary(StoryCorpus corpus)
    {
        var ci = CultureInfo.InvariantCulture;
        var perStory = corpus.OutletsReporting;
        int single = perStory.Count(n => n == 1);
        Console.WriteLine(string.Format(ci,
            "stories: {0} ({1} denied); articles: {2} ({3} wire copies, {4} denials); story sentences: {5} (lead {6}, repeat {7}, earlier {8}, denial {9}); " +
            "outlets per story: {10} stories by 1, max {11}; articles by outlet kind: {12}",
            corpus.Stories.Length, corpus.Stories.Count(s => s.Denied), corpus.Articles.Length, corpus.Articles.Count(x => x.CopyOf is not null),
            corpus.Mentions.Where(m => m.IsDenial).Select(m => m.ArticleId).Distinct().Count(), corpus.Mentions.Length,
            corpus.Mentions.Count(m => m.Role == "lead"), corpus.Mentions.Count(m => m.Role == "repeat"),
            corpus.Mentions.Count(m => m.Role == "earlier"), corpus.Mentions.Count(m => m.Role == "denial"),
            single, perStory.DefaultIfEmpty(0).Max(),
            string.Join(", ", corpus.Articles.GroupBy(x => x.Outlet.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))));
    }
}

/// <summary>Bench modes scoring merges against a story corpus' truth.</summary>
internal static class MergeQualityModes
{
    /// <summary><c>merge-quality --truth truth.tsv [--assigned events.tsv]</c>: scores the store's assignments, or without them simple baselines.</summary>
    public static int Run(BenchArgs a)
    {
        string truthPath = a.Text("truth", "");
        if (truthPath.Length == 0) throw new ArgumentException("merge-quality needs --truth FILE (hint: the truth.tsv written by generate-stories)");
        var rows = MergeQuality.ReadTruth(truthPath);
        var truth = rows.Select(r => r.Mention).ToList();
        if (a.Has("assigned"))
        {
            var assigned = MergeQuality.ReadAssigned(a.Text("assigned", ""));
            Console.WriteLine(MergeQuality.Score(truth, assigned).Format());
            return 0;
        }
        var header = File.ReadLines(truthPath).First().Split('\t');
        int Col(string name) => Array.IndexOf(header, name);
        int kind = Col("kind"), src = Col("source"), tgt = Col("target"), root = Col("cameo_root"), pub = Col("published"), date = Col("true_date");
        string Dyad(string[] f) => f[kind] is "meeting" or "agreement" && string.CompareOrdinal(f[src], f[tgt]) > 0 ? $"{f[tgt]}-{f[src]}-{f[root]}" : $"{f[src]}-{f[tgt]}-{f[root]}";
        int Week(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber / 7;
        var baselines = new (string Name, Func<TruthMention, string[], string> Label)[]
        {
            ("one event per report (GDELT-like)", (m, f) => $"{m.Article}@{m.Start}"),
            ("one per article, dyad and root", (m, f) => $"{m.Article}|{Dyad(f)}"),
            ("dyad and root, any date", (m, f) => Dyad(f)),
            ("dyad, root, publication week", (m, f) => $"{Dyad(f)}|{Week(f[pub])}"),
            ("dyad, root, true date (oracle date)", (m, f) => $"{Dyad(f)}|{f[date]}"),
        };
        foreach (var (name, label) in baselines)
        {
            var scores = MergeQuality.FromLabels(truth.Select(t => t.StoryId).ToArray(), rows.Select(r => label(r.Mention, r.Row)).ToArray());
            Console.WriteLine($"{name,-38} {scores.Format()}");
        }
        return 0;
    }

    /// <summary>Hand-checked examples of <see cref="MergeQuality"/>; exit code 1 when a figure differs.</summary>
    public static int SelfTest()
    {
        // Story 1 is reported in A[0,10), B[0,10) and B[11,20); story 2 in A[11,20) and C[0,10).
        var truth = new List<TruthMention>
        {
            new("A", 0, 10, 1), new("A", 11, 20, 2), new("B", 0, 10, 1), new("B", 11, 20, 1), new("C", 0, 10, 2),
        };
        int failures = 0;
        void Check(string name, ClusterScores s, double pp, double pr, double bp, double br, int unassigned, int extra, int duplicates)
        {
            bool ok = Near(s.PairPrecision, pp) && Near(s.PairRecall, pr) && Near(s.BCubedPrecision, bp) && Near(s.BCubedRecall, br)
                      && s.Unassigned == unassigned && s.Extra == extra && s.Duplicates == duplicates;
            if (!ok) failures++;
            Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {name}: {s.Format()}");
            if (!ok)
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "     expected pairwise P {0:F3} R {1:F3}, B-cubed P {2:F3} R {3:F3}, unassigned {4}, extra {5}, duplicates {6}",
                    pp, pr, bp, br, unassigned, extra, duplicates));
        }
        // Under-merge: B[11,20) split off. Pairs: true 3+1 = 4, predicted 1+1 = 2, correct 2.
        // B-cubed recall: (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15. The D event is outside the truth; the second A@5 is a duplicate.
        Check("under-merge", MergeQuality.Score(truth,
            [new("A", 0, "e1"), new("A", 5, "e7"), new("A", 12, "e2"), new("B", 3, "e1"), new("B", 15, "e3"), new("C", 5, "e2"), new("D", 0, "e9")]),
            1, 0.5, 1, 11.0 / 15, 0, 1, 1);
        // Over-merge: one event for all. Predicted pairs 10, correct 4; B-cubed precision (3 x 3/5 + 2 x 2/5) / 5 = 0.52.
        Check("over-merge", MergeQuality.Score(truth,
            [new("A", 0, "x"), new("A", 11, "x"), new("B", 0, "x"), new("B", 19, "x"), new("C", 9, "x")]),
            0.4, 1, 0.52, 1, 0, 0, 0);
        // Perfect, except C is missing: it becomes a singleton. Pairs: predicted 3, correct 3, true 4.
        // B-cubed recall: (1 + 1 + 1 + 1/2 + 1/2) / 5 = 0.8.
        Check("perfect but one missing", MergeQuality.Score(truth,
            [new("A", 1, "s1"), new("A", 11, "s2"), new("B", 9, "s1"), new("B", 11, "s1")]),
            1, 0.75, 1, 0.8, 1, 0, 0);
        // GDELT-like: every report its own event. No predicted pairs: precision 1 by convention, recall 0.
        Check("one event per report", MergeQuality.Score(truth,
            [new("A", 0, "1"), new("A", 11, "2"), new("B", 0, "3"), new("B", 11, "4"), new("C", 0, "5")]),
            1, 0, 1, (1.0 / 3 * 3 + 0.5 * 2) / 5, 0, 0, 0);
        Console.WriteLine(failures == 0 ? "merge-quality self-test: all passed" : $"merge-quality self-test: {failures} failed");
        return failures == 0 ? 0 : 1;
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) < 1e-9;
}

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

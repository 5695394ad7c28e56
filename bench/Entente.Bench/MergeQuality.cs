using System.Globalization;

namespace Entente.Bench;

/// <summary>A story sentence of the ground truth: the article (url or id), its span in the body, and the true event.</summary>
internal sealed record TruthMention(string Article, int Start, int End, int StoryId);

/// <summary>An event the store assigned to a sentence: the article (same key as the truth), any offset inside the sentence, the store's event id.</summary>
internal sealed record AssignedEvent(string Article, int Offset, string EventId);

/// <summary>
/// Clustering scores of the store's events against the true stories, over the truth mentions.
/// Pairwise: a pair of mentions is predicted when both get the same event id, true when both report the same story.
/// B-cubed: per mention, the share of its predicted cluster that is its story (precision) and of its story that is in its cluster (recall), averaged.
/// </summary>
/// <param name="Unassigned">Truth mentions no assigned event fell in (scored as singletons: they cost recall).</param>
/// <param name="Extra">Assigned events outside every truth mention (filler sentences): ignored.</param>
/// <param name="Duplicates">Further assigned events in a truth mention that already had one: ignored (the first in input order counts).</param>
internal sealed record ClusterScores(
    int Mentions, int Unassigned, int Extra, int Duplicates, int Stories, int Clusters,
    long TruePairs, long PredictedPairs, long CorrectPairs,
    double PairPrecision, double PairRecall, double PairF1,
    double BCubedPrecision, double BCubedRecall, double BCubedF1)
{
    public string Format() => string.Format(CultureInfo.InvariantCulture,
        "pairwise P {0:F3} R {1:F3} F1 {2:F3} | B-cubed P {3:F3} R {4:F3} F1 {5:F3} | mentions {6}, stories {7}, clusters {8}, unassigned {9}, extra {10}, duplicates {11}",
        PairPrecision, PairRecall, PairF1, BCubedPrecision, BCubedRecall, BCubedF1, Mentions, Stories, Clusters, Unassigned, Extra, Duplicates);
}

/// <summary>Pure functions scoring how well a store merged reports into events (pairwise and B-cubed precision/recall/F1).</summary>
internal static class MergeQuality
{
    public static ClusterScores Score(IReadOnlyList<TruthMention> truth, IReadOnlyList<AssignedEvent> assigned)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(assigned);
        var byArticle = truth.Select((t, i) => (t, i)).GroupBy(x => x.t.Article, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.t.Start).ToArray(), StringComparer.Ordinal);
        var cluster = new string?[truth.Count];
        int extra = 0, duplicates = 0;
        foreach (var a in assigned)
        {
            int hit = -1;
            if (byArticle.TryGetValue(a.Article, out var spans))
                foreach (var (t, i) in spans)
                    if (t.Start <= a.Offset && a.Offset < t.End) { hit = i; break; }
            if (hit < 0) extra++;
            else if (cluster[hit] is not null) duplicates++;
            else cluster[hit] = a.EventId;
        }
        int unassigned = 0;
        for (int i = 0; i < cluster.Length; i++)
            if (cluster[i] is null) { unassigned++; cluster[i] = "\0unassigned:" + i.ToString(CultureInfo.InvariantCulture); }
        return FromLabels(truth.Select(t => t.StoryId).ToArray(), cluster!, unassigned, extra, duplicates);
    }

    /// <summary>Scores one predicted label per mention against one true label per mention.</summary>
    public static ClusterScores FromLabels(IReadOnlyList<int> stories, IReadOnlyList<string> clusters, int unassigned = 0, int extra = 0, int duplicates = 0)
    {
        if (stories.Count != clusters.Count)
            throw new ArgumentException($"{stories.Count} true labels but {clusters.Count} predicted ones (hint: one of each per mention)");
        int n = stories.Count;
        var cell = new Dictionary<(string, int), long>();
        var clusterSize = new Dictionary<string, long>(StringComparer.Ordinal);
        var storySize = new Dictionary<int, long>();
        for (int i = 0; i < n; i++)
        {
            cell[(clusters[i], stories[i])] = cell.GetValueOrDefault((clusters[i], stories[i])) + 1;
            clusterSize[clusters[i]] = clusterSize.GetValueOrDefault(clusters[i]) + 1;
            storySize[stories[i]] = storySize.GetValueOrDefault(stories[i]) + 1;
        }
        static long Pairs(long k) => k * (k - 1) / 2;
        long correct = cell.Values.Sum(Pairs);
        long predicted = clusterSize.Values.Sum(Pairs);
        long real = storySize.Values.Sum(Pairs);
        double pp = predicted == 0 ? 1 : (double)correct / predicted;
        double pr = real == 0 ? 1 : (double)correct / real;
        double bp = 0, br = 0;
        foreach (var ((c, s), k) in cell)
        {
            bp += (double)k * k / clusterSize[c];
            br += (double)k * k / storySize[s];
        }
        bp = n == 0 ? 1 : bp / n;
        br = n == 0 ? 1 : br / n;
        return new ClusterScores(n, unassigned, extra, duplicates, storySize.Count, clusterSize.Count, real, predicted, correct,
            pp, pr, F1(pp, pr), bp, br, F1(bp, br));
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    /// <summary>Reads truth.tsv (as written by <see cref="StoryCorpusWriter.WriteTruth"/>); the article key is the url.</summary>
    public static List<(TruthMention Mention, string[] Row)> ReadTruth(string path)
    {
        using var reader = new StreamReader(path);
        string header = reader.ReadLine() ?? throw new InvalidDataException($"{path}: empty file (hint: give the truth.tsv written by generate-stories)");
        var cols = header.Split('\t');
        int url = Column(cols, "url", path), start = Column(cols, "start", path), end = Column(cols, "end", path), story = Column(cols, "story_id", path);
        var rows = new List<(TruthMention, string[])>();
        int lineNo = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length != cols.Length)
                throw new InvalidDataException($"{path}:{lineNo}: {f.Length} cells, the header has {cols.Length} (hint: cells are separated by one TAB)");
            rows.Add((new TruthMention(f[url], Int(f[start], path, lineNo), Int(f[end], path, lineNo), Int(f[story], path, lineNo)), f));
        }
        return rows;
    }

    /// <summary>Reads the store's assignments: a TSV with header columns url, offset, event_id (others ignored).</summary>
    public static List<AssignedEvent> ReadAssigned(string path)
    {
        using var reader = new StreamReader(path);
        string header = reader.ReadLine() ?? throw new InvalidDataException($"{path}: empty file (hint: header url<TAB>offset<TAB>event_id)");
        var cols = header.Split('\t');
        int url = Column(cols, "url", path), offset = Column(cols, "offset", path), ev = Column(cols, "event_id", path);
        var list = new List<AssignedEvent>();
        int lineNo = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length < cols.Length)
                throw new InvalidDataException($"{path}:{lineNo}: {f.Length} cells, the header has {cols.Length} (hint: cells are separated by one TAB)");
            list.Add(new AssignedEvent(f[url], Int(f[offset], path, lineNo), f[ev]));
        }
        return list;
    }

    private static int Column(string[] cols, string name, string path)
    {
        int i = Array.IndexOf(cols, name);
        return i >= 0 ? i : throw new InvalidDataException($"{path}:1: no column '{name}' (hint: the header line names the columns, TAB-separated)");
    }

    private static int Int(string s, string path, int line)
        => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v)
            ? v
            : throw new InvalidDataException($"{path}:{line}: '{s}' is not a whole number");
}

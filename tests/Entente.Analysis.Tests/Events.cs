using System.Collections.Immutable;
using Entente.Core.Knowledge;
using Entente.Corpus.Model;

namespace Entente.Analysis.Tests;

/// <summary>Merged events built by hand for the analysis tests, with the CAMEO figures of data/cameo/cameo.tsv.</summary>
internal static class Events
{
    private static int _next;

    public static readonly Lazy<AnalysisServices> Services = new(() => new AnalysisServices(new Corpus.CorpusServices(KnowledgeBase.Default)));

    /// <summary>An event of CAMEO <paramref name="cameo"/> from <paramref name="source"/> to <paramref name="target"/> on <paramref name="day"/>.</summary>
    public static StoredEvent Make(string source, string target, string cameo, string day, ReconciledStatus status = ReconciledStatus.Reported,
        int credibility = 3, int mentions = 1, string? end = null, string[]? equipment = null, string? id = null, char reliability = 'B',
        string[]? reportedBy = null, string[]? deniedBy = null, double? quantity = null, string? firstSeen = null, double confidence = 0.75)
    {
        var code = KnowledgeBase.Default.Cameo.Codes[cameo];
        var start = DateOnly.Parse(day);
        var last = end is null ? start : DateOnly.Parse(end);
        var seen = firstSeen is null ? last : DateOnly.Parse(firstSeen);
        return new StoredEvent(id ?? $"E{Interlocked.Increment(ref _next):x16}", $"{code.Type}|{source}|{target}", source, Name(source), target, Name(target),
            code.Type, cameo, code.Plover, code.Goldstein, code.QuadClass, start, last, status, confidence, quantity,
            [.. equipment ?? []], mentions, mentions, mentions, mentions, seen, seen, reliability, credibility,
            [.. reportedBy ?? ["Reuters"]], [.. deniedBy ?? []]);
    }

    public static string Name(string code) => code switch { "IRN" => "Iran", "RUS" => "Russia", "USA" => "United States", "UKR" => "Ukraine", _ => code };
}

/// <summary>Mentions (reports) of hand-made events, as the store returns them with their document.</summary>
internal static class Mentions
{
    private static int _next;

    public static Corpus.Store.MentionView Of(StoredEvent e, string outlet, string published, string? quote = null, string[]? cited = null, string? url = null)
    {
        var n = Interlocked.Increment(ref _next);
        var m = new StoredMention($"M{n:x16}", $"D{n:x16}", e.Block, 0, 0, 10, quote ?? $"{e.SourceName} and {e.TargetName}: {e.Type}.",
            e.SourceCode, e.SourceName, e.TargetCode, e.TargetName, e.Type, e.Cameo, e.Plover, e.Goldstein, e.QuadClass, e.DateStart, e.DateEnd,
            null, null, e.DateStart, e.DateEnd, Core.Events.EventStatus.Reported, e.Confidence, e.Quantity, false, e.Equipment, outlet, outlet,
            [.. cited ?? []], DateOnly.Parse(published), 0UL, "test", "test") { EventId = e.Id };
        return new Corpus.Store.MentionView(m, $"/articles/{n}.md", url, $"Article {n}", 1);
    }
}

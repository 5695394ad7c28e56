namespace Entente.Web.Dashboard;

/// <summary>A span of text to mark: character offsets into the text shown, the CSS class and a tooltip.</summary>
internal readonly record struct Mark(int Start, int End, string Class, string? Title = null);

/// <summary>A piece of a highlighted text: plain (<see cref="Class"/> null) or marked (Slices/Shared/Marked.cshtml writes a &lt;mark&gt;).</summary>
public sealed record MarkedSpan(string Text, string? Class = null, string? Title = null);

/// <summary>
/// Cuts a text into plain and marked pieces from spans given as character offsets (the analyzer's offsets, shifted to the
/// text shown), for Slices/Shared/Marked.cshtml, which encodes every piece. Spans are clipped to the text; when spans
/// overlap, the one listed first (then the earlier, then the longer) wins and the others are dropped, so marks never nest.
/// </summary>
internal static class Highlighter
{
    public static IReadOnlyList<MarkedSpan> Spans(string text, IEnumerable<Mark> marks)
    {
        var ordered = marks.Select((m, i) => (Mark: m with { Start = Math.Max(0, m.Start), End = Math.Min(text.Length, m.End) }, Priority: i))
            .Where(x => x.Mark.End > x.Mark.Start)
            .OrderBy(x => x.Priority).ToList();
        var kept = new List<Mark>();
        foreach (var (m, _) in ordered)
            if (!kept.Any(k => k.Start < m.End && m.Start < k.End)) kept.Add(m);
        kept.Sort((x, y) => x.Start.CompareTo(y.Start));
        var spans = new List<MarkedSpan>(kept.Count * 2 + 1);
        int pos = 0;
        foreach (var m in kept)
        {
            if (m.Start > pos) spans.Add(new MarkedSpan(text[pos..m.Start]));
            spans.Add(new MarkedSpan(text[m.Start..m.End], m.Class, m.Title));
            pos = m.End;
        }
        if (pos < text.Length) spans.Add(new MarkedSpan(text[pos..]));
        return spans;
    }
}

using System.Text;

namespace Entente.Web.Dashboard;

/// <summary>A span of text to mark: character offsets into the text shown, the CSS class and a tooltip.</summary>
internal readonly record struct Mark(int Start, int End, string Class, string? Title = null);

/// <summary>
/// Renders text with &lt;mark&gt; elements around spans given as character offsets (the analyzer's offsets, shifted to the
/// text shown). Spans are clipped to the text; when spans overlap, the one listed first (then the earlier, then the
/// longer) wins and the others are dropped, so marks never nest. Everything, marked or not, is HTML-encoded.
/// </summary>
internal static class Highlighter
{
    public static string Render(string text, IEnumerable<Mark> marks)
    {
        var ordered = marks.Select((m, i) => (Mark: m with { Start = Math.Max(0, m.Start), End = Math.Min(text.Length, m.End) }, Priority: i))
            .Where(x => x.Mark.End > x.Mark.Start)
            .OrderBy(x => x.Priority).ToList();
        var kept = new List<Mark>();
        foreach (var (m, _) in ordered)
            if (!kept.Any(k => k.Start < m.End && m.Start < k.End)) kept.Add(m);
        kept.Sort((x, y) => x.Start.CompareTo(y.Start));
        var sb = new StringBuilder(text.Length + kept.Count * 40);
        int pos = 0;
        foreach (var m in kept)
        {
            sb.Append(Html.E(text[pos..m.Start]));
            sb.Append("<mark class=\"").Append(Html.E(m.Class)).Append('"');
            if (m.Title is { } t) sb.Append(" title=\"").Append(Html.E(t)).Append('"');
            sb.Append('>').Append(Html.E(text[m.Start..m.End])).Append("</mark>");
            pos = m.End;
        }
        sb.Append(Html.E(text[pos..]));
        return sb.ToString();
    }
}

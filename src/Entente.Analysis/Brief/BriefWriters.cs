using System.Globalization;
using System.Net;
using System.Text;

namespace Entente.Analysis.Brief;

/// <summary>A brief as Markdown: charts are linked by their path relative to the Markdown file. Every string from the
/// record (actor names, outlets, titles, grades' bases) is escaped (<see cref="Escape"/>), so that no input reaches a
/// Markdown renderer as markup, HTML or a link.</summary>
public static class BriefMarkdownWriter
{
    /// <summary>Text as Markdown shows it literally: the characters that open markup, HTML, entities, links or table
    /// cells are backslash-escaped, and line breaks (which could open a block) become spaces.</summary>
    public static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        foreach (var c in s)
        {
            if (c is '\r' or '\n' or '\u2028' or '\u2029') { sb.Append(' '); continue; }
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '|' or '!' or '#' or '~') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string M(string s) => Escape(s);

    /// <summary>When the brief was assembled and up to which day its record runs, said apart: "Assembled by Entente on
    /// 6 December 2026; the record runs to 26 September 2025."</summary>
    public static string AssembledLine(DyadBrief b)
        => $"Assembled by Entente on {BriefBuilder.Day(b.Assembled)}; the record runs to {BriefBuilder.Day(b.AsOf)}.";

    public static string Write(DyadBrief b, string? markdownPath = null)
    {
        var sb = new StringBuilder();
        sb.Append("# ").AppendLine(M(b.Title)).AppendLine();
        sb.AppendLine($"*{AssembledLine(b)} Every statement below is a template filled from stored events and carries its sources, status and Admiralty grade (reliability A–F, credibility 1–6); estimative terms follow ICD 203.*").AppendLine();
        sb.AppendLine("## Executive summary").AppendLine();
        if (b.Summary.IsEmpty) sb.AppendLine("- No counted events in this span.");
        foreach (var i in b.Summary) sb.Append("- ").AppendLine(M(i.Text));
        sb.AppendLine().AppendLine("## The record in figures").AppendLine();
        foreach (var line in b.Overview) sb.Append("- ").AppendLine(M(line));
        foreach (var c in b.Charts)
        {
            var rel = markdownPath is null ? c.Path : Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(markdownPath))!, Path.GetFullPath(c.Path)).Replace('\\', '/');
            sb.AppendLine().Append("![").Append(M(c.Caption)).Append("](").Append(rel).AppendLine(")");
        }
        foreach (var s in b.Sections)
        {
            sb.AppendLine().Append("## ").AppendLine(M(s.Title)).AppendLine();
            foreach (var i in s.Items) sb.Append("- ").AppendLine(M(i.Text));
            if (s.Omitted > 0) sb.AppendLine($"- *{s.Omitted} further events in this sphere are in the record (`entente events --dyad {b.Series.A},{b.Series.B}`).*");
        }
        sb.AppendLine().AppendLine("## Sources").AppendLine();
        sb.AppendLine("| Outlet | Grade | Basis | Country | Kind | Reports |").AppendLine("|---|---|---|---|---|---|");
        foreach (var s in b.Sources)
            sb.AppendLine($"| {M(s.Outlet)} | {s.Grade} | {M(s.Basis)} | {M(s.Country ?? "")} | {M(s.Kind ?? "")} | {s.Reports.ToString(CultureInfo.InvariantCulture)} |");
        if (b.Method.Length > 0) sb.AppendLine().AppendLine("## Method").AppendLine().AppendLine(b.Method);
        return sb.ToString();
    }
}

/// <summary>
/// A brief as one self-contained HTML page: styles inline, charts embedded (PNG as data: URIs, SVG inline), no
/// scripts and no external requests. Every string from the record is HTML-escaped.
/// </summary>
public static class BriefHtmlWriter
{
    private static string H(string s) => WebUtility.HtmlEncode(s);

    public static string Write(DyadBrief b)
    {
        var sb = new StringBuilder();
        sb.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.Append("<title>").Append(H(b.Title)).AppendLine("</title>");
        sb.AppendLine("<style>body{font-family:Georgia,'Times New Roman',serif;max-width:58em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}" +
                      "h1{font-size:1.6em}h2{font-size:1.25em;border-bottom:1px solid #ccc;margin-top:1.6em}li{margin:.35em 0}" +
                      ".note{color:#555;font-style:italic}table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left}" +
                      "figure{margin:1em 0}figure img,figure svg{max-width:100%;height:auto}figcaption{color:#555;font-size:.9em}.grade{font-family:monospace}</style>");
        sb.AppendLine("</head><body>");
        sb.Append(Body(b));
        sb.AppendLine("</body></html>");
        return sb.ToString();
    }

    /// <summary>The brief's content without the page around it (title, summary, charts, sections, sources, method), for a
    /// page that has its own frame (the dashboard's brief page).</summary>
    public static string Body(DyadBrief b)
    {
        var sb = new StringBuilder();
        sb.Append("<h1>").Append(H(b.Title)).AppendLine("</h1>");
        sb.Append("<p class=\"note\">").Append(H(BriefMarkdownWriter.AssembledLine(b)))
          .AppendLine(" Every statement is a template filled from stored events and carries its sources, status and Admiralty grade (reliability A–F, credibility 1–6); estimative terms follow ICD 203.</p>");
        sb.AppendLine("<h2>Executive summary</h2><ul>");
        if (b.Summary.IsEmpty) sb.AppendLine("<li>No counted events in this span.</li>");
        foreach (var i in b.Summary) sb.Append("<li>").Append(H(i.Text)).AppendLine("</li>");
        sb.AppendLine("</ul><h2>The record in figures</h2><ul>");
        foreach (var line in b.Overview) sb.Append("<li>").Append(H(line)).AppendLine("</li>");
        sb.AppendLine("</ul>");
        foreach (var c in b.Charts)
        {
            sb.Append("<figure>");
            if (Path.GetExtension(c.Path).Equals(".svg", StringComparison.OrdinalIgnoreCase))
            {
                var svg = File.ReadAllText(c.Path);
                var at = svg.IndexOf("<svg", StringComparison.Ordinal);
                sb.Append(at >= 0 ? svg[at..] : svg);
            }
            else
                sb.Append("<img alt=\"").Append(H(c.Caption)).Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(File.ReadAllBytes(c.Path))).Append("\">");
            sb.Append("<figcaption>").Append(H(c.Caption)).AppendLine("</figcaption></figure>");
        }
        foreach (var s in b.Sections)
        {
            sb.Append("<h2>").Append(H(s.Title)).AppendLine("</h2><ul>");
            foreach (var i in s.Items) sb.Append("<li>").Append(H(i.Text)).AppendLine("</li>");
            if (s.Omitted > 0) sb.Append("<li class=\"note\">").Append(H($"{s.Omitted} further events in this sphere are in the record.")).AppendLine("</li>");
            sb.AppendLine("</ul>");
        }
        sb.AppendLine("<h2>Sources</h2><table><thead><tr><th>Outlet</th><th>Grade</th><th>Basis</th><th>Country</th><th>Kind</th><th>Reports</th></tr></thead><tbody>");
        foreach (var s in b.Sources)
            sb.Append("<tr><td>").Append(H(s.Outlet)).Append("</td><td class=\"grade\">").Append(s.Grade).Append("</td><td>").Append(H(s.Basis))
              .Append("</td><td>").Append(H(s.Country ?? "")).Append("</td><td>").Append(H(s.Kind ?? "")).Append("</td><td>")
              .Append(s.Reports.ToString(CultureInfo.InvariantCulture)).AppendLine("</td></tr>");
        sb.AppendLine("</tbody></table>");
        if (b.Method.Length > 0) sb.Append("<h2>Method</h2><p>").Append(H(b.Method)).AppendLine("</p>");
        return sb.ToString();
    }
}

using System.Globalization;
using System.Net;
using System.Text;

namespace Entente.Web.Dashboard;

/// <summary>
/// HTML building blocks of the dashboard. Every string that comes from the store or from the user goes through
/// <see cref="E"/> (text and attribute values alike); every URL is built by <see cref="Url"/> (query values escaped with
/// <see cref="Uri.EscapeDataString"/>) and encoded again as an attribute. External links are kept only for http(s).
/// </summary>
internal static class Html
{
    /// <summary>HTML-encodes text or a double-quoted attribute value (&lt; &gt; &amp; " ' are all encoded).</summary>
    public static string E(string? s) => s is null ? "" : WebUtility.HtmlEncode(s);

    public static string F(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string D(DateOnly? d) => d is DateOnly x ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    /// <summary>A date range as analysts read it: one day, or "start – end".</summary>
    public static string Range(DateOnly? start, DateOnly? end)
        => start is null && end is null ? "undated" : start == end || end is null ? D(start) : start is null ? "until " + D(end) : $"{D(start)} – {D(end)}";

    /// <summary>A path with query parameters (null or empty values left out), escaped.</summary>
    public static string Url(string path, params (string Name, string? Value)[] query)
    {
        var sb = new StringBuilder(path);
        char sep = '?';
        foreach (var (name, value) in query)
        {
            if (string.IsNullOrEmpty(value)) continue;
            sb.Append(sep).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            sep = '&';
        }
        return sb.ToString();
    }

    /// <summary>An anchor to a dashboard URL built by <see cref="Url"/>; the label is encoded.</summary>
    public static string A(string url, string label, string? cls = null)
        => $"<a href=\"{E(url)}\"{(cls is null ? "" : $" class=\"{E(cls)}\"")}>{E(label)}</a>";

    /// <summary>A link to an outside page, only when the address is absolute http(s) (never javascript:, data: …); else the text alone.</summary>
    public static string External(string? url, string label)
        => SafeHttpUrl(url) is { } u ? $"<a href=\"{E(u)}\" rel=\"noopener noreferrer nofollow\">{E(label)}</a>" : E(label);

    public static string? SafeHttpUrl(string? url) => Core.Text.WebAddress.TryHttp(url, out var u) ? u.AbsoluteUri : null;

    /// <summary>A row of download buttons after a caption: each (format, label, file name or null, URL); a null file name
    /// opens the URL in a new tab instead (the printable brief).</summary>
    public static string Downloads(string caption, IEnumerable<(string Format, string Label, string? File, string Url)> links)
    {
        var sb = new StringBuilder($"<div class=\"downloads\" id=\"downloads\"><span class=\"muted\">{E(caption)}</span>");
        foreach (var (format, label, file, url) in links)
            sb.Append($"<a class=\"button\" data-format=\"{E(format)}\" ")
              .Append(file is null ? "target=\"_blank\" rel=\"noopener\" " : $"download=\"{E(file)}\" ")
              .Append($"href=\"{E(url)}\">{E(label)}</a>");
        return sb.Append("</div>").ToString();
    }

    /// <summary>The event export formats as download buttons: <paramref name="url"/> gives the address of each format.</summary>
    public static string EventDownloads(int count, Func<string, string> url)
        => Downloads($"Download {(count == 1 ? "this event" : $"these {count} events")}:",
            new[] { ("csv", "CSV"), ("jsonl", "JSON lines"), ("parquet", "Parquet"), ("gdelt", "GDELT table") }
                .Select(f => (f.Item1, f.Item2, (string?)Corpus.Export.EventExport.FileName(f.Item1), url(f.Item1))));

    /// <summary>An &lt;option&gt;; selected when its value equals <paramref name="current"/>.</summary>
    public static string Option(string value, string label, string? current)
        => $"<option value=\"{E(value)}\"{(string.Equals(value, current, StringComparison.Ordinal) ? " selected" : "")}>{E(label)}</option>";

    public static DateOnly? ParseDate(string? s)
        => DateOnly.TryParseExact(s?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static int? ParseInt(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    /// <summary>A query-string value, trimmed; null when absent or blank.</summary>
    public static string? Q(HttpRequest request, string name)
        => request.Query.TryGetValue(name, out var v) && v.Count > 0 && !string.IsNullOrWhiteSpace(v[0]) ? v[0]!.Trim() : null;
}

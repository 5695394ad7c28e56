using System.Globalization;
using System.Text;

namespace Entente.Web.Dashboard;

/// <summary>
/// Values for the dashboard's page models: dates and numbers as shown, URLs built by <see cref="Url"/> (query values escaped with
/// <see cref="Uri.EscapeDataString"/>; the templates then encode them as attribute values), external addresses kept only for
/// http(s), and query-string reading. No markup is built here: the templates (Slices/*.cshtml) write it, encoding every value.
/// </summary>
internal static class Html
{
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

    /// <summary>A link to an outside page (Slices/Shared/External.cshtml): only when the address is absolute http(s) (never javascript:, data: …); else the label alone.</summary>
    public static ExternalLink External(string? url, string label) => new(SafeHttpUrl(url), label);

    public static string? SafeHttpUrl(string? url) => Core.Text.WebAddress.TryHttp(url, out var u) ? u.AbsoluteUri : null;

    /// <summary>The event export formats as download buttons: <paramref name="url"/> gives the address of each format.</summary>
    public static DownloadsModel EventDownloads(int count, Func<string, string> url)
        => new($"Download {(count == 1 ? "this event" : $"these {count} events")}:",
            [.. new[] { ("csv", "CSV"), ("jsonl", "JSON lines"), ("parquet", "Parquet"), ("gdelt", "GDELT table") }
                .Select(f => new DownloadLink(f.Item1, f.Item2, Corpus.Export.EventExport.FileName(f.Item1), url(f.Item1)))]);

    public static DateOnly? ParseDate(string? s)
        => DateOnly.TryParseExact(s?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static int? ParseInt(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    /// <summary>A query-string value, trimmed; null when absent or blank.</summary>
    public static string? Q(HttpRequest request, string name)
        => request.Query.TryGetValue(name, out var v) && v.Count > 0 && !string.IsNullOrWhiteSpace(v[0]) ? v[0]!.Trim() : null;
}

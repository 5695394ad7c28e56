using System.Net;

namespace Entente.Web.Dashboard.Svg;

/// <summary>
/// Encoding for the SVG charts, the one place where the dashboard still writes markup in C#: the charts are passed to the
/// templates as trusted HTML, so every value they take from the store (labels, titles, URLs) goes through <see cref="E"/>
/// (text and attribute values alike: &lt; &gt; &amp; " ' are all encoded).
/// </summary>
internal static class SvgText
{
    public static string E(string? s) => s is null ? "" : WebUtility.HtmlEncode(s);
}

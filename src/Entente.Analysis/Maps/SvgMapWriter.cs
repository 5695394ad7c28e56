using System.Globalization;
using System.Text;
using System.Xml;

namespace Entente.Analysis.Maps;

/// <summary>
/// Writes a <see cref="MapScene"/> as SVG through an <see cref="XmlWriter"/> (every name, tooltip and link escaped by the
/// writer): an accessible image (<c>role="img"</c>, a title and a description the root points to), the sea, the countries
/// (each with its name as a tooltip and its code in <c>data-code</c>), the points as circles with a tooltip and, when they
/// have one, a link, and a legend. No XML declaration, so the SVG can be put inline into an HTML page. Deterministic.
/// </summary>
public static class SvgMapWriter
{
    private const string Ns = "http://www.w3.org/2000/svg";
    public const string LandColor = "#e4e1da", HighlightColor = "#c9c2b3", BorderColor = "#ffffff", SeaColor = "#eef4f8";

    /// <summary>The SVG as a string (for inline use in a page).</summary>
    public static string ToSvg(MapScene scene)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, Settings(Encoding.UTF8))) Write(scene, w);
        return sb.ToString();
    }

    /// <summary>Writes the SVG to a stream, UTF-8 without byte-order mark.</summary>
    public static void Write(MapScene scene, Stream output)
    {
        using var w = XmlWriter.Create(output, Settings(new UTF8Encoding(false)));
        Write(scene, w);
    }

    private static XmlWriterSettings Settings(Encoding encoding)
        => new() { OmitXmlDeclaration = true, Indent = true, IndentChars = "", NewLineChars = "\n", Encoding = encoding };

    /// <summary>The default description: what the map shows and how many points and events.</summary>
    public static string Describe(MapScene scene)
        => scene.Options.Description
           ?? $"Map (Equal Earth projection) of {scene.Circles.Length} place{(scene.Circles.Length == 1 ? "" : "s")} with {scene.Events} event{(scene.Events == 1 ? "" : "s")}; "
              + "each circle's area is proportional to its number of events, its colour is the QuadClass most of them have "
              + "(green cooperation, orange and red conflict)"
              + (scene.PointsOutside > 0 ? $"; {scene.PointsOutside} place{(scene.PointsOutside == 1 ? " lies" : "s lie")} outside the view." : ".");

    private static void Write(MapScene scene, XmlWriter w)
    {
        var o = scene.Options;
        string id = o.IdPrefix;
        w.WriteStartElement("svg", Ns);
        Attr(w, "width", o.Width); Attr(w, "height", o.Height);
        w.WriteAttributeString("viewBox", $"0 0 {o.Width.ToString(CultureInfo.InvariantCulture)} {o.Height.ToString(CultureInfo.InvariantCulture)}");
        w.WriteAttributeString("role", "img");
        w.WriteAttributeString("aria-labelledby", $"{id}-title {id}-desc");
        w.WriteAttributeString("class", "map");
        w.WriteAttributeString("font-family", "sans-serif");
        w.WriteStartElement("title", Ns); w.WriteAttributeString("id", id + "-title"); w.WriteString(o.Title); w.WriteEndElement();
        w.WriteStartElement("desc", Ns); w.WriteAttributeString("id", id + "-desc"); w.WriteString(Describe(scene)); w.WriteEndElement();

        w.WriteStartElement("rect", Ns);
        w.WriteAttributeString("class", "map-background");
        Attr(w, "width", o.Width); Attr(w, "height", o.Height);
        w.WriteAttributeString("fill", "#ffffff");
        w.WriteEndElement();
        w.WriteStartElement("path", Ns);
        w.WriteAttributeString("class", "map-sphere");
        w.WriteAttributeString("d", scene.SpherePath);
        w.WriteAttributeString("fill", SeaColor);
        w.WriteEndElement();

        w.WriteStartElement("g", Ns);
        w.WriteAttributeString("class", "map-countries");
        w.WriteAttributeString("fill", LandColor);
        w.WriteAttributeString("stroke", BorderColor);
        w.WriteAttributeString("stroke-width", "0.6");
        w.WriteAttributeString("stroke-linejoin", "round");
        w.WriteAttributeString("fill-rule", "evenodd");
        foreach (var c in scene.Countries)
        {
            w.WriteStartElement("path", Ns);
            w.WriteAttributeString("d", c.PathData);
            w.WriteAttributeString("data-code", c.Code);
            if (c.Highlighted) { w.WriteAttributeString("class", "highlight"); w.WriteAttributeString("fill", HighlightColor); }
            w.WriteStartElement("title", Ns); w.WriteString(c.Name); w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();

        w.WriteStartElement("g", Ns);
        w.WriteAttributeString("class", "map-points");
        w.WriteAttributeString("stroke", "#ffffff");
        w.WriteAttributeString("stroke-width", "0.8");
        w.WriteAttributeString("fill-opacity", "0.8");
        foreach (var c in scene.Circles)
        {
            bool link = SafeHref(c.Href) is not null;
            if (link) { w.WriteStartElement("a", Ns); w.WriteAttributeString("href", c.Href); }
            w.WriteStartElement("circle", Ns);
            w.WriteAttributeString("cx", MapScene.Num(c.X)); w.WriteAttributeString("cy", MapScene.Num(c.Y)); w.WriteAttributeString("r", MapScene.Num(c.Radius));
            w.WriteAttributeString("fill", c.Color);
            Attr(w, "data-count", c.Point.Count);
            w.WriteStartElement("title", Ns); w.WriteString(c.Tooltip); w.WriteEndElement();
            w.WriteEndElement();
            if (link) w.WriteEndElement();
        }
        w.WriteEndElement();

        if (o.Legend) Legend(scene, w);
        w.WriteEndElement();
    }

    private static void Legend(MapScene scene, XmlWriter w)
    {
        var items = MapLegend.Layout(scene);
        var (bx, by, bw, bh) = MapLegend.Box(items);
        w.WriteStartElement("g", Ns);
        w.WriteAttributeString("class", "map-legend");
        w.WriteAttributeString("font-size", MapLegend.FontSize.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("fill", MapLegend.TextColor);
        w.WriteStartElement("rect", Ns);
        w.WriteAttributeString("x", MapScene.Num(bx)); w.WriteAttributeString("y", MapScene.Num(by));
        w.WriteAttributeString("width", MapScene.Num(bw)); w.WriteAttributeString("height", MapScene.Num(bh));
        w.WriteAttributeString("fill", "#ffffff"); w.WriteAttributeString("fill-opacity", "0.85"); w.WriteAttributeString("rx", "3");
        w.WriteEndElement();
        foreach (var item in items)
        {
            w.WriteStartElement("circle", Ns);
            w.WriteAttributeString("cx", MapScene.Num(item.X)); w.WriteAttributeString("cy", MapScene.Num(item.Y)); w.WriteAttributeString("r", MapScene.Num(item.Radius));
            w.WriteAttributeString("fill", item.Color);
            if (item.Outline) { w.WriteAttributeString("fill-opacity", "0"); w.WriteAttributeString("stroke", MapLegend.TextColor); }
            w.WriteEndElement();
            w.WriteStartElement("text", Ns);
            w.WriteAttributeString("x", MapScene.Num(item.TextX)); w.WriteAttributeString("y", MapScene.Num(item.TextY));
            w.WriteString(item.Label);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Attr(XmlWriter w, string name, int value) => w.WriteAttributeString(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A link the map may carry: relative, or http(s); anything else (javascript:, data:) is dropped.</summary>
    public static string? SafeHref(string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        var h = href.Trim();
        int colon = h.IndexOf(':'), slash = h.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return h;
        return h.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || h.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? h : null;
    }
}

using System.Globalization;
using System.Text;
using Entente.Analysis.Maps;
using Entente.Analysis.Selection;
using Entente.Web.Api;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>
/// /map: where the stored events happened, on a world map drawn on the server (Natural Earth outlines, Equal Earth
/// projection, SVG; no tile server), filtered like the events list (<see cref="EventListQuery"/>): one circle per place
/// or group of nearby places, sized by its number of events and coloured by their QuadClass, each linking to the events
/// list of its box with the same filters.
/// </summary>
internal static class MapPage
{
    public static IResult Render(HttpRequest req, DashboardContext ctx)
    {
        var sb = new StringBuilder(131072).Append("<h1>Map</h1>");
        using var store = ctx.OpenStore();
        if (store is null)
            return Layout.Page("Map", "/map", sb.Append($"<div class=\"empty\"><p>There is no store yet.</p><p>{E(ctx.EmptyStoreHint)}</p></div>").ToString());
        sb.Append(Form(req, ctx));
        EventListQuery query;
        try { query = EventListQuery.Parse(req.Query, ctx.Corpus); }
        catch (ApiRequestException ex)
        {
            return Layout.Page("Map", "/map", sb.Append($"<div class=\"error\" role=\"alert\"><p>{E(ex.Message)}</p>{(ex.Hint is null ? "" : $"<p><strong>What to do:</strong> {E(ex.Hint)}</p>")}</div>").ToString(), 400);
        }
        // every event the filter selects, one-actor events too (as the events list a point links to shows them); aggregated
        // by the store unless a filter it cannot apply (outlet, grade, embargo) needs the events read
        var selection = EventSelection.All with { IncludeOneSided = true };
        var (located, counted, without) = query.FiltersInMemory
            ? EventLocators.Collect(query.Events(store, ctx.Corpus), selection, EventLocators.Default)
            : EventLocators.Collect(store, query.Filter, selection);
        var filters = EventListQuery.Parameters.Where(p => p != "bbox").Select(p => (p, Q(req, p))).ToArray();
        var clusters = new MapAggregator().Aggregate(located, c => Url("/events", [.. filters, ("bbox", Box(c.Box))]));
        var outlines = ctx.Analysis.Outlines ?? CountryOutlines.LoadFrom(ctx.Corpus.Knowledge.DataDirectory);
        sb.Append($"<p id=\"map-count\"><strong>{counted - without}</strong> of {counted} matching event{(counted == 1 ? "" : "s")} have a place, shown at {clusters.Count} point{(clusters.Count == 1 ? "" : "s")}")
          .Append(without > 0 ? $"; {without} without a place are not drawn" : "").Append(".</p>");
        sb.Append("<figure class=\"map\"><figcaption>Circle area: number of events; colour: the QuadClass most of them have. Click a circle for its events.</figcaption>")
          .Append(MapRenderer.Svg(outlines, [.. clusters.Select(c => c.Point)], new MapOptions(Title: "Events by place", IdPrefix: "worldmap")))
          .Append("</figure>");
        return Layout.Page("Map", "/map", sb.ToString());
    }

    /// <summary>
    /// A small map of some events (the dyad page's listed events): their places, fitted to the two actors' countries when
    /// both have an outline (else the world), each point linking to the dyad's events in its box. Empty when none has a place.
    /// </summary>
    public static string Small(DashboardContext ctx, IReadOnlyList<Entente.Corpus.Model.StoredEvent> events, string a, string b)
    {
        var outlines = ctx.Analysis.Outlines;
        if (outlines is null || DyadMap.Layout(outlines, events, a, b, c => Url("/events", ("dyad", $"{a},{b}"), ("bbox", Box(c.Box)))) is not { } map) return "";
        return $"<figure class=\"map small\" id=\"dyad-map\"><figcaption>Where the listed events happened ({map.Located} of {map.Events} have a place); click a circle for its events.</figcaption>{DyadMap.Svg(outlines, map)}</figure>";
    }

    /// <summary>A cluster's box as the events list's bbox (west,south,east,north), widened a little so its own points are inside.</summary>
    private static string Box(GeoBox b)
    {
        const double pad = 0.01;
        string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
        return $"{F(Math.Max(-180, b.West - pad))},{F(Math.Max(-90, b.South - pad))},{F(Math.Min(180, b.East + pad))},{F(Math.Min(90, b.North + pad))}";
    }

    private static string Form(HttpRequest req, DashboardContext ctx)
    {
        var sb = new StringBuilder(4096).Append("<form class=\"bar filters\" id=\"map-filters\" method=\"get\" action=\"/map\">")
            .Append($"<label>From <input type=\"date\" name=\"since\" value=\"{E(Q(req, "since"))}\"></label>")
            .Append($"<label>To <input type=\"date\" name=\"until\" value=\"{E(Q(req, "until"))}\"></label>")
            .Append($"<label>Actor <input type=\"text\" name=\"actor\" size=\"5\" placeholder=\"IRN\" value=\"{E(Q(req, "actor"))}\"></label>")
            .Append($"<label>Located in <input type=\"text\" name=\"country\" size=\"5\" placeholder=\"UKR\" value=\"{E(Q(req, "country"))}\"></label>")
            .Append("<label>Type <select name=\"type\"><option value=\"\">any</option>");
        foreach (var t in ctx.Corpus.Knowledge.Cameo.Types.Keys.Order(StringComparer.Ordinal)) sb.Append(Option(t, EventRows.TypeLabel(t), Q(req, "type")));
        return sb.Append("</select></label><button type=\"submit\">Show</button></form>").ToString();
    }
}

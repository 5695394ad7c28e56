using System.Globalization;
using Entente.Analysis.Maps;
using Entente.Analysis.Selection;
using Entente.Web.Api;
using Microsoft.AspNetCore.Html;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>The map page's data (Slices/Map.cshtml). <see cref="Svg"/> is trusted markup: <see cref="MapRenderer"/> writes it with an XML writer, which encodes every name and URL.</summary>
public sealed record MapModel(PageFrame Frame, string? Hint, MapFiltersModel? Filters, AlertModel? Error, int Located, int Counted, int Without, int Points, HtmlString? Svg);

/// <summary>The map's filter form: the request's own values.</summary>
public sealed record MapFiltersModel(string? Since, string? Until, string? Actor, string? Country, OptionList Types);

/// <summary>The dyad page's small map (Slices/SmallMap.cshtml); <see cref="Svg"/> is trusted markup as on the map page.</summary>
public sealed record SmallMapModel(int Located, int Total, HtmlString Svg);

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
        var frame = new PageFrame("Map", "/map");
        using var store = ctx.OpenStore();
        if (store is null) return PageResult.Of(Slices.Map.Create(new MapModel(frame, ctx.EmptyStoreHint, null, null, 0, 0, 0, 0, null)));
        var filters = new MapFiltersModel(Q(req, "since"), Q(req, "until"), Q(req, "actor"), Q(req, "country"), EventFilters.TypeChoices(ctx, Q(req, "type")));
        EventListQuery query;
        try { query = EventListQuery.Parse(req.Query, ctx.Corpus); }
        catch (ApiRequestException ex)
        {
            return PageResult.Of(Slices.Map.Create(new MapModel(frame, null, filters, new AlertModel(ex.Message, ex.Hint), 0, 0, 0, 0, null)), 400);
        }
        // every event the filter selects, one-actor events too (as the events list a point links to shows them); aggregated
        // by the store unless a filter it cannot apply (outlet, grade, embargo) needs the events read
        var selection = EventSelection.All with { IncludeOneSided = true };
        var (located, counted, without) = query.FiltersInMemory
            ? EventLocators.Collect(query.Events(store, ctx.Corpus), selection, EventLocators.Default)
            : EventLocators.Collect(store, query.Filter, selection);
        var kept = EventListQuery.Parameters.Where(p => p != "bbox").Select(p => (p, Q(req, p))).ToArray();
        var clusters = new MapAggregator().Aggregate(located, c => Url("/events", [.. kept, ("bbox", Box(c.Box))]));
        // loaded once (AnalysisServices); when that failed, say why on every request instead of reading the file again
        if (ctx.Analysis.Outlines is not { } outlines)
            return PageResult.Of(Slices.Map.Create(new MapModel(frame, null, filters, OutlinesMissing(ctx.Analysis.OutlinesProblem), 0, 0, 0, 0, null)), 500);
        var svg = MapRenderer.Svg(outlines, [.. clusters.Select(c => c.Point)], new MapOptions(Title: "Events by place", IdPrefix: "worldmap"));
        return PageResult.Of(Slices.Map.Create(new MapModel(frame, null, filters, null, counted - without, counted, without, clusters.Count, new HtmlString(svg))));
    }

    /// <summary>
    /// A small map of some events (the dyad page's listed events): their places, fitted to the two actors' countries when
    /// both have an outline (else the world), each point linking to the dyad's events in its box. Null when none has a place.
    /// </summary>
    public static SmallMapModel? Small(DashboardContext ctx, IReadOnlyList<Entente.Corpus.Model.StoredEvent> events, string a, string b)
    {
        var outlines = ctx.Analysis.Outlines;
        if (outlines is null || DyadMap.Layout(outlines, events, a, b, c => Url("/events", ("dyad", $"{a},{b}"), ("bbox", Box(c.Box)))) is not { } map) return null;
        return new SmallMapModel(map.Located, map.Events, new HtmlString(DyadMap.Svg(outlines, map)));
    }

    /// <summary>The alert of a map page that cannot draw the world: the loader's error (file, line, hint).</summary>
    internal static AlertModel OutlinesMissing(string? problem)
        => new($"The world map cannot be drawn: the country outlines could not be loaded ({problem ?? "no outlines"}).",
            $"restore data/{CountryOutlines.DefaultFile} or give a knowledge folder that has it (--data); it is made by 'entente dictionary import-naturalearth'");

    /// <summary>A cluster's box as the events list's bbox (west,south,east,north), widened a little so its own points are inside.</summary>
    private static string Box(GeoBox b)
    {
        const double pad = 0.01;
        string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
        return $"{F(Math.Max(-180, b.West - pad))},{F(Math.Max(-90, b.South - pad))},{F(Math.Min(180, b.East + pad))},{F(Math.Min(90, b.North + pad))}";
    }
}

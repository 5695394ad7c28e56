using Entente.Analysis.Selection;
using Entente.Corpus.Model;
using Entente.Corpus.Store;

namespace Entente.Analysis.Maps;

/// <summary>Where a stored event took place, for the map; null when it has no location.</summary>
public interface IEventLocator
{
    MapEvent? Locate(StoredEvent e);
}

/// <summary>
/// The locators of stored events: <see cref="Default"/> reads the stored event's location (<see cref="StoredEvent.Location"/>,
/// the most precise of its reports') into a <see cref="MapEvent"/> with its latitude, longitude, place name, the event's
/// QuadClass and a place id (the GeoNames id, else name and state).
/// </summary>
public static class EventLocators
{
    private sealed class FromFunction(Func<StoredEvent, MapEvent?> locate) : IEventLocator
    {
        public MapEvent? Locate(StoredEvent e) => locate(e);
    }

    /// <summary>A locator from a function.</summary>
    public static IEventLocator From(Func<StoredEvent, MapEvent?> locate) => new FromFunction(locate);

    /// <summary>Finds no location for any event.</summary>
    public static readonly IEventLocator None = From(_ => null);

    /// <summary>The locator every host uses (the CLI's <c>map</c>, the dashboard): the stored location when it has a point.</summary>
    public static IEventLocator Default { get; } = From(e => e.Location is { Lat: double lat, Lon: double lon } l
        ? new MapEvent(lat, lon, l.Name, e.QuadClass, l.GeoNamesId ?? $"{l.Name}|{l.Country}")
        : null);

    /// <summary>
    /// The counted events of a store filter that have a point, aggregated by the store in its query
    /// (<see cref="IEventStore.Places"/>: one <see cref="MapEvent"/> per point and QuadClass, its <see cref="MapEvent.Count"/> the
    /// number of events), how many events were counted and how many of them have no point. The same as
    /// <see cref="Collect(IEnumerable{StoredEvent}, EventSelection, IEventLocator)"/> with <see cref="Default"/> over
    /// <c>store.Events(filter)</c>, without reading the events; a selection that leaves out one-actor events (which the store
    /// does not tell apart in SQL) reads them.
    /// </summary>
    public static (IReadOnlyList<MapEvent> Events, int Counted, int WithoutLocation) Collect(IEventStore store, EventFilter filter, EventSelection selection)
    {
        if (!selection.IncludeOneSided) return Collect(store.Events(filter), selection, Default);
        var totals = store.Places(filter, selection.Rule);
        return ([.. totals.Rows.Select(r => new MapEvent(r.Lat, r.Lon, r.Name, r.QuadClass, r.GeoNamesId ?? $"{r.Name}|{r.Country}", r.Events))],
            totals.EventsCounted, totals.WithoutLocation);
    }

    /// <summary>The counted events of a selection that have a location, and how many counted events have none.</summary>
    public static (IReadOnlyList<MapEvent> Events, int Counted, int WithoutLocation) Collect(IEnumerable<StoredEvent> events, EventSelection selection, IEventLocator locator)
    {
        var located = new List<MapEvent>();
        int counted = 0, without = 0;
        foreach (var e in events)
        {
            if (!selection.Counts(e)) continue;
            counted++;
            if (locator.Locate(e) is { } m) located.Add(m);
            else without++;
        }
        return (located, counted, without);
    }
}

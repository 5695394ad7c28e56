using Entente.Analysis.Selection;
using Entente.Corpus.Model;

namespace Entente.Analysis.Maps;

/// <summary>Where a stored event took place, for the map; null when it has no location.</summary>
public interface IEventLocator
{
    MapEvent? Locate(StoredEvent e);
}

/// <summary>
/// The locators of stored events. Stored events carry no location yet: <see cref="Default"/> finds none, and the map of the
/// store is empty until the event-location work fills <see cref="Default"/> in (one function: from the stored event's
/// location to a <see cref="MapEvent"/> with its latitude, longitude, place name, the event's QuadClass and a place id).
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

    /// <summary>The locator every host uses (the CLI's <c>map</c>, later the dashboard): for now <see cref="None"/>.</summary>
    public static IEventLocator Default { get; } = None;

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

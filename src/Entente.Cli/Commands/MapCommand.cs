using System.ComponentModel;
using System.Globalization;
using Entente.Analysis.Maps;
using Entente.Core.Knowledge;
using Entente.Corpus;
using Entente.Corpus.Store;
using Spectre.Console;
using Spectre.Console.Cli;
using GeoBox = Entente.Analysis.Maps.GeoBox;

namespace Entente.Cli.Commands;

/// <summary>Options of <c>entente map</c>: where the events come from (a JSON file, else the store with the analysis
/// selection and filters), what the map shows and how large it is.</summary>
public sealed class MapSettings : AnalysisSettings
{
    [CommandOption("-o|--out <FILE>")]
    [Description("The map to write: FILE.svg or FILE.png.")]
    public string? Out { get; init; }

    [CommandOption("--events <FILE>")]
    [Description("Take the events from this JSON or JSON-lines file (every object with quad_class and a location {lat, lon, name}) instead of the store.")]
    public string? EventsFile { get; init; }

    [CommandOption("--dyad <A,B>")]
    [Description("Only events between two actors (store); the map then shows their two countries unless --fit says otherwise.")]
    public string? Dyad { get; init; }

    [CommandOption("--actor <CODE>")]
    [Description("Only events with this actor on either side (store), e.g. IRN.")]
    public string? Actor { get; init; }

    [CommandOption("--type <TYPE>")]
    [Description("Only events of this type from data/cameo/event-types.tsv (store), e.g. arms_transfer.")]
    public string? Type { get; init; }

    [CommandOption("--cameo <CODE>")]
    [Description("Only events of this CAMEO code or prefix (store): 19 (fight) or 190.")]
    public string? Cameo { get; init; }

    [CommandOption("--fit <WHAT>")]
    [Description("What the map shows: world (default), points (the region of the events), or country codes separated by commas (IRN,IRQ).")]
    public string? Fit { get; init; }

    [CommandOption("--box <S,W,N,E>")]
    [Description("Show this latitude/longitude box instead: south, west, north, east in degrees (e.g. 44,22,53,41).")]
    public string? Box { get; init; }

    [CommandOption("--title <TEXT>")]
    [Description("The map's title (default: 'Events by place').")]
    public string? Title { get; init; }

    [CommandOption("--width <PX>")]
    [DefaultValue(960)]
    public int Width { get; init; } = 960;

    [CommandOption("--height <PX>")]
    [DefaultValue(500)]
    public int Height { get; init; } = 500;

    [CommandOption("--cell <DEGREES>")]
    [Description("Events without a place id are grouped into cells of this many degrees (default 0.25).")]
    [DefaultValue(0.25)]
    public double Cell { get; init; } = 0.25;

    [CommandOption("--max-points <N>")]
    [Description("At most N circles: cells grow until the points fit (default 2000).")]
    [DefaultValue(2000)]
    public int MaxPoints { get; init; } = 2000;

    [CommandOption("--outlines <FILE>")]
    [Description("A country-outlines file to draw instead of the shipped data/maps/countries-110m.tsv.")]
    public string? Outlines { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("no --out given (hint: --out map.svg or --out map.png)");
        if (Path.GetExtension(Out).ToLowerInvariant() is not (".svg" or ".png"))
            return ValidationResult.Error($"--out '{Out}' is neither .svg nor .png (hint: the extension chooses the format)");
        if (EventsFile != null && !File.Exists(EventsFile))
            return ValidationResult.Error($"--events '{EventsFile}': file not found (hint: a .json or .jsonl file of events with locations)");
        if (Outlines != null && !File.Exists(Outlines))
            return ValidationResult.Error($"--outlines '{Outlines}': file not found (hint: a country-outlines file made by 'entente dictionary import-naturalearth')");
        if (Dyad != null && (Dyad.Split(',', StringSplitOptions.TrimEntries) is not [var a, var b] || CheckCode(a, "--dyad") != null || CheckCode(b, "--dyad") != null))
            return ValidationResult.Error($"--dyad '{Dyad}' is not two actor codes (hint: two codes separated by a comma, e.g. --dyad IRN,RUS)");
        if (Actor != null && CheckCode(Actor, "--actor") is { } bad) return bad;
        if (Cameo != null && (Cameo.Trim().Length is < 2 or > 4 || !Cameo.Trim().All(char.IsAsciiDigit)))
            return ValidationResult.Error($"--cameo '{Cameo}' is not a CAMEO code (hint: 2 to 4 digits, e.g. 19 or 190)");
        if (Fit != null && Fit.Trim().Length == 0) return ValidationResult.Error("--fit is empty (hint: world, points, or codes such as IRN,IRQ)");
        if (Fit != null && Box != null) return ValidationResult.Error("--fit and --box both given (hint: choose one)");
        if (Box != null && ParseBox(Box) is null)
            return ValidationResult.Error($"--box '{Box}' is not four numbers south,west,north,east with south < north, west < east, within ±90/±180 (hint: e.g. 44,22,53,41)");
        if (Width is < 50 or > 10000 || Height is < 50 or > 10000)
            return ValidationResult.Error($"--width {Width} / --height {Height}: expected 50 to 10000 pixels");
        if (!(Cell > 0 && Cell <= 90)) return ValidationResult.Error($"--cell {Cell}: expected more than 0 and at most 90 degrees");
        if (MaxPoints < 1) return ValidationResult.Error($"--max-points {MaxPoints}: expected 1 or more");
        return base.Validate();
    }

    public static GeoBox? ParseBox(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 4) return null;
        var v = new double[4];
        for (int i = 0; i < 4; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out v[i])) return null;
        var box = new GeoBox(v[0], v[1], v[2], v[3]);
        return box.South < box.North && box.West < box.East && box.South >= -90 && box.North <= 90 && box.West >= -180 && box.East <= 180 ? box : null;
    }

    /// <summary>The country codes of --fit, or (with --dyad and no --fit) the dyad's two; empty for world or points.</summary>
    public IReadOnlyList<string> FitCountries()
    {
        if (Fit is null)
            return Dyad is null || Box != null ? [] : [.. Dyad.Split(',', StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant())];
        var f = Fit.Trim().ToLowerInvariant();
        return f is "world" or "points" ? [] : [.. Fit.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(c => c.ToUpperInvariant())];
    }

    public MapExtent Extent()
    {
        if (Box != null) return MapExtent.Of(ParseBox(Box)!.Value);
        if (FitCountries() is { Count: > 0 } codes) return MapExtent.OfCountries(codes);
        return Fit?.Trim().ToLowerInvariant() == "points" ? MapExtent.Points : MapExtent.World;
    }

    /// <summary>The store filter the options describe (call after <see cref="Validate"/> succeeded).</summary>
    public EventFilter Filter()
    {
        (string, string)? dyad = Dyad?.Split(',', StringSplitOptions.TrimEntries) is [var a, var b] ? (a.ToUpperInvariant(), b.ToUpperInvariant()) : null;
        return new EventFilter(dyad, Actor?.Trim().ToUpperInvariant(), Type?.Trim(), Cameo?.Trim(), SinceDay, UntilDay);
    }
}

/// <summary>
/// <c>entente map --out map.svg|png</c>: a map of events as circles (area ∝ number of events, colour of the main QuadClass)
/// over the country outlines of data/maps/, projected (Equal Earth) and drawn without any tile server. The events come
/// from <c>--events FILE</c> (JSON with locations), else from the store through the analysis selection and filters;
/// stored events are located by <see cref="EventLocators.Default"/>.
/// </summary>
public sealed class MapCommand : Command<MapSettings>
{
    public override int Execute(CommandContext context, MapSettings settings, CancellationToken cancellationToken)
    {
        if (settings.EventsFile is null) return new StoreMapCommand().Execute(context, settings, cancellationToken);
        if (LoadOutlines(settings) is not { } outlines) return 1;
        MapEventFile file;
        try { file = MapEventReader.Read(settings.EventsFile); }
        catch (DataFileException ex)
        {
            Console.Error.WriteLine($"entente: error: {ex.Message}");
            return 1;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"entente: error: {settings.EventsFile}: {ex.Message} (hint: check that the file can be read)");
            return 1;
        }
        return Draw(settings, outlines, file.Events, file.Events.Count + file.WithoutLocation, file.WithoutLocation, settings.EventsFile);
    }

    /// <summary>The outlines of --outlines, else of the data folder; prints the file:line error and returns null when wrong.</summary>
    internal static CountryOutlines? LoadOutlines(MapSettings settings)
    {
        try
        {
            return settings.Outlines is { } f ? CountryOutlines.Load(f)
                : CountryOutlines.LoadFrom(settings.DataDirectory ?? KnowledgeBase.DefaultDataDirectory());
        }
        catch (DataFileException ex)
        {
            Console.Error.WriteLine($"entente: error: {ex.Message}");
            return null;
        }
    }

    /// <summary>Aggregates, draws and reports; 0 when the map is written, 1 when it cannot be, 2 for an unknown --fit country.</summary>
    internal static int Draw(MapSettings settings, CountryOutlines outlines, IReadOnlyList<MapEvent> events, int counted, int withoutLocation, string from)
    {
        // codes given to --fit must have an outline; a --dyad's actors may be organizations (NATO) and are fitted only where they do
        var unknown = settings.Fit is null ? [] : settings.FitCountries().Where(c => outlines.Find(c) is null).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"entente: error: {string.Join(", ", unknown)}: no outline in the country outlines (hint: codes as in data/actors/states.tsv, e.g. IRN,IRQ; territories use Natural Earth's codes, e.g. GRL)");
            return 2;
        }
        var clusters = new MapAggregator(settings.Cell, settings.MaxPoints).Aggregate(events);
        var options = new MapOptions(settings.Width, settings.Height, settings.Extent(), settings.Title ?? "Events by place");
        MapScene scene;
        try { scene = MapRenderer.Save(outlines, [.. clusters.Select(c => c.Point)], settings.Out!, options); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"entente: error: cannot write '{settings.Out}': {ex.Message} (hint: check that the folder exists and is writable)");
            return 1;
        }
        var outside = scene.PointsOutside > 0 ? $", {scene.PointsOutside} outside the view" : "";
        int located = events.Sum(e => e.Count);
        Console.Error.WriteLine($"entente: map: {located} of {counted} events from {from} have a location: {clusters.Count} places{outside}; wrote {settings.Out}");
        if (withoutLocation > 0 && located == 0)
            Console.Error.WriteLine($"entente: map: none of the {counted} events has a location; the map shows no points (hint: events carry a location once place recognition fills it)");
        return 0;
    }

    /// <summary>The store side of the command: the counted events of the selection, located by <see cref="EventLocators.Default"/>.</summary>
    private sealed class StoreMapCommand : StoreCommand<MapSettings>
    {
        protected override int Run(CorpusServices services, IEventStore store, MapSettings settings, CancellationToken cancel)
        {
            if (!EventFilterSettings.TypeIsKnown(settings.Type, services)) return 2;
            if (LoadOutlines(settings) is not { } outlines) return 1;
            // one-actor events have a place as much as dyadic ones: the map counts them, as the event list shows them
            var selection = settings.Selection() with { IncludeOneSided = true };
            var (events, counted, without) = EventLocators.Collect(store, settings.Filter(), selection);
            return Draw(settings, outlines, events, counted, without, store.Location);
        }
    }
}

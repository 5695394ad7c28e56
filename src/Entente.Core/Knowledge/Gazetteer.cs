using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace Entente.Core.Knowledge;

/// <summary>
/// One place of the gazetteer: a city, a first-level division, a state's centre point (data/places/places.tsv, from
/// GeoNames), or a sea, strait, gulf or named region of our own (data/places/named-places.tsv).
/// </summary>
/// <param name="Country">The state it lies in (ISO3); for a sea or strait the first of <paramref name="States"/>, or empty.</param>
/// <param name="Admin1">The first-level division's name (a division's own name); null for states and seas.</param>
/// <param name="Feature">GeoNames' feature code (PPLC capital, PPLA division seat, PPL, …), ADM1, PCLI, or the named place's own (SEA, STRT, GULF, RGN).</param>
/// <param name="Id">The GeoNames id (or <c>admin1:CC.CODE</c>); empty for our own rows.</param>
/// <param name="States">The states concerned (named places: "IRN|OMN" for the Strait of Hormuz); else the one country.</param>
/// <param name="Origin">file:line of the row.</param>
public sealed record Place(string Name, string Country, PlaceKind Kind, long Population, double? Lat, double? Lon, string? Admin1,
    string Feature, string Id, ImmutableArray<string> States, string Origin)
{
    /// <summary>GeoNames' code of its first-level division ("UA.07"; US states "US.TX"), or null.</summary>
    public string? Admin1Code { get; init; }

    /// <summary>The precision of a location at this place: city, admin1, country or sea.</summary>
    public string Precision => Kind switch
    {
        PlaceKind.City => "city",
        PlaceKind.Region => "admin1",
        PlaceKind.Country => "country",
        _ => "sea",
    };

    /// <summary>Feature rank for ties: a capital before a division seat before a division before another city.</summary>
    public int FeatureRank => Feature switch
    {
        "PPLC" => 0,
        "PPLA" => 1,
        "ADM1" or "RGN" => 2,
        "PPLA2" => 3,
        _ => 4,
    };
}

/// <summary>One name of a <see cref="Place"/> in the gazetteer's trie: whether it is one of the place's own names (GeoNames'
/// name or its ASCII form) or an alternate one (an exonym "Kharkov", a division's short form "Kherson"), and which of its
/// tokens the text must capitalise.</summary>
public sealed record PlaceName(Place Place, bool Alternate, uint CapitalMask);

/// <summary>
/// Every place the location resolver may choose from, all candidates of an ambiguous name kept ("Paris": France and
/// Texas), in one token trie; and each state's centre point. Built once from the <c>places</c> and <c>named-places</c>
/// tables (and user dictionaries of those kinds); immutable.
/// </summary>
public sealed class Gazetteer
{
    public const string NamedKind = "named-places";
    public const string WordsKind = "place-words";

    /// <summary>Prepositions that make any place the scene ("in", "across"; kind <see cref="WordsKind"/>, class scene) and those
    /// that make a city, division or sea the scene but not a state (class local: "off Crimea", not "fired at Russia").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SceneWords { get; private init; } = FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LocalWords { get; private init; } = FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();
    /// <summary>Words after a name that make it the division's ("the Kherson region"; class division).</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DivisionWords { get; private init; } = FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();
    /// <summary>Prepositions of a destination ("to", "into"; class destination): the scene only after a word of
    /// <see cref="MovementWords"/> ("travelled to Tehran", "a state visit to China"), never after others ("sent drones to Russia").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DestinationWords { get; private init; } = FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();
    /// <summary>Lemmas of verbs and nouns of going somewhere ("travel", "visit", "trip"; class movement).</summary>
    public FrozenSet<string> MovementWords { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>Prepositions of belonging ("of"; class origin): a city or region after one is no scene
    /// ("residents of Kherson", "the governor of Kursk"), unless the phrase names a place by its kind
    /// (<see cref="PlaceNouns"/>: "in the city of Kano").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OriginWords { get; private init; } = FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();
    /// <summary>Lemmas of nouns that name a place by its kind ("city", "village", "port"; class placenoun).</summary>
    public FrozenSet<string> PlaceNouns { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>Words that put an act across a whole state ("nationwide", "countrywide"; class nationwide) and nouns that do so
    /// after a scene preposition and "the" ("across the country"; class nation).</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NationwideWords { get; private init; } = FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NationNouns { get; private init; } = FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();
    /// <summary>Prepositions joining a place to the actor word just before it ("police in Lagos", "the police of Kano",
    /// "troops from Kano"; class actor): the place is the actor's own.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ActorWords { get; private init; } = FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();
    /// <summary>Capitalised words allowed before a place name ("Northern Kherson"; class qualifier).</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Qualifiers { get; private init; } = FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();

    public PhraseTrie<PlaceName> Names { get; }
    /// <summary>A state's centre point (its <see cref="PlaceKind.Country"/> row), by ISO3 code.</summary>
    public FrozenDictionary<string, Place> Countries { get; }
    public int PlaceCount { get; }

    private Gazetteer(PhraseTrie<PlaceName> names, FrozenDictionary<string, Place> countries, int count)
    {
        Names = names; Countries = countries; PlaceCount = count;
    }

    public static readonly Gazetteer Empty = new(new PhraseTrie<PlaceName>.Builder().Build(), FrozenDictionary<string, Place>.Empty, 0);

    /// <summary>A row's <c>kind</c>: city, region, country or sea (file:line error for another).</summary>
    public static PlaceKind KindOf(DataRow r) => r.Required("kind") switch
    {
        "city" => PlaceKind.City,
        "region" => PlaceKind.Region,
        "country" => PlaceKind.Country,
        "sea" => PlaceKind.Sea,
        var other => throw r.Error($"place kind '{other}' is not known", "use city, region, country or sea"),
    };

    /// <param name="isState">Whether a code is a state of states.tsv (rows naming another are rejected with file:line).</param>
    public static Gazetteer Load(IEnumerable<DataTable> places, IEnumerable<DataTable> named, Func<string, bool> isState, IEnumerable<DataTable>? words = null)
    {
        var scene = new HashSet<string>(StringComparer.Ordinal);
        var qualifiers = new HashSet<string>(StringComparer.Ordinal);
        var divisions = new HashSet<string>(StringComparer.Ordinal);
        var local = new HashSet<string>(StringComparer.Ordinal);
        var destination = new HashSet<string>(StringComparer.Ordinal);
        var movement = new HashSet<string>(StringComparer.Ordinal);
        var origin = new HashSet<string>(StringComparer.Ordinal);
        var placeNouns = new HashSet<string>(StringComparer.Ordinal);
        var nationwide = new HashSet<string>(StringComparer.Ordinal);
        var nation = new HashSet<string>(StringComparer.Ordinal);
        var actor = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in words ?? [])
            foreach (var r in t.Rows)
                (r.Required("class") switch
                {
                    "scene" => scene,
                    "qualifier" => qualifiers,
                    "division" => divisions,
                    "local" => local,
                    "destination" => destination,
                    "movement" => movement,
                    "origin" => origin,
                    "placenoun" => placeNouns,
                    "nationwide" => nationwide,
                    "nation" => nation,
                    "actor" => actor,
                    var other => throw r.Error($"place word class '{other}' is not known", "use scene, local, destination, movement, origin, placenoun, nationwide, nation, qualifier, division or actor"),
                }).Add(r.Required("word").ToLowerInvariant());
        var adminCodes = new Dictionary<(string, string), string>();
        var rows = places.SelectMany(t => t.Rows).ToList();
        foreach (var r in rows)
            if (r["kind"] == "region" && r["geonames"].StartsWith("admin1:", StringComparison.Ordinal))
                adminCodes.TryAdd((r["country"], r.Optional("admin1") ?? r["name"]), r["geonames"]["admin1:".Length..]);
        var trie = new PhraseTrie<PlaceName>.Builder();
        var countries = new Dictionary<string, Place>(StringComparer.Ordinal);
        int count = 0;
        void Add(string name, Place p, bool alternate)
        {
            if (name.Length > 0) trie.Add(name, new PlaceName(p, alternate, ActorLexicon.Builder.CapitalMaskOf(name)));
        }
        foreach (var r in rows)
            {
                var country = r.Required("country");
                if (!isState(country)) throw r.Error($"place country '{country}' is not a state code of states.tsv", "use the state's ISO 3166-1 alpha-3 code, e.g. NGA");
                var kind = KindOf(r);
                var p = new Place(r.Required("name"), country, kind, Long(r, "population"), Coordinate(r, "lat", 90), Coordinate(r, "lon", 180),
                    kind == PlaceKind.Country ? null : r.Optional("admin1"), r.Optional("feature") ?? (kind == PlaceKind.Region ? "ADM1" : ""),
                    r.Optional("geonames") ?? "", [country], r.Location)
                {
                    Admin1Code = r.Optional("admin1") is { } a1 && adminCodes.TryGetValue((country, a1), out var code) ? code : null,
                };
                count++;
                if (kind == PlaceKind.Country) { countries[country] = p; continue; } // states are named through the actor lexicon
                Add(p.Name, p, false);
                if (r.Optional("ascii") is { } ascii) Add(ascii, p, false);
                foreach (var a in r.List("aliases")) Add(a, p, kind != PlaceKind.Region); // a division's short form is its own name
            }
        foreach (var t in named)
            foreach (var r in t.Rows)
            {
                var states = r.List("states");
                foreach (var s in states)
                    if (!isState(s)) throw r.Error($"state '{s}' is not a state code of states.tsv", "list ISO 3166-1 alpha-3 codes separated by '|', e.g. IRN|OMN");
                var kind = KindOf(r);
                var lat = Coordinate(r, "lat", 90) ?? throw r.Error("lat is required", "give the latitude in decimal degrees, e.g. 26.57");
                var lon = Coordinate(r, "lon", 180) ?? throw r.Error("lon is required", "give the longitude in decimal degrees, e.g. 56.25");
                var p = new Place(r.Required("name"), kind == PlaceKind.Sea ? "" : states.FirstOrDefault() ?? "", kind, 0, lat, lon,
                    kind == PlaceKind.Region ? r.Required("name") : null, r.Optional("feature") ?? (kind == PlaceKind.Sea ? "SEA" : "RGN"), "", states, r.Location);
                count++;
                Add(p.Name, p, false);
                foreach (var a in r.List("aliases")) Add(a, p, false);
            }
        return new Gazetteer(trie.Build(), countries.ToFrozenDictionary(StringComparer.Ordinal), count)
        {
            SceneWords = scene.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            LocalWords = local.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            DestinationWords = destination.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            MovementWords = movement.ToFrozenSet(StringComparer.Ordinal),
            OriginWords = origin.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            PlaceNouns = placeNouns.ToFrozenSet(StringComparer.Ordinal),
            NationwideWords = nationwide.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            NationNouns = nation.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            ActorWords = actor.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            DivisionWords = divisions.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            Qualifiers = qualifiers.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
        };
    }

    private static long Long(DataRow r, string column)
        => long.TryParse(r.Optional(column), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static double? Coordinate(DataRow r, string column, double limit)
    {
        var v = r.Optional(column);
        if (v is null) return null;
        if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || Math.Abs(d) > limit)
            throw r.Error($"{column} '{v}' is not a coordinate", $"write decimal degrees between -{limit} and {limit}, e.g. 50.45");
        return d;
    }
}

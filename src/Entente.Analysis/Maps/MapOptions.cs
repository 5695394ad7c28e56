using System.Collections.Immutable;

namespace Entente.Analysis.Maps;

/// <summary>What a map shows: the whole world, the region of its points, of some countries (a dyad's small map), or a box.</summary>
public sealed record MapExtent
{
    public enum Kinds { World, Points, Countries, Box }

    public Kinds Kind { get; private init; }
    /// <summary>The countries to fit (codes as in the outlines), for <see cref="Kinds.Countries"/>.</summary>
    public ImmutableArray<string> Countries { get; private init; } = [];
    public GeoBox? Box { get; private init; }
    /// <summary>With <see cref="Kinds.Countries"/>: the view also takes in every point (a meeting held in a third country).</summary>
    public bool AndPoints { get; private init; }

    public static readonly MapExtent World = new() { Kind = Kinds.World };
    /// <summary>The region of the points (the world when there are none).</summary>
    public static readonly MapExtent Points = new() { Kind = Kinds.Points };
    /// <summary>The region of these countries' main polygons (at least a quarter of the largest: France without French Guiana,
    /// the United States without Alaska); codes not in the outlines are ignored, the world is shown when none is found.</summary>
    public static MapExtent OfCountries(params IEnumerable<string> codes) => new() { Kind = Kinds.Countries, Countries = [.. codes.Select(c => c.Trim().ToUpperInvariant())] };
    /// <summary>The region of these countries (as <see cref="OfCountries"/>) widened to take in every point.</summary>
    public static MapExtent OfCountriesAndPoints(params IEnumerable<string> codes) => OfCountries(codes) with { AndPoints = true };
    public static MapExtent Of(GeoBox box) => new() { Kind = Kinds.Box, Box = box };

    public bool Equals(MapExtent? other) => other is not null && Kind == other.Kind && Box == other.Box && AndPoints == other.AndPoints && Countries.SequenceEqual(other.Countries);
    public override int GetHashCode() => HashCode.Combine(Kind, Box, Countries.Length);
}

/// <summary>How to draw a map.</summary>
/// <param name="Width">Width in pixels (SVG user units).</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Extent">What the map shows (default: the world).</param>
/// <param name="Title">The map's title (SVG title, read by screen readers, and shown in the PNG).</param>
/// <param name="Description">Its description (SVG desc); default: what the points show and how many.</param>
/// <param name="MaxRadius">Radius in pixels of the point with the most events; the others' areas are proportional to their counts.</param>
/// <param name="MinRadius">No circle is smaller than this, so that a single event stays visible.</param>
/// <param name="Legend">Draw the QuadClass colours and a size key.</param>
/// <param name="IdPrefix">Prefix of the SVG's element ids, so that several maps can share one HTML page.</param>
/// <param name="Highlight">Countries drawn darker (default: those of a <see cref="MapExtent.Kinds.Countries"/> extent).</param>
public sealed record MapOptions(int Width = 960, int Height = 500, MapExtent? Extent = null, string Title = "Events by place",
    string? Description = null, double MaxRadius = 18, double MinRadius = 2, bool Legend = true, string IdPrefix = "map",
    IReadOnlyList<string>? Highlight = null);

using System.Globalization;
using System.Text.Json;
using Entente.Core.Knowledge;

namespace Entente.Analysis.Maps;

/// <summary>The events of a file that have a location, and how many events have none.</summary>
public sealed record MapEventFile(IReadOnlyList<MapEvent> Events, int WithoutLocation);

/// <summary>
/// Reads the events of a JSON or JSON-lines file for a map: every object with a <c>quad_class</c> (or <c>quadClass</c>) is an
/// event, wherever it stands (a list of events, a report's documents, a line each); its <c>location</c> object gives
/// <c>lat</c>, <c>lon</c>, <c>name</c> and, when present, an <c>id</c> of the place. Events without a location are counted.
/// A file that is not JSON, or a location whose coordinates are not numbers in range, is an error naming the file and line
/// (JSON lines) or the event's number (JSON).
/// </summary>
public static class MapEventReader
{
    public static MapEventFile Read(string path)
    {
        if (!File.Exists(path)) throw new DataFileException(path, 0, "file not found", "give a .json or .jsonl file of events");
        var events = new List<MapEvent>();
        int without = 0;
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            int lineNo = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNo++;
                if (line.Trim().Length == 0) continue;
                using var doc = Parse(path, line, lineNo);
                Walk(doc.RootElement, events, ref without, path, lineNo, null);
            }
        }
        else
        {
            using var doc = Parse(path, File.ReadAllText(path), 0);
            int number = 0;
            Walk(doc.RootElement, events, ref without, path, 0, () => ++number);
        }
        return new MapEventFile(events, without);
    }

    private static JsonDocument Parse(string path, string text, int lineNo)
    {
        try { return JsonDocument.Parse(text); }
        catch (JsonException ex)
        {
            int line = lineNo > 0 ? lineNo : (int)(ex.LineNumber ?? -1) + 1;
            throw new DataFileException(path, line, "not valid JSON: " + ex.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].Trim(),
                "give the JSON or JSON lines that 'entente analyze' or 'entente events' writes");
        }
    }

    private static void Walk(JsonElement e, List<MapEvent> events, ref int without, string path, int lineNo, Func<int>? next)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray()) Walk(item, events, ref without, path, lineNo, next);
                break;
            case JsonValueKind.Object:
                if (QuadClass(e) is int quad)
                {
                    int number = next?.Invoke() ?? 0;
                    if (Location(e, quad, path, lineNo, number) is { } m) events.Add(m);
                    else without++;
                    break;
                }
                foreach (var p in e.EnumerateObject()) Walk(p.Value, events, ref without, path, lineNo, next);
                break;
        }
    }

    private static int? QuadClass(JsonElement e)
    {
        foreach (var name in new[] { "quad_class", "quadClass" })
            if (e.TryGetProperty(name, out var q) && q.ValueKind == JsonValueKind.Number && q.TryGetInt32(out var v)) return v;
        return null;
    }

    private static MapEvent? Location(JsonElement e, int quad, string path, int lineNo, int number)
    {
        if (!e.TryGetProperty("location", out var loc) || loc.ValueKind != JsonValueKind.Object) return null;
        double lat = Coordinate(loc, "lat", 90, path, lineNo, number), lon = Coordinate(loc, "lon", 180, path, lineNo, number);
        var name = loc.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && n.GetString() is { Length: > 0 } s
            ? s : string.Create(CultureInfo.InvariantCulture, $"{lat:0.##}, {lon:0.##}");
        string? id = loc.TryGetProperty("id", out var i) ? i.ValueKind switch
        {
            JsonValueKind.String => i.GetString(),
            JsonValueKind.Number => i.GetRawText(),
            _ => null,
        } : null;
        return new MapEvent(lat, lon, name, quad, id);
    }

    private static double Coordinate(JsonElement loc, string name, double max, string path, int lineNo, int number)
    {
        if (loc.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.GetDouble() is var d && d >= -max && d <= max) return d;
        var where = lineNo > 0 ? "" : $"event {number}: ";
        throw new DataFileException(path, lineNo, $"{where}location.{name} is {(v.ValueKind == JsonValueKind.Undefined ? "missing" : v.GetRawText())}, expected a number from -{max} to {max}",
            "write the location as {\"lat\": 50.0, \"lon\": 36.23, \"name\": \"Kharkiv\"}");
    }
}

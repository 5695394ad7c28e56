using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Core.Events;
using Entente.Core.Pipeline;
using Entente.Core.Time;

namespace Entente.Core.Output;

/// <summary>
/// Writes analyses as the documented JSON contract, streaming: <c>{"schema_version": 2, "documents": [ … ]}</c>, one document at a time,
/// so memory does not grow with the number of documents. Also writes single events (for JSONL).
/// Offsets are shifted by <c>BaseOffset</c> for parts of large files, so they point into the whole file's text.
/// </summary>
public sealed class JsonReportWriter : IDisposable
{
    private readonly Utf8JsonWriter _w;
    private bool _started;

    public static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    public static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public JsonReportWriter(Stream output, bool indented = true) { _w = new Utf8JsonWriter(output, indented ? Indented : Compact); }

    public void Begin()
    {
        JsonContract.BeginDocument(_w);
        _w.WriteStartArray("documents");
        _started = true;
    }

    public void Write(AnalyzedDocument d)
    {
        if (!_started) Begin();
        WriteDocument(_w, d);
        _w.Flush();
    }

    public void End()
    {
        if (!_started) Begin();
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.Flush();
    }

    public void Dispose() => _w.Dispose();

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date property (ISO 8601) or null.</summary>
    public static void WriteDate(Utf8JsonWriter w, string name, DateOnly? d)
    {
        if (d is DateOnly x) w.WriteString(name, Date(x)); else w.WriteNull(name);
    }

    /// <summary>An array-of-strings property.</summary>
    public static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    public static void WriteDocument(Utf8JsonWriter w, AnalyzedDocument d)
    {
        long b = d.Document.BaseOffset;
        w.WriteStartObject();
        w.WriteString("path", d.Document.Path);
        if (d.Document.Line is int line) w.WriteNumber("line", line);
        if (d.Document.Part > 0) { w.WriteNumber("part", d.Document.Part); w.WriteNumber("base_offset", d.Document.BaseOffset); }
        w.WriteString("title", d.Document.Title);
        if (d.Published is DateOnly p) w.WriteString("published", Date(p)); else w.WriteNull("published");
        w.WriteString("language", d.Language);
        if (d.Document.Outlet != null) w.WriteString("outlet", d.Document.Outlet);
        if (d.Document.Url != null) w.WriteString("url", d.Document.Url);
        w.WriteNumber("sentences", d.SentenceCount);
        w.WriteStartArray("warnings");
        foreach (var x in d.Warnings) w.WriteStringValue(x);
        w.WriteEndArray();
        w.WriteStartArray("citations");
        foreach (var c in d.Citations)
        {
            w.WriteStartObject();
            w.WriteString("outlet", c.Citation.Outlet);
            if (c.Citation.Date is DateOnly cd) w.WriteString("date", Date(cd)); else w.WriteNull("date");
            w.WriteNumber("sentence", c.Sentence);
            w.WriteNumber("start", c.Citation.Start + b);
            w.WriteNumber("end", c.Citation.End + b);
            w.WriteString("kind", c.Citation.Kind == Sources.CitationKind.Parenthetical ? "parenthetical" : "attribution");
            w.WriteBoolean("known", c.Citation.Known);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("entities");
        foreach (var e in d.Entities)
        {
            w.WriteStartObject();
            w.WriteString("text", e.Text);
            w.WriteString("kind", e.Kind.ToString().ToLowerInvariant());
            if (e.Code != null) w.WriteString("code", e.Code); else w.WriteNull("code");
            w.WriteNumber("sentence", e.Sentence);
            w.WriteNumber("start", e.Start + b);
            w.WriteNumber("end", e.End + b);
            if (e.Range is DateRange r) { w.WriteStartObject("value"); w.WriteString("start", Date(r.Start)); w.WriteString("end", Date(r.End)); w.WriteEndObject(); }
            else if (e.Number is double n) w.WriteNumber("value", n);
            if (e.Category != null) w.WriteString("category", e.Category);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var ev in d.Events) WriteEvent(w, ev, b, null);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteEvent(Utf8JsonWriter w, CodedEvent ev, long baseOffset, string? path)
    {
        w.WriteStartObject();
        if (path != null) w.WriteString("path", path);
        WriteActor(w, "source", ev.Source, ev.SourcePlace, baseOffset);
        WriteActor(w, "target", ev.Target, ev.TargetPlace, baseOffset);
        w.WriteBoolean("one_sided", ev.IsOneSided);
        w.WriteString("type", ev.Type);
        w.WriteString("cameo", ev.Cameo);
        w.WriteString("plover", ev.Plover);
        w.WriteNumber("goldstein", ev.Goldstein);
        w.WriteNumber("quad_class", ev.QuadClass);
        if (ev.Date is { } date)
        {
            w.WriteStartObject("date");
            w.WriteString("start", Date(date.Range.Start));
            w.WriteString("end", Date(date.Range.End));
            w.WriteString("text", date.Text);
            w.WriteString("basis", date.Basis);
            w.WriteEndObject();
        }
        else w.WriteNull("date");
        WriteLocation(w, ev.Location, baseOffset);
        w.WriteString("status", ev.Status.ToString().ToLowerInvariant());
        w.WriteNumber("confidence", ev.Confidence);
        if (ev.Quantity is { } q) WriteQuantity(w, "quantity", q);
        else w.WriteNull("quantity");
        w.WriteStartArray("equipment");
        foreach (var e in ev.Equipment)
        {
            w.WriteStartObject();
            w.WriteString("name", e.Name);
            w.WriteString("category", e.Category);
            if (e.Country != null) w.WriteString("origin", e.Country);
            if (e.Quantity is { } eq) WriteQuantity(w, "quantity", eq);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("sources");
        foreach (var s in ev.Sources)
        {
            w.WriteStartObject();
            w.WriteString("outlet", s.Outlet);
            if (s.Date is DateOnly sd) w.WriteString("date", Date(sd)); else w.WriteNull("date");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("evidence");
        w.WriteNumber("sentence", ev.Evidence.Sentence);
        w.WriteString("text", ev.Evidence.Text);
        w.WriteNumber("start", ev.Evidence.Start + baseOffset);
        w.WriteNumber("end", ev.Evidence.End + baseOffset);
        w.WriteEndObject();
        w.WriteStartObject("why");
        w.WriteString("pattern", ev.Why.Pattern);
        w.WriteString("trigger", ev.Why.Trigger);
        w.WriteNumber("trigger_start", ev.Why.TriggerStart + baseOffset);
        w.WriteNumber("trigger_end", ev.Why.TriggerEnd + baseOffset);
        w.WriteStartArray("entries");
        foreach (var e in ev.Why.Entries) w.WriteStringValue(e);
        w.WriteEndArray();
        w.WriteStartArray("cues");
        foreach (var c in ev.Why.Cues) w.WriteStringValue(c);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A count as written: value, approximate, the words, what it counts ("of", an equipment name) and whether it is money.</summary>
    private static void WriteQuantity(Utf8JsonWriter w, string name, Quantity q)
    {
        w.WriteStartObject(name);
        w.WriteNumber("value", q.Value);
        w.WriteBoolean("approximate", q.Approximate);
        w.WriteString("text", q.Text);
        if (q.Of != null) w.WriteString("of", q.Of);
        if (q.Money) w.WriteBoolean("money", true);
        w.WriteEndObject();
    }

    /// <summary>The event's location object (<c>location</c>: name, kind, country, admin1, lat, lon, basis, start, end,
    /// geonames, why), or null.</summary>
    public static void WriteLocation(Utf8JsonWriter w, EventLocation? l, long baseOffset) => WriteLocation(w, "location", l, baseOffset);

    /// <summary>A location object under <paramref name="property"/> (an event's <c>location</c>, an actor's <c>place</c>), or null.</summary>
    public static void WriteLocation(Utf8JsonWriter w, string property, EventLocation? l, long baseOffset)
    {
        if (l is null) { w.WriteNull(property); return; }
        w.WriteStartObject(property);
        w.WriteString("name", l.Name);
        w.WriteString("kind", l.Kind);
        w.WriteString("country", l.Country);
        w.WriteString("admin1", l.Admin1);
        if (l.Lat is double lat) w.WriteNumber("lat", lat); else w.WriteNull("lat");
        if (l.Lon is double lon) w.WriteNumber("lon", lon); else w.WriteNull("lon");
        w.WriteString("basis", l.Basis);
        if (l.Start is int st) w.WriteNumber("start", st + baseOffset); else w.WriteNull("start");
        if (l.End is int en) w.WriteNumber("end", en + baseOffset); else w.WriteNull("end");
        w.WriteString("geonames", l.GeoNamesId);
        if (l.Why != null) w.WriteString("why", l.Why);
        w.WriteEndObject();
    }

    /// <summary>An actor object (code, name, role, and <c>place</c>: the actor's own place, the same object as <c>location</c>, or
    /// null); an unstated actor (the target of a one-actor event) is null. An actor the dictionaries do not know has its name
    /// and an empty code.</summary>
    private static void WriteActor(Utf8JsonWriter w, string name, ActorRef a, EventLocation? place, long baseOffset)
    {
        if (a.IsUnstated) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteString("code", a.Code);
        w.WriteString("name", a.Name);
        if (a.Role != null) w.WriteString("role", a.Role); else w.WriteNull("role");
        WriteLocation(w, "place", place, baseOffset);
        w.WriteEndObject();
    }
}

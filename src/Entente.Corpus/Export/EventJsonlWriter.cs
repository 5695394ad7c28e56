using System.Text.Json;
using Entente.Core.Output;
using Entente.Corpus.Context;
using Entente.Corpus.Model;
using Entente.Corpus.Store;

namespace Entente.Corpus.Export;

/// <summary>
/// Stored events as JSON lines: one compact object per line (the objects of <c>entente events --format jsonl</c>),
/// UTF-8, LF line ends. The <c>embargo</c> array holds the ids of the embargoes in force the event falls inside
/// (<see cref="EmbargoFlagger"/>). A one-actor event has <c>"target": null</c> and <c>"one_sided": true</c>.
/// </summary>
public sealed class EventJsonlWriter(Stream output, EmbargoFlagger embargoes)
{
    /// <summary>Writes one line per event; returns the number of events written.</summary>
    public int Write(IEnumerable<StoredEvent> events)
    {
        int n = 0;
        foreach (var e in events)
        {
            using (var w = new Utf8JsonWriter(output, JsonReportWriter.Compact)) WriteObject(w, e, embargoes);
            output.Write("\n"u8);
            n++;
        }
        output.Flush();
        return n;
    }

    public static void WriteObject(Utf8JsonWriter w, StoredEvent e, EmbargoFlagger embargoes)
    {
        w.WriteStartObject();
        WriteFields(w, e, embargoes);
        w.WriteEndObject();
    }

    /// <summary>The event's properties, inside an object the caller opened.</summary>
    public static void WriteFields(Utf8JsonWriter w, StoredEvent e, EmbargoFlagger embargoes)
    {
        w.WriteString("id", e.Id);
        w.WriteString("cameo", e.Cameo);
        w.WriteString("type", e.Type);
        w.WriteString("plover", e.Plover);
        w.WriteNumber("goldstein", e.Goldstein);
        w.WriteNumber("quad_class", e.QuadClass);
        WriteActor(w, "source", e.SourceCode, e.SourceName, e.SourcePlace);
        WriteActor(w, "target", e.TargetCode, e.TargetName, e.TargetPlace);
        w.WriteBoolean("one_sided", e.IsOneSided);
        w.WriteStartObject("date"); JsonReportWriter.WriteDate(w, "start", e.DateStart); JsonReportWriter.WriteDate(w, "end", e.DateEnd); w.WriteEndObject();
        JsonReportWriter.WriteLocation(w, e.Location, 0);
        w.WriteString("status", SqlEventStore.ReconciledName(e.Status));
        w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
        w.WriteString("grade", e.Grade);
        w.WriteString("reliability", e.Reliability.ToString());
        w.WriteNumber("credibility", e.Credibility);
        if (e.Quantity is double q) w.WriteNumber("quantity", q); else w.WriteNull("quantity");
        JsonReportWriter.WriteStrings(w, "equipment", e.Equipment);
        w.WriteNumber("mentions", e.NumMentions);
        w.WriteNumber("articles", e.NumArticles);
        w.WriteNumber("sources", e.NumSources);
        w.WriteNumber("independent", e.NumIndependent);
        JsonReportWriter.WriteDate(w, "first_seen", e.FirstSeen);
        JsonReportWriter.WriteDate(w, "last_seen", e.LastSeen);
        JsonReportWriter.WriteStrings(w, "reported_by", e.ReportedBy);
        JsonReportWriter.WriteStrings(w, "denied_by", e.DeniedBy);
        JsonReportWriter.WriteStrings(w, "embargo", embargoes.Flags(e).Select(f => f.Id));
    }

    /// <summary>{"code", "name", "place"} (<c>place</c>: the actor's own place, the same object as <c>location</c>, or null); null
    /// when no actor is named (the target of a one-actor event); an actor no dictionary codes has its name and an empty code.</summary>
    public static void WriteActor(Utf8JsonWriter w, string property, string code, string name, Entente.Core.Events.EventLocation? place)
    {
        if (code.Length == 0 && name.Length == 0) { w.WriteNull(property); return; }
        w.WriteStartObject(property); w.WriteString("code", code); w.WriteString("name", name);
        JsonReportWriter.WriteLocation(w, "place", place, 0);
        w.WriteEndObject();
    }
}

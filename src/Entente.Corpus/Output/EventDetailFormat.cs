using System.Text.Json;
using Entente.Core.Output;
using Entente.Corpus.Context;
using Entente.Corpus.Export;
using Entente.Corpus.Grading;
using Entente.Corpus.Store;

namespace Entente.Corpus.Output;

/// <summary>
/// One event with its mentions as JSON: the shape of <c>entente event ID --format json</c> and of <c>GET /api/events/{id}</c>.
/// <c>event</c> is the object of <c>entente events</c>; each mention has its outlet's Admiralty grade, status, date, the
/// sentence (number, offsets, quote), the sources it cites and its document; <c>status_history</c> lists the statuses
/// reported on each publication date.
/// </summary>
public static class EventDetailFormat
{
    public static void Write(Utf8JsonWriter w, EventDetail detail, SourceGrader grader, EmbargoFlagger embargoes)
    {
        JsonContract.BeginDocument(w);
        w.WritePropertyName("event");
        EventJsonlWriter.WriteObject(w, detail.Event, embargoes);
        w.WriteStartArray("mentions");
        foreach (var v in detail.Mentions)
        {
            var m = v.Mention;
            w.WriteStartObject();
            w.WriteString("key", m.Key);
            JsonReportWriter.WriteDate(w, "published", m.Published);
            if (m.Outlet is { } o) w.WriteString("outlet", o); else w.WriteNull("outlet");
            var grade = grader.Grade(m.Outlet);
            w.WriteString("reliability", grade.Grade.ToString());
            w.WriteString("reliability_basis", grade.Basis);
            w.WriteString("status", SqlEventStore.StatusName(m.Status));
            w.WriteNumber("confidence", Math.Round(m.Confidence, 3));
            w.WriteString("cameo", m.Cameo);
            w.WriteStartObject("date"); JsonReportWriter.WriteDate(w, "start", m.DateStart); JsonReportWriter.WriteDate(w, "end", m.DateEnd);
            w.WriteString("text", m.DateText); w.WriteString("basis", m.DateBasis); w.WriteEndObject();
            w.WriteNumber("sentence", m.Sentence);
            w.WriteNumber("start", m.Start);
            w.WriteNumber("end", m.End);
            w.WriteString("quote", m.Quote);
            JsonReportWriter.WriteStrings(w, "cited", m.Cited);
            if (m.Origin is { } origin) w.WriteString("origin", origin); else w.WriteNull("origin");
            w.WriteStartObject("document");
            w.WriteString("path", v.Path); w.WriteString("url", v.Url); w.WriteString("title", v.Title); w.WriteNumber("version", v.Version);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("status_history");
        foreach (var (published, statuses) in History(detail))
            foreach (var (status, outlets) in statuses)
            {
                w.WriteStartObject();
                JsonReportWriter.WriteDate(w, "published", published);
                w.WriteString("status", status);
                JsonReportWriter.WriteStrings(w, "outlets", outlets);
                w.WriteEndObject();
            }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Statuses reported on each publication date (undated mentions last), each with the outlets that reported it.</summary>
    public static IEnumerable<(DateOnly? Published, IEnumerable<(string Status, IReadOnlyList<string> Outlets)> Statuses)> History(EventDetail detail)
        => detail.Mentions
            .GroupBy(v => v.Mention.Published)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g => (g.Key, g.GroupBy(v => SqlEventStore.StatusName(v.Mention.Status), StringComparer.Ordinal)
                .OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => (s.Key, (IReadOnlyList<string>)[.. s.Select(v => v.Mention.Outlet ?? "unknown outlet").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))));

}

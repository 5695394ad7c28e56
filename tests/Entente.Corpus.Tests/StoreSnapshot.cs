using System.Globalization;
using System.Text;
using Entente.Corpus.Store;

namespace Entente.Corpus.Tests;

/// <summary>
/// A canonical text dump of a store: every event with every field, every mention with its event, every document with its
/// state and version, and the failures, sorted and without timestamps or row ids. Two stores hold the same data exactly
/// when their snapshots are equal, whatever engine, order or process wrote them.
/// </summary>
internal static class StoreSnapshot
{
    public static string Of(IEventStore store)
    {
        var sb = new StringBuilder();
        foreach (var e in store.Events(new EventFilter()).OrderBy(e => e.Id, StringComparer.Ordinal))
            sb.Append(CultureInfo.InvariantCulture,
                $"E {e.Id} {e.Block} {e.SourceCode}/{e.SourceName} {e.TargetCode}/{e.TargetName} {e.Type} {e.Cameo} {e.Plover} {e.Goldstein:R} {e.QuadClass} " +
                $"{e.DateStart}..{e.DateEnd} {e.Status} {e.Confidence:R} {e.Quantity:R} [{string.Join(",", e.Equipment)}] m{e.NumMentions} a{e.NumArticles} " +
                $"s{e.NumSources} i{e.NumIndependent} {e.FirstSeen}..{e.LastSeen} {e.Grade} +[{string.Join(",", e.ReportedBy)}] -[{string.Join(",", e.DeniedBy)}]\n");
        foreach (var e in store.Events(new EventFilter()).OrderBy(e => e.Id, StringComparer.Ordinal))
            foreach (var v in store.Event(e.Id)!.Mentions.OrderBy(v => v.Mention.Key, StringComparer.Ordinal))
            {
                var m = v.Mention;
                sb.Append(CultureInfo.InvariantCulture,
                    $"M {m.Key} {m.EventId} {m.DocumentKey} {m.Sentence} {m.Start}-{m.End} {m.SourceCode} {m.TargetCode} {m.Cameo} {m.Status} " +
                    $"{m.DateStart}..{m.DateEnd} {m.MatchStart}..{m.MatchEnd} {m.Outlet} {m.Origin} {m.Fingerprint:x16} {v.Version}\n");
            }
        foreach (var d in store.Documents().OrderBy(d => d.Locator, StringComparer.Ordinal).ThenBy(d => d.Version))
            sb.Append(CultureInfo.InvariantCulture, $"D {d.Locator} v{d.Version} {d.ContentHash} {d.State} {d.Outlet} {d.Published} {d.Mentions}\n");
        foreach (var f in store.Failures().OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Message, StringComparer.Ordinal))
            sb.Append(CultureInfo.InvariantCulture, $"F {f.Path}:{f.Line} {f.Message}\n");
        return sb.ToString();
    }
}

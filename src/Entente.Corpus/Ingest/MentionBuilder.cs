using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Entente.Core.Events;
using Entente.Core.Knowledge;
using Entente.Core.Pipeline;
using Entente.Corpus.Grading;
using Entente.Corpus.Merge;
using Entente.Corpus.Model;

namespace Entente.Corpus.Ingest;

/// <summary>
/// Turns the analyzer's <see cref="CodedEvent"/>s of one document into <see cref="StoredMention"/>s: merge block,
/// match window, canonical outlet, origin of the claim, text fingerprint and a deterministic key. Reads: an analysed
/// document and its identity. Writes: mentions. Thread-safe.
/// </summary>
public sealed class MentionBuilder
{
    private readonly CameoTable _cameo;
    private readonly SourceGrader _grader;
    private readonly MergeRules _rules;

    public MentionBuilder(CameoTable cameo, SourceGrader grader, MergeRules rules)
    {
        _cameo = cameo;
        _grader = grader;
        _rules = rules;
    }

    /// <summary>The outlet of a document: as given in its metadata (canonical name when known), else the outlet its URL's domain belongs to.</summary>
    public string? OutletOf(Entente.Core.Text.SourceDocument doc)
    {
        if (_grader.Canonical(doc.Outlet) is { } named) return named;
        if (doc.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            if (_grader.Outlets.TryFind(host, out var info)) return info.Name;
        }
        return null;
    }

    public ImmutableArray<StoredMention> Build(AnalyzedDocument analysed, DocumentIdentity identity)
    {
        var doc = analysed.Document;
        var outlet = OutletOf(doc);
        var result = ImmutableArray.CreateBuilder<StoredMention>(analysed.Events.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ev in analysed.Events)
        {
            var m = Build(ev, identity, outlet, analysed.Published);
            if (seen.Add(m.Key)) result.Add(m);
        }
        return result.ToImmutable();
    }

    private StoredMention Build(CodedEvent ev, DocumentIdentity identity, string? outlet, DateOnly? published)
    {
        bool symmetric = _cameo.Types.TryGetValue(ev.Type, out var type) && type.Symmetric;
        var block = MergeRules.BlockOf(ev.Type, ev.Source, ev.Target, symmetric);
        var window = _rules.MatchWindow(ev.Date?.Range.Start, ev.Date?.Range.End, ev.Date?.Basis, published, ev.Status == EventStatus.Planned);
        var cited = ev.Sources.Where(s => s.Known).Select(s => _grader.Canonical(s.Outlet)!)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        var origin = cited.Length > 0 ? cited[0] : outlet;
        var key = KeyOf(identity, ev);
        return new StoredMention(
            key, identity.Key, block, ev.Evidence.Sentence, ev.Evidence.Start, ev.Evidence.End, ev.Evidence.Text,
            ev.Source.Code, ev.Source.Name, ev.Target.Code, ev.Target.Name, ev.Type, ev.Cameo, ev.Plover, ev.Goldstein, ev.QuadClass,
            ev.Date?.Range.Start, ev.Date?.Range.End, ev.Date?.Text, ev.Date?.Basis, window?.Start, window?.End,
            ev.Status, ev.Confidence, ev.Quantity?.Value, ev.Quantity?.Approximate ?? false,
            ev.Equipment.IsDefault ? [] : [.. ev.Equipment.Select(e => e.Name)],
            outlet, origin, cited, published, Fingerprint.Of(ev.Evidence.Text), ev.Why.Pattern, ev.Why.Trigger)
        {
            QuantityText = ev.Quantity?.Text, QuantityOf = ev.Quantity?.Of, QuantityMoney = ev.Quantity?.Money ?? false,
            Location = ev.Location, SourcePlace = ev.SourcePlace, TargetPlace = ev.TargetPlace,
        };
    }

    /// <summary>SHA-256 over the document key, the evidence offsets, the code and the actors (codes; the normalized name of an
    /// actor no dictionary codes, so coded mentions keep the keys they had): 16 hex digits.</summary>
    public static string KeyOf(DocumentIdentity identity, CodedEvent ev)
    {
        var s = string.Create(CultureInfo.InvariantCulture,
            $"{identity.Key}|{ev.Evidence.Sentence}|{ev.Evidence.Start}|{ev.Evidence.End}|{ev.Why.TriggerStart}|{ev.Cameo}|{MergeRules.ActorKey(ev.Source.Code, ev.Source.Name)}|{MergeRules.ActorKey(ev.Target.Code, ev.Target.Name)}|{ev.Status}");
        return DocumentIdentity.Hex(SHA256.HashData(Encoding.UTF8.GetBytes(s)), 8);
    }
}

using System.Runtime.CompilerServices;
using Entente.Core.Knowledge;
using Entente.Core.Pipeline;
using Entente.Core.Text;
using Entente.Corpus.Model;

namespace Entente.Web.Dashboard;

/// <summary>
/// What to highlight in a stored mention's evidence sentence. A mention keeps its sentence (<see cref="StoredMention.Quote"/>,
/// whose document offsets are <see cref="StoredMention.Start"/>–<see cref="StoredMention.End"/>) and the trigger's surface
/// text, not the offsets of the words inside it; so the trigger is found in the quote, and the actors, equipment, dates and
/// citations are recognised again by the analyzer on the quote alone (offsets then point into the quote).
/// The event's own actors and trigger come first so they win over anything overlapping.
/// </summary>
internal static class EvidenceMarks
{
    public static IReadOnlyList<Mark> For(StoredMention m, Analyzer analyzer)
    {
        var marks = new List<Mark>();
        if (m.Trigger.Length > 0 && m.Quote.IndexOf(m.Trigger, StringComparison.OrdinalIgnoreCase) is int t and >= 0)
            marks.Add(new Mark(t, t + m.Trigger.Length, "trigger", $"trigger of the {m.Type.Replace('_', ' ')} pattern ({m.Pattern})"));
        var entities = analyzer.Analyze(new SourceDocument("evidence", m.Quote, "text", Published: m.Published)).Entities;
        Actor(m.SourceCode, m.SourceName, "actor source", "source actor");
        Actor(m.TargetCode, m.TargetName, "actor target", "target actor");
        marks.AddRange(ArticleMarks.Of(entities));
        return marks;

        // the actor as recognised in the sentence; else its name, when the sentence spells it out
        void Actor(string code, string name, string cls, string role)
        {
            int before = marks.Count;
            foreach (var e in entities.Where(e => e.Code == code && IsActor(e.Kind)))
                marks.Add(new Mark(e.Start, e.End, cls, $"{role}: {name} ({code})"));
            if (marks.Count == before && name.Length > 0 && m.Quote.IndexOf(name, StringComparison.OrdinalIgnoreCase) is int i and >= 0)
                marks.Add(new Mark(i, i + name.Length, cls, $"{role}: {name} ({code})"));
        }
    }

    private static readonly ConditionalWeakTable<KnowledgeBase, Analyzer> Analyzers = new();

    /// <summary>
    /// The analyzer for evidence sentences: the store's knowledge without language identification (a lone sentence full of
    /// names can look un-English, and it comes from a document already coded as English). One per knowledge base.
    /// </summary>
    public static Analyzer AnalyzerFor(KnowledgeBase knowledge)
        => Analyzers.GetValue(knowledge, k => new Analyzer(k, new AnalyzerOptions(DetectLanguage: false)));

    public static bool IsActor(EntityKind k) => k is EntityKind.State or EntityKind.Organization or EntityKind.Person;
}

/// <summary>The highlight class of each kind of entity the analyzer recognises (the legend on the pages says what they mean).</summary>
internal static class ArticleMarks
{
    public static readonly (string Class, string Label)[] Legend =
    [
        ("actor", "actor (state, organization, person)"), ("equipment", "equipment"), ("date", "date"), ("citation", "cited source"),
        ("quantity", "quantity or money"), ("location", "place"),
    ];

    public static IEnumerable<Mark> Of(IEnumerable<Entity> entities, int shift = 0)
    {
        foreach (var e in entities)
        {
            var (cls, title) = e.Kind switch
            {
                EntityKind.State or EntityKind.Organization or EntityKind.Person => ("actor", $"actor: {e.Code}"),
                EntityKind.Equipment => ("equipment", "equipment" + (e.Category is { } c ? ": " + c : "")),
                EntityKind.Date => ("date", e.Range is { } r ? $"date: {r}" : "date"),
                EntityKind.Outlet => ("citation", "cited source"),
                EntityKind.Quantity or EntityKind.Money => ("quantity", e.Number is double n ? $"quantity: {n}" : "quantity"),
                _ => ("location", "place" + (e.Code is { } code ? ": " + code : "")),
            };
            yield return new Mark(e.Start - shift, e.End - shift, cls, title);
        }
    }
}

using Entente.Core.Knowledge;
using Entente.Core.Pipeline;
using Entente.Corpus.Context;
using Entente.Corpus.Grading;
using Entente.Corpus.Ingest;
using Entente.Corpus.Merge;
using Entente.Corpus.Store;


namespace Entente.Corpus;

/// <summary>
/// The corpus services every store command uses, wired once from one knowledge base: grader → merge rules → merger →
/// mention builder, embargo flagger → analyzer → ingest service. The analyzer (and so the ingest service) is built on first use, so
/// query commands do not pay for it. Immutable and thread-safe.
/// </summary>
public sealed class CorpusServices
{
    private readonly Lazy<Analyzer> _analyzer;
    private readonly Lazy<IngestService> _ingest;

    public CorpusServices(KnowledgeBase knowledge, AnalyzerOptions? analyzerOptions = null)
    {
        Knowledge = knowledge;
        Grader = new SourceGrader(knowledge.Outlets, knowledge.Reliability);
        Rules = new MergeRules(isGeneric: knowledge.Equipment.IsGeneric);
        Merger = new EventMerger(Rules, new EventAggregator(Grader, knowledge.Cameo.IsSymmetric));
        Mentions = new MentionBuilder(knowledge.Cameo, Grader, Rules);
        Embargo = new EmbargoFlagger(knowledge.Embargoes, knowledge.Equipment);
        _analyzer = new Lazy<Analyzer>(() => new Analyzer(knowledge, analyzerOptions), LazyThreadSafetyMode.ExecutionAndPublication);
        _ingest = new Lazy<IngestService>(() => new IngestService(_analyzer.Value, Mentions), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public KnowledgeBase Knowledge { get; }
    public SourceGrader Grader { get; }
    public MergeRules Rules { get; }
    public EventMerger Merger { get; }
    public MentionBuilder Mentions { get; }
    /// <summary>Flags stored arms transfers that fall inside an embargo in force (data/sanctions/embargoes.tsv).</summary>
    public EmbargoFlagger Embargo { get; }
    public Analyzer Analyzer => _analyzer.Value;
    public IngestService Ingest => _ingest.Value;

    /// <summary>Opens the store a <c>--db</c> value names (see <see cref="StoreFactory.Resolve"/>); throws <see cref="StoreException"/>.</summary>
    /// <param name="mustExist">For queries: an SQLite file that does not exist is an error, not a new empty store.</param>
    public IEventStore Open(string db, bool mustExist = false)
        => StoreFactory.Open(db, Merger, Analyzer.Version, Knowledge.Hash, mustExist);
}

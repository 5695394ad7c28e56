using System.Collections.Immutable;
using Entente.Core.Actors;
using Entente.Core.Events;
using Entente.Core.Knowledge;
using Entente.Core.Reading;
using Entente.Core.Sources;
using Entente.Core.Text;
using Entente.Core.Time;

namespace Entente.Core.Pipeline;

/// <summary>Options for one analysis run.</summary>
/// <param name="DetectLanguage">Identify the language and skip non-English documents (on by default).</param>
/// <param name="TimeBudget">The longest one document may take; past it the analysis stops with a
/// <see cref="TimeoutException"/> (which the services report as that document's error). Null: five minutes.</param>
public sealed record AnalyzerOptions(bool DetectLanguage = true, TimeSpan? TimeBudget = null)
{
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromMinutes(5);

    public TimeSpan EffectiveTimeBudget => TimeBudget ?? DefaultTimeBudget;
}

/// <summary>
/// The analysis pipeline, stage by stage: language → sentences and tokens → dates and citations → actors → syntax
/// (tags, lemmas, features and dependency parse of the sentences that may carry an event) → quantities and equipment →
/// events. One instance is immutable and thread-safe: analyze many documents in parallel
/// with the same analyzer. Reads: <see cref="SourceDocument"/>. Writes: <see cref="AnalyzedDocument"/>, whose
/// <see cref="AnalyzedDocument.Doc"/> carries what was recognised as <see cref="Span"/>s.
/// </summary>
public sealed class Analyzer
{
    /// <summary>The program's version: the one <c>Version</c> of Directory.Build.props (the package, <c>--version</c>, /api/health).</summary>
    public static string Version { get; } = typeof(Analyzer).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
        .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().Select(a => a.InformationalVersion.Split('+')[0]).FirstOrDefault() ?? "0.0.0";

    private readonly KnowledgeBase _kb;
    private readonly AnalyzerOptions _options;
    private readonly ActorRecognizer _actors;
    private readonly EquipmentRecognizer _equipment;
    private readonly QuantityRecognizer _quantities = new();
    private readonly EventExtractor _events;
    private readonly CitationExtractor _citations;
    private readonly ReferenceDateInference _referenceDates;
    private readonly SentenceSplitter _splitter = SentenceSplitter.Default;
    private readonly SyntaxAnnotator _syntax;
    private readonly ParseSelector _parseSelector;
    private readonly Places.PlaceRecognizer _places;
    private readonly Places.EventLocator _locator;
    private readonly Places.ActorPlacer _actorPlaces;
    private readonly Places.PlaceTargets _placeTargets;
    private readonly PassiveAgentSources _passiveAgents;

    public KnowledgeBase Knowledge => _kb;

    public Analyzer(KnowledgeBase kb, AnalyzerOptions? options = null)
    {
        _kb = kb;
        _options = options ?? new AnalyzerOptions();
        // an agent whose country no rule gives ("police said") stays an actor with its role and no code
        _actors = new ActorRecognizer(kb.Actors) { KeepUnplacedAgents = true };
        _equipment = new EquipmentRecognizer(kb.Equipment);
        _events = new EventExtractor(kb);
        _syntax = SyntaxAnnotator.ForNews(kb);
        _parseSelector = new ParseSelector(kb.Patterns, kb.Words);
        _citations = new CitationExtractor(kb.Outlets, kb.Dates);
        _referenceDates = new ReferenceDateInference(kb.Dates);
        _places = new Places.PlaceRecognizer(kb.Places, kb.Actors);
        _locator = new Places.EventLocator(kb.Actors.StateOf, kb.Places, new Places.LocatorActs(kb.VictimRoots, kb.AbroadCodes, kb.RemoteCodes, kb.Words.ClausePrepositions));
        _actorPlaces = new Places.ActorPlacer(kb.Places);
        _placeTargets = new Places.PlaceTargets(kb.PlaceTargetCodes, kb.Places);
        _passiveAgents = new PassiveAgentSources(kb.PassiveAgents, kb.Actors.StateOf, kb.Actors.NameOf);
    }

    /// <summary>
    /// One pass over a sentence's cue words: does it speak of the future ("will meet in January": a month without a year
    /// is the next one), and from which character on (a future in a that-clause, "In late April, Iran told Moscow that it
    /// would …", governs only the clause, not the date before it); is it in the past perfect ("by May, Iran had shipped");
    /// and does it have a reporting word ("according to", "reported", "told", "interview") that makes an inline
    /// attribution possible? Sentences without one skip the attribution scan.
    /// </summary>
    private (bool Future, int FutureFrom, bool Past, bool MayAttribute) ScanCues(Doc text, Sentence s)
    {
        bool future = false, report = false, past = false;
        int futureFrom = s.Start, lastThat = -1;
        for (int i = s.FirstToken; i < s.EndToken && !(future && report && past); i++)
        {
            if (text.KeyIs(i, "interview") || text.KeyIs(i, "agency") || text.KeyIs(i, "media")) report = true;
            if (text.KeyIs(i, "had")) past = true;
            // a that-clause, or a participle or relative clause after a comma ("condemned the transfers on Friday, saying they
            // would …"), confines a later future to itself
            if (!future && (text.KeyIs(i, "that") || i > s.FirstToken && text.KeyIs(i - 1, ",") && IsClauseOpener(text, i))) lastThat = i;
            if (_kb.Patterns.Cues.MatchLongest(text, i, s.EndToken, out var cues) == 0) continue;
            foreach (var c in cues)
            {
                if (c is Cue.Future or Cue.Intent)
                {
                    // the future is the that-clause's, or a coordinated verb's ("opposed the measures and would take steps")
                    if (!future && i > s.FirstToken && (text.KeyIs(i - 1, "and") || text.KeyIs(i - 1, "but"))) futureFrom = text.Tokens[i - 1].Start;
                    else if (!future && lastThat >= 0) futureFrom = text.Tokens[lastThat].Start;
                    future = true;
                }
                else if (c == Cue.Report) report = true;
            }
        }
        return (future, futureFrom, past && !future, report);
    }

    /// <summary>A lower-case participle in -ing ("saying", "adding", "warning") or a relative pronoun after a comma.</summary>
    private static bool IsClauseOpener(Doc text, int i)
    {
        var k = text.Key(i);
        return (text.Tokens[i].Shape & TokenShape.Capitalized) == 0 && (k.Length > 4 && k.EndsWith("ing", StringComparison.Ordinal) || k is "which" or "who");
    }

    /// <summary>The sentence's dates; when its future is confined to a that-clause or to a verb coordinated after "and" or
    /// "but", the dates before it are read without the future sense.</summary>
    private IReadOnlyList<DateMention> FindDates(string text, Sentence s, DateOnly? reference, bool future, int futureFrom, bool past)
    {
        var all = _kb.Dates.Find(text, s.Start, s.End, reference, preferFuture: future, preferPast: past);
        if (!future || futureFrom <= s.Start || all.Count == 0 || all[0].Start >= futureFrom) return all;
        var plain = _kb.Dates.Find(text, s.Start, s.End, reference);
        var merged = new List<DateMention>(all.Count);
        foreach (var d in plain) if (d.Start < futureFrom) merged.Add(d);
        foreach (var d in all) if (d.Start >= futureFrom) merged.Add(d);
        return merged;
    }

    /// <param name="cancel">Checked before each sentence's step: a caller with a time budget or a client that left stops
    /// the work with <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="TimeoutException">The document took longer than <see cref="AnalyzerOptions.TimeBudget"/>.</exception>
    public AnalyzedDocument Analyze(SourceDocument doc, CancellationToken cancel = default)
    {
        var budget = _options.EffectiveTimeBudget;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        if (budget > TimeSpan.Zero) limit.CancelAfter(budget);
        else limit.Cancel(); // no time at all (the timer would fire only after the work had begun)
        try
        {
            return AnalyzeWithin(doc, limit.Token);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new TimeoutException($"analysis stopped after {budget.TotalSeconds:0.#} s, the time one document may take");
        }
    }

    private AnalyzedDocument AnalyzeWithin(SourceDocument doc, CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        var warnings = ImmutableArray.CreateBuilder<string>();
        string language = "en";
        if (_options.DetectLanguage)
        {
            language = LanguageIdentifier.Shared.Identify(doc.Text, 0, doc.Text.Length);
            if (language != "en" && language != "und" && LanguageIdentifier.IsShortAndAsciiHeavy(doc.Text))
            {
                warnings.Add($"language identified as '{language}' from too little text to be sure, and the text is nearly all ASCII: analysed as English " +
                             "(hint: pass --no-language-check to skip identification)");
                language = "en";
            }
            if (language != "en" && language != "und")
            {
                warnings.Add($"language '{language}' is not supported (English only): document not coded");
                return new AnalyzedDocument(doc, language, doc.Published, true, warnings.ToImmutable(), [], [], [], 0);
            }
            if (language == "und") { warnings.Add("language could not be identified with confidence; analysed as English"); language = "en"; }
        }
        var text = _splitter.Split(doc.Text);
        var reference = doc.Published;

        // citations first: without a publication date, their dates help infer one
        var citationsBySentence = new List<Citation>[text.Sentences.Count];
        if (reference == null)
        {
            var all = new List<DateOnly>();
            foreach (var s in text.Sentences)
                foreach (var c in _citations.FindParenthetical(doc.Text, s.Start, s.End, null))
                    if (c.Date is DateOnly d) all.Add(d);
            reference = _referenceDates.Infer(doc.Text, all);
            warnings.Add(reference is DateOnly r
                ? $"no publication date given: inferred {r:yyyy-MM-dd} from the latest date in the text and its citations; pass --published to set it"
                : "no publication date given and none could be inferred: relative dates (\"in January\", \"last year\") are not resolved; pass --published");
        }
        var dates = new IReadOnlyList<DateMention>[text.Sentences.Count];
        var entities = ImmutableArray.CreateBuilder<Entity>();
        var citations = ImmutableArray.CreateBuilder<SentenceCitation>();
        var spans = new List<Span>();
        DateRange? anchor = null; // the date of the last event told, for "the next day"
        foreach (var s in text.Sentences)
        {
            citationsBySentence[s.Index] = [];
            dates[s.Index] = [];
            Guarded(s, ReadDatesAndCitations);
        }
        // each step on one sentence is guarded: a defect there costs that sentence, with a warning, not the document
        void Guarded(Sentence s, Action<Sentence> step)
        {
            cancel.ThrowIfCancellationRequested();
            try { step(s); }
            catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException) { warnings.Add(SentenceFailure(doc, s, ex)); }
        }
        void ReadDatesAndCitations(Sentence s)
        {
            IReadOnlyList<Citation> parenthetical = _citations.FindParenthetical(doc.Text, s.Start, s.End, reference);
            var cits = parenthetical as List<Citation> ?? (parenthetical.Count == 0 ? null : new List<Citation>(parenthetical));
            var (future, futureFrom, past, mayAttribute) = ScanCues(text, s);
            if (mayAttribute)
                foreach (var a in _citations.FindAttributions(doc.Text, s.Start, s.End, reference))
                    if (cits == null || !cits.Any(c => c.Start < a.End && a.Start < c.End)) (cits ??= []).Add(a);
            cits ??= [];
            citationsBySentence[s.Index] = cits;
            foreach (var c in cits)
            {
                citations.Add(new SentenceCitation(c, s.Index));
                entities.Add(new Entity(doc.Text[c.Start..c.End], EntityKind.Outlet, null, s.Index, c.Start, c.End));
                spans.Add(SpanAt(text, c.Start, c.End, SpanLabel.Outlet, null));
            }
            dates[s.Index] = s.IsHeading ? [] : FindDates(doc.Text, s, reference, future, futureFrom, past);
            // "the following day", "a day later": a step from the previous event's date, not from the publication
            if (!s.IsHeading && anchor is DateRange an)
            {
                var steps = SequelDates.Find(doc.Text, s.Start, s.End, an, dates[s.Index]);
                if (steps.Count > 0) dates[s.Index] = [.. dates[s.Index].Concat(steps).OrderBy(d => d.Start)];
            }
            foreach (var d in dates[s.Index])
                if (d.Direction == 0 && !cits.Any(c => c.Start <= d.Start && d.End <= c.End) && d.Range.End <= (reference ?? DateOnly.MaxValue))
                    anchor = d.Range;
            foreach (var d in dates[s.Index])
            {
                entities.Add(new Entity(d.Text, EntityKind.Date, null, s.Index, d.Start, d.End, d.Range));
                spans.Add(SpanAt(text, d.Start, d.End, SpanLabel.Date, null));
            }
        }

        var actors = _actors.Recognize(text);
        foreach (var w in _syntax.Annotate(text, _parseSelector.Select(text, actors), cancel)) warnings.Add(w);
        var owners = new List<ActorMention>();
        actors = TentativeAgents.Settle(text, actors, owners);
        actors = Acronyms.Link(text, actors, _kb.Words);
        actors = PersonNames.Link(text, actors, dates.SelectMany(d => d.Select(x => (x.Start, x.End)))
            .Concat(citationsBySentence.Where(c => c != null).SelectMany(c => c.Select(x => (x.Start, x.End)))));
        var actorsBySentence = new List<ActorMention>?[text.Sentences.Count];
        foreach (var a in actors)
        {
            (actorsBySentence[a.Sentence] ??= []).Add(a);
            entities.Add(new Entity(a.Text, a.Kind switch
                {
                    ActorKind.State => EntityKind.State,
                    ActorKind.Person => EntityKind.Person,
                    _ => EntityKind.Organization,
            }, a.Code, a.Sentence, a.Start, a.End));
            spans.Add(new Span(a.FirstToken, a.EndToken, a.Start, a.End, a.Kind switch
            {
                ActorKind.State => SpanLabel.State,
                ActorKind.Person => SpanLabel.Person,
                _ => SpanLabel.Org,
            }, a.Code));
        }

        var facts = new List<SentenceFacts>(text.Sentences.Count);
        var actorToken = new bool[64];
        foreach (var s in text.Sentences)
        {
            Guarded(s, CollectFacts);
            if (facts.Count == s.Index) facts.Add(new SentenceFacts(s, [], [], [], [], [])); // failed: an empty sentence keeps the indices
        }
        void CollectFacts(Sentence s)
        {
            IReadOnlyList<ActorMention> inSentence = actorsBySentence[s.Index] ?? (IReadOnlyList<ActorMention>)[];
            var sentenceDates = dates[s.Index];
            var sentenceCitations = citationsBySentence[s.Index];
            var dateSpans = new (int Start, int End)[sentenceDates.Count + sentenceCitations.Count];
            for (int k = 0; k < sentenceDates.Count; k++) dateSpans[k] = (sentenceDates[k].Start, sentenceDates[k].End);
            for (int k = 0; k < sentenceCitations.Count; k++) dateSpans[sentenceDates.Count + k] = (sentenceCitations[k].Start, sentenceCitations[k].End);
            var quantities = s.IsHeading ? [] : _quantities.Recognize(text, s, dateSpans);
            if (actorToken.Length < s.TokenCount) actorToken = new bool[s.TokenCount * 2];
            Array.Clear(actorToken, 0, s.TokenCount);
            foreach (var a in inSentence)
                for (int t = Math.Max(a.FirstToken, s.FirstToken); t < Math.Min(a.EndToken, s.EndToken); t++) actorToken[t - s.FirstToken] = true;
            var tokens = actorToken;
            var first = s.FirstToken;
            var equipment = _equipment.Recognize(text, s, quantities, t => tokens[t - first]);
            foreach (var q in quantities)
            {
                entities.Add(new Entity(q.Text, q.IsMoney ? EntityKind.Money : EntityKind.Quantity, null, s.Index, q.Start, q.End, Number: q.Value));
                spans.Add(new Span(q.FirstToken, q.EndToken, q.Start, q.End, q.IsMoney ? SpanLabel.Money : SpanLabel.Quantity));
            }
            foreach (var e in equipment)
            {
                entities.Add(new Entity(e.Text, EntityKind.Equipment, e.Entry.Country, s.Index, e.Start, e.End, Category: e.Entry.Category));
                spans.Add(new Span(e.FirstToken, e.EndToken, e.Start, e.End, SpanLabel.Equipment, e.Entry.Country));
            }
            facts.Add(new SentenceFacts(s, inSentence, equipment, quantities, dates[s.Index], citationsBySentence[s.Index]));
        }
        var places = _places.Recognize(text, actors, spans.Where(x => x.Label is SpanLabel.Date or SpanLabel.Outlet or SpanLabel.Quantity or SpanLabel.Money).Select(x => (x.Start, x.End)));
        foreach (var group in places.Mentions.GroupBy(p => p.Sentence))
            if (group.Key < facts.Count) facts[group.Key] = facts[group.Key] with { Places = [.. group] };
        foreach (var group in owners.GroupBy(a => a.Sentence))
            if (group.Key < facts.Count) facts[group.Key] = facts[group.Key] with { Owners = [.. group] };
        IReadOnlyList<CodedEvent> events = _events.Extract(text, facts, reference, (s, ex) => warnings.Add(SentenceFailure(doc, s, ex)), cancel);
        foreach (var p in places.Mentions)
        {
            if (!p.Scene) continue; // "Tehran said": the actor's span says it
            entities.Add(new Entity(p.Text, EntityKind.Location, p.Place.Country.Length > 0 ? p.Place.Country : null, p.Sentence, p.Start, p.End));
            spans.Add(new Span(p.FirstToken, p.EndToken, p.Start, p.End, SpanLabel.Location, p.Place.Country.Length > 0 ? p.Place.Country : null));
        }
        events = _locator.Locate(text, places, events);
        events = _placeTargets.Assign(events, places);
        events = _passiveAgents.Assign(events);
        events = _actorPlaces.Place(text, actors, places, events);
        var sortedEntities = entities.OrderBy(e => e.Start).ThenBy(e => e.End).ToImmutableArray();
        text.AddSpans(spans.OrderBy(x => x.Start).ThenBy(x => x.End));
        return new AnalyzedDocument(doc, language, reference, false, warnings.ToImmutable(), citations.ToImmutable(), sortedEntities, [.. events], text.Sentences.Count, text);
    }

    /// <summary>The warning for a sentence whose analysis threw: the document, the sentence (number, characters and its
    /// start) and the exception, so that it can be reported; the other sentences are still coded.</summary>
    internal static string SentenceFailure(SourceDocument doc, Sentence s, Exception ex)
    {
        var sentence = doc.Text[s.Start..s.End];
        if (sentence.Length > 80) sentence = sentence[..80] + "…";
        return $"{doc.DisplayName}: sentence {s.Index + 1} (characters {s.Start}-{s.End}, \"{sentence.ReplaceLineEndings(" ")}\") could not be coded: "
            + $"{ex.GetType().Name}: {ex.Message}; the other sentences were coded (hint: please report this sentence)";
    }

    /// <summary>A span known by its characters only (dates, citations): its token range is every token they overlap.</summary>
    private static Span SpanAt(Doc text, int start, int end, string label, string? code)
    {
        var (first, endToken) = text.TokenRange(start, end);
        return new Span(first, endToken, start, end, label, code);
    }
}

using System.Collections.Concurrent;
using Entente.Core.Text;
using Entente.Syntax;

namespace Entente.Core.Text;

/// <summary>
/// The syntax stage: tags, lemmatises and parses every sentence of a <see cref="Doc"/> with the trained Universal
/// Dependencies model (<see cref="SyntaxModel"/>). Reads: tokens and sentences. Writes: each token's UPOS, XPOS,
/// lemma, features, head and relation (<see cref="Doc.SetSyntax"/>). Sentences longer than the model's parse limit
/// are tagged but not parsed, with a warning. An optional correction (<see cref="DemonymRetag"/>) fixes a known tagging
/// error before the parse, and an optional repair (<see cref="TimeNounRepair"/>) a known error of the parser on news word
/// order. Thread-safe: one buffer per thread, nothing allocated per token for words the model knows.
/// </summary>
public sealed class SyntaxAnnotator
{
    private readonly SyntaxModel _model;
    private readonly Upos[] _upos;
    private readonly ConcurrentDictionary<string, MorphFeats> _feats = new(StringComparer.Ordinal);
    [ThreadStatic] private static SyntaxSentence? _buffer;

    public SyntaxModel Model => _model;

    private readonly IParseRepair? _repair;
    private readonly ITagCorrection? _retag;

    /// <summary>The annotator every host uses on news (analyze, parse): the model with the tag correction before the parse
    /// and the repairs after it, built in this one place so the two cannot drift apart.</summary>
    public static SyntaxAnnotator ForNews(Knowledge.KnowledgeBase kb) => new(kb.Syntax,
        new ParseRepairs(new PunctuationHeadRepair(), new TimeNounRepair(kb.Words), new ParticipleClauseRepair(), new CoordinatedSubjectRepair(), new TitleNameSubjectRepair(), new RootNounRepair(), new ReducedRelativeRootRepair(), new ClauseCoordinationRepair(), new VerbConjunctOnNounRepair(),
            new CasedSubjectRepair(), new SecondaryPredicateRepair(), new SubordinateClauseRepair(kb.Words), new ReducedPassiveRepair(kb.Words), new CommaParticipleRepair(), new ClauseVerbAsModifierRepair(), new ObjectClauseRepair(), new GerundModifierRepair(), new CountedParticipleRepair(), new ObjectControlRepair(kb.Words)),
        new TagCorrections(new PluralNounRetag(kb.Syntax.Tags), new SupportObjectRetag(kb.Words, kb.Inflector, kb.Syntax.Tags), new DemonymRetag(kb.Actors, kb.Syntax.Tags), new PastFormRetag(kb.Inflector, kb.Syntax.Tags)));

    /// <param name="repair">Optional repair of the parse after it is written (news time nouns, <see cref="TimeNounRepair"/>;
    /// past forms read as participles, <see cref="ParticipleClauseRepair"/>; several with <see cref="ParseRepairs"/>).</param>
    /// <param name="retag">Optional correction of tags before the parse (national adjectives before titles, <see cref="DemonymRetag"/>;
    /// unseen irregular past forms, <see cref="PastFormRetag"/>; unseen plural nouns before a past verb, <see cref="PluralNounRetag"/>; several with <see cref="TagCorrections"/>).</param>
    public SyntaxAnnotator(SyntaxModel model, IParseRepair? repair = null, ITagCorrection? retag = null)
    {
        _model = model;
        _repair = repair;
        _retag = retag;
        _upos = new Upos[model.Tags.Count];
        for (int t = 0; t < model.Tags.Count; t++)
            _upos[t] = Enum.TryParse<Upos>(model.Tags.Upos(t), out var u) ? u : Upos.X;
    }

    /// <summary>
    /// Annotates every sentence, or only those with <paramref name="selected"/>[index] true when given; returns one
    /// warning per sentence too long to parse. <paramref name="cancel"/> is checked before each sentence.
    /// </summary>
    public IReadOnlyList<string> Annotate(Doc doc, bool[]? selected = null, CancellationToken cancel = default)
    {
        var buffer = _buffer ??= new SyntaxSentence();
        List<string>? warnings = null;
        Span<char> form = stackalloc char[128];
        foreach (var s in doc.Sentences)
        {
            if (s.TokenCount == 0 || (selected != null && !selected[s.Index])) continue;
            cancel.ThrowIfCancellationRequested();
            if (s.TokenCount > _model.MaxParseWords)
                (warnings ??= []).Add($"sentence {s.Index + 1} has {s.TokenCount} tokens, more than the parser's limit of {_model.MaxParseWords}: tagged, not parsed");
            // a wire dateline, or a bullet's dash, is parsed apart from the body it opens, its root hung on the body's root
            // (Dateline); the treebanks have neither, and the parser took the capitals or the dash for part of the clause
            bool bullet = Dateline.IsBullet(doc, s);
            int body = bullet ? s.FirstToken + 1 : Dateline.BodyStart(doc, s);
            if (body > s.FirstToken && s.TokenCount <= _model.MaxParseWords)
            {
                int datelineRoot = AnnotateRange(doc, s.FirstToken, body, buffer, s, form);
                int bodyRoot = AnnotateRange(doc, body, s.EndToken, buffer, s, form);
                if (datelineRoot >= 0 && bodyRoot >= 0) ParseRepairs.Relabel(doc, datelineRoot, bodyRoot, bullet ? "punct" : "dep");
            }
            else AnnotateRange(doc, s.FirstToken, s.EndToken, buffer, s, form);
            if (doc.IsParsed(s)) _repair?.Repair(doc, s);
        }
        return (IReadOnlyList<string>?)warnings ?? [];
    }

    /// <summary>Tags, lemmatises and parses tokens <paramref name="first"/> to <paramref name="end"/> (exclusive) of
    /// sentence <paramref name="s"/> as one unit and writes the result; returns the unit's root token, or −1 when not parsed.</summary>
    private int AnnotateRange(Doc doc, int first, int end, SyntaxSentence buffer, Sentence s, Span<char> form)
    {
        buffer.Clear();
        for (int i = first; i < end; i++)
        {
            var surface = doc.Surface(i);
            buffer.Add(surface.Length <= form.Length ? Normalize(surface, form) : surface);
        }
        _model.Tag(buffer);
        _retag?.Correct(doc, s, first, buffer);
        _model.Finish(buffer);
        int root = -1;
        for (int k = 0; k < buffer.Count; k++)
        {
            int tag = buffer.Tag[k];
            var featsText = _model.Features(buffer, k);
            var feats = _feats.GetOrAdd(featsText, f => UdFeatures.Parse(f));
            if (buffer.Parsed)
            {
                int head = buffer.Head[k] < 0 ? -1 : first + buffer.Head[k];
                if (head < 0 && root < 0) root = first + k;
                doc.SetSyntax(first + k, _upos[tag], _model.Tags.Xpos(tag), buffer.Lemma[k], feats, head, _model.Relations[buffer.Relation[k]], featsText);
            }
            else doc.SetSyntax(first + k, _upos[tag], _model.Tags.Xpos(tag), buffer.Lemma[k], feats, featsText: featsText);
        }
        return root;
    }

    /// <summary>Typographic apostrophes and quotes as the treebanks mostly write them (’ → ', “ ” → "), and without the
    /// invisible characters the tokenizer keeps inside a word (<see cref="KeyNormalizer.IsInvisible"/>).</summary>
    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> surface, Span<char> scratch)
    {
        bool invisible = false;
        foreach (var c in surface) invisible |= KeyNormalizer.IsInvisible(c);
        if (!invisible && surface.IndexOfAny('\u2019', '\u201C', '\u201D') < 0 && surface.IndexOf('\u2018') < 0) return surface;
        int n = 0;
        for (int i = 0; i < surface.Length; i++)
            if (!KeyNormalizer.IsInvisible(surface[i]))
                scratch[n++] = surface[i] switch { '\u2019' or '\u2018' => '\'', '\u201C' or '\u201D' => '"', var c => c };
        return n > 0 ? scratch[..n] : surface;
    }
}

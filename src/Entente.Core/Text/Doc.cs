namespace Entente.Core.Text;

/// <summary>A sentence: a token range and the character range it covers in the document text.</summary>
/// <param name="Index">0-based sentence number in the document.</param>
/// <param name="IsHeading">A line with no sentence punctuation (title, heading, byline, "Publication: …").</param>
/// <param name="Paragraph">0-based paragraph number (blank-line separated blocks; bullets count as paragraphs).</param>
public sealed record Sentence(int Index, int FirstToken, int TokenCount, int Start, int End, bool IsHeading, int Paragraph)
{
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>
/// One document as the pipeline sees it: the text, its tokens and sentences, the normalised-key buffer the tokens
/// point into, and what later stages write on it — labelled <see cref="Spans"/> (actors, dates, quantities, equipment,
/// outlets) and per-token syntax (<see cref="SetSyntax"/>). A document is built and annotated by one thread, stage
/// after stage; share it for reading only once the last stage is done.
/// </summary>
public sealed class Doc
{
    public string Text { get; }
    /// <summary>The tokens; the array may be longer than <see cref="TokenCount"/>.</summary>
    public Token[] Tokens { get; }
    public int TokenCount { get; }
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The first sentence that is not a heading: a wire story's opening (its dateline, its lede); null when none.</summary>
    public Sentence? FirstBodySentence
    {
        get
        {
            foreach (var s in Sentences) if (!s.IsHeading) return s;
            return null;
        }
    }
    private readonly char[] _keys;
    private int[]? _keyIds;
    private List<Span>? _spans;

    internal Doc(string text, Token[] tokens, int count, char[] keys, IReadOnlyList<Sentence> sentences)
    {
        Text = text; Tokens = tokens; TokenCount = count; _keys = keys; Sentences = sentences;
    }

    public ReadOnlySpan<char> Key(int token) { var t = Tokens[token]; return _keys.AsSpan(t.KeyStart, t.KeyLength); }
    public ReadOnlySpan<char> Surface(int token) { var t = Tokens[token]; return Text.AsSpan(t.Start, t.Length); }
    public string SurfaceString(int first, int endExclusive)
        => first >= endExclusive ? "" : Text[Tokens[first].Start..Tokens[endExclusive - 1].End];
    public bool KeyIs(int token, string key) => token >= 0 && token < TokenCount && Key(token).SequenceEqual(key);

    /// <summary>
    /// The <see cref="TokenKeyIds"/> number of the token's key, or −1 when no phrase trie holds that key; looked up once
    /// per token and kept (0 = not looked up yet, id + 1, or −(key count + 1) for "none while the table had that many").
    /// </summary>
    internal int KeyId(int token)
    {
        if ((uint)token >= (uint)TokenCount) return TokenKeyIds.Find(Key(token));
        var ids = _keyIds ??= new int[TokenCount];
        int v = ids[token];
        if (v > 0) return v - 1;
        int count = TokenKeyIds.Count;
        if (v == -(count + 1)) return -1;
        int id = TokenKeyIds.Find(Key(token));
        ids[token] = id >= 0 ? id + 1 : -(count + 1);
        return id;
    }

    // ---------------------------------------------------------------- spans

    /// <summary>The spans stages have recorded, in the order they were added.</summary>
    public IReadOnlyList<Span> Spans => (IReadOnlyList<Span>?)_spans ?? [];

    public void AddSpan(Span span)
    {
        if (span.FirstToken < 0 || span.EndToken > TokenCount || span.EndToken < span.FirstToken)
            throw new ArgumentOutOfRangeException(nameof(span), $"span {span.Label} covers tokens {span.FirstToken}..{span.EndToken} but the document has {TokenCount}");
        (_spans ??= []).Add(span);
    }

    public void AddSpans(IEnumerable<Span> spans)
    {
        foreach (var s in spans) AddSpan(s);
    }

    /// <summary>
    /// The tokens overlapping characters <paramref name="start"/> to <paramref name="end"/> (exclusive): first token
    /// and end-exclusive token, an empty range at the insertion point when none overlaps. Binary search.
    /// </summary>
    public (int First, int End) TokenRange(int start, int end)
    {
        int lo = 0, hi = TokenCount;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (Tokens[mid].End <= start) lo = mid + 1; else hi = mid; }
        int first = lo;
        hi = TokenCount;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (Tokens[mid].Start < end) lo = mid + 1; else hi = mid; }
        return (first, Math.Max(first, lo));
    }

    /// <summary>The index of the sentence holding <paramref name="token"/>. Binary search.</summary>
    public int SentenceOf(int token)
    {
        if ((uint)token >= (uint)TokenCount) throw new ArgumentOutOfRangeException(nameof(token), $"token {token} is outside the document's {TokenCount} tokens");
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi) { int mid = (lo + hi + 1) >>> 1; if (Sentences[mid].FirstToken <= token) lo = mid; else hi = mid - 1; }
        return lo;
    }

    // ---------------------------------------------------------------- syntax

    /// <summary>
    /// Writes a token's tags and, when <paramref name="deprel"/> is given, its parse: <paramref name="head"/> is the
    /// document-level index of its head in the same sentence, or -1 for the sentence's root. A tagger alone passes
    /// neither head nor relation.
    /// </summary>
    public void SetSyntax(int token, Upos upos, string? xpos, string? lemma, MorphFeats feats, int head = -1, string? deprel = null, string? featsText = null)
    {
        int sentence = SentenceOf(token);
        if (head != -1)
        {
            var s = Sentences[sentence];
            if (head < s.FirstToken || head >= s.EndToken || head == token)
                throw new ArgumentOutOfRangeException(nameof(head), $"head {head} of token {token} must be another token of sentence {sentence} ({s.FirstToken}..{s.EndToken - 1}) or -1 for the root");
            if (deprel == null) throw new ArgumentException($"token {token} has head {head} but no relation", nameof(deprel));
        }
        Tokens[token] = Tokens[token] with { Upos = upos, Xpos = xpos, Lemma = lemma, Feats = feats, FeatsText = featsText, Head = head, Deprel = deprel };
    }

    /// <summary>The head of <paramref name="token"/>, -1 for a root or a token not parsed.</summary>
    public int Head(int token) => Tokens[token].Head;

    /// <summary>True when <paramref name="token"/> is <paramref name="ancestor"/> or hangs below it in the parse.</summary>
    public bool IsBelow(int token, int ancestor)
    {
        for (int k = token, steps = 0; k >= 0 && steps < 64; k = Tokens[k].Head, steps++)
            if (k == ancestor) return true;
        return false;
    }

    /// <summary><see cref="IsBelow"/> through the verb's own dependents only: false when the path reaches
    /// <paramref name="ancestor"/> through a coordinated or juxtaposed clause ("rejected the criticism and accused the groups":
    /// "accused" is a second act beside "rejected", not one it governs).</summary>
    public bool IsGovernedBy(int token, int ancestor)
        => ChildTowards(token, ancestor) is int child and >= 0 && Tokens[child].Deprel is not ("conj" or "parataxis");

    /// <summary>The dependent of <paramref name="ancestor"/> whose phrase holds <paramref name="token"/> (the token itself when it
    /// hangs on the ancestor), looking at most <paramref name="depth"/> words up from the token; −1 when the token is not below
    /// the ancestor (nor when it is the ancestor).</summary>
    public int ChildTowards(int token, int ancestor, int depth = 64)
    {
        for (int k = token, steps = 0; k >= 0 && steps < depth; k = Tokens[k].Head, steps++)
            if (Tokens[k].Head == ancestor) return k;
        return -1;
    }

    /// <summary>The token that starts at character <paramref name="offset"/> of the text (an event trigger's first word), or −1
    /// when no token starts there (<see cref="TokenRange"/>'s binary search).</summary>
    public int TokenStartingAt(int offset)
        => TokenRange(offset, offset + 1) is var (first, end) && first < end && Tokens[first].Start == offset ? first : -1;

    /// <summary>The dependents of <paramref name="token"/> in text order (none when its sentence is not parsed). Allocates nothing.</summary>
    public Dependents Children(int token)
    {
        var s = Sentences[SentenceOf(token)];
        return new Dependents(Tokens, token, s.FirstToken, s.EndToken);
    }

    /// <summary>True when every token of the sentence carries a parse (<see cref="Token.HasParse"/>).</summary>
    public bool IsParsed(Sentence sentence)
    {
        if (sentence.TokenCount == 0) return false;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (!Tokens[i].HasParse) return false;
        return true;
    }

    public bool IsParsed(int sentence) => IsParsed(Sentences[sentence]);

    /// <summary>The dependents of one token: a struct enumerable over the token indices of its sentence.</summary>
    public readonly struct Dependents(Token[] tokens, int head, int first, int end)
    {
        public Enumerator GetEnumerator() => new(tokens, head, first, end);

        public struct Enumerator(Token[] tokens, int head, int first, int end)
        {
            private int _i = first - 1;
            public readonly int Current => _i;

            public bool MoveNext()
            {
                while (++_i < end)
                    if (tokens[_i].HasParse && tokens[_i].Head == head) return true;
                return false;
            }
        }
    }
}

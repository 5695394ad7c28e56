using Entente.Syntax.Learning;
using Entente.Syntax.Parsing;

namespace Entente.Syntax;

/// <summary>
/// The working buffer of one sentence for the tagger, lemmatiser and parser: the word forms (as spans of one char
/// array), the per-word feature hashes computed once, and the analysis written back (tag, lemma, head, relation).
/// Reuse one per thread: <see cref="Clear"/> and <see cref="Add"/> allocate only when a sentence is longer than any
/// before it. Word indices are 0-based; <see cref="Head"/> is −1 for the root (and when not parsed).
/// </summary>
public sealed class SyntaxSentence
{
    private char[] _chars = new char[512];
    private int _charCount;
    private int[] _start = new int[64], _length = new int[64];

    public int Count { get; private set; }

    // features of each word, computed by Prepare()
    internal ulong[] Lower = new ulong[64], ExactForm = new ulong[64], Shape = new ulong[64];
    internal ulong[] Suf1 = new ulong[64], Suf2 = new ulong[64], Suf3 = new ulong[64], Suf4 = new ulong[64];
    internal ulong[] Pre1 = new ulong[64], Pre2 = new ulong[64], Pre3 = new ulong[64], LastPart = new ulong[64];
    internal byte[] Flags = new byte[64];
    /// <summary>Ambiguity class of each word: the set of tags it had in training (0 when unseen).</summary>
    internal ulong[] Amb = new ulong[64];

    /// <summary>Whether word <paramref name="i"/> was never seen in the tagger's training (no ambiguity class); valid after tagging.</summary>
    public bool IsUnseen(int i) => Amb[i] == 0;
    /// <summary>The UPOS of each word's tag as a small number (see <see cref="Tagging.TagSet.Coarse"/>).</summary>
    internal int[] Coarse = new int[64];
    /// <summary>Hash of each word's lemma (the parser's lemma features), set after lemmatising.</summary>
    internal ulong[] LemmaHash = new ulong[64];
    /// <summary>Punctuation words before each word (prefix count), for the parser's "punctuation between" feature.</summary>
    internal int[] PunctBefore = new int[65];

    /// <summary>Joint tag id (see <see cref="TagSet"/>) per word.</summary>
    public int[] Tag = new int[64];
    /// <summary>Head word index (0-based), −1 for the root or when the sentence was not parsed.</summary>
    public int[] Head = new int[64];
    /// <summary>Relation id (see <see cref="SyntaxModel.Relations"/>), −1 when not parsed.</summary>
    public int[] Relation = new int[64];
    /// <summary>Lemma per word (strings from the model's tables; new only for words it has not seen).</summary>
    public string[] Lemma = new string[64];
    /// <summary>Whether <see cref="Head"/> and <see cref="Relation"/> hold a parse.</summary>
    public bool Parsed { get; internal set; }

    /// <summary>The parser's scratch configuration, reused sentence after sentence.</summary>
    internal ArcHybridState State { get; } = new();

    internal const byte FlagUpper = 1, FlagAllCaps = 2, FlagDigit = 4, FlagHyphen = 8, FlagPunct = 16, FlagFirst = 32;

    /// <summary>Lemmatises every word from its tag and hashes the lemmas for the parser.</summary>
    internal void SetLemmas(Tagging.Lemmatizer lemmatizer, Tagging.TagSet tags)
    {
        Span<char> scratch = stackalloc char[Tagging.Lemmatizer.ScratchLength];
        for (int i = 0; i < Count; i++)
        {
            Lemma[i] = lemmatizer.Lemma(Form(i), tags.Upos(Tag[i]), tags.Xpos(Tag[i]), scratch);
            LemmaHash[i] = FeatureHash.Lower(Lemma[i]) ^ 0x2F5A3C1D7E9B4A61UL;
        }
    }

    internal void SetCoarse(Tagging.TagSet tags) { for (int i = 0; i < Count; i++) Coarse[i] = tags.Coarse(Tag[i]); }

    public void Clear() { Count = 0; _charCount = 0; Parsed = false; }

    public ReadOnlySpan<char> Form(int i) => _chars.AsSpan(_start[i], _length[i]);

    public string FormString(int i) => new(Form(i));

    public void Add(ReadOnlySpan<char> form)
    {
        if (Count == _start.Length) Grow(Count * 2);
        if (_charCount + form.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + form.Length));
        form.CopyTo(_chars.AsSpan(_charCount));
        _start[Count] = _charCount; _length[Count] = form.Length;
        _charCount += form.Length;
        Count++;
    }

    public void AddRange(IEnumerable<string> forms) { foreach (var f in forms) Add(f); }

    private void Grow(int n)
    {
        Array.Resize(ref _start, n); Array.Resize(ref _length, n);
        Array.Resize(ref Lower, n); Array.Resize(ref ExactForm, n); Array.Resize(ref Shape, n);
        Array.Resize(ref Suf1, n); Array.Resize(ref Suf2, n); Array.Resize(ref Suf3, n); Array.Resize(ref Suf4, n);
        Array.Resize(ref Pre1, n); Array.Resize(ref Pre2, n); Array.Resize(ref Pre3, n); Array.Resize(ref LastPart, n);
        Array.Resize(ref Flags, n); Array.Resize(ref Amb, n); Array.Resize(ref Coarse, n); Array.Resize(ref LemmaHash, n); Array.Resize(ref PunctBefore, n + 1);
        Array.Resize(ref Tag, n); Array.Resize(ref Head, n); Array.Resize(ref Relation, n); Array.Resize(ref Lemma, n);
    }

    /// <summary>Computes each word's hashes (form, affixes, shape, flags) once, before tagging.</summary>
    internal void Prepare()
    {
        PunctBefore[0] = 0;
        for (int i = 0; i < Count; i++)
        {
            var f = Form(i);
            Lower[i] = FeatureHash.Lower(f);
            ExactForm[i] = FeatureHash.Exact(f);
            Suf1[i] = FeatureHash.Suffix(f, 1); Suf2[i] = FeatureHash.Suffix(f, 2);
            Suf3[i] = FeatureHash.Suffix(f, 3); Suf4[i] = FeatureHash.Suffix(f, 4);
            Pre1[i] = FeatureHash.Prefix(f, 1); Pre2[i] = FeatureHash.Prefix(f, 2); Pre3[i] = FeatureHash.Prefix(f, 3);
            int hyphen = f.Length > 2 ? f[1..^1].LastIndexOfAny('-', '\u2010', '\u2013') : -1;
            LastPart[i] = hyphen >= 0 ? FeatureHash.Lower(f[(hyphen + 2)..]) ^ 0x51AFD7ED558CCDUL : 0;
            byte flags = i == 0 ? FlagFirst : (byte)0;
            int upper = 0, letters = 0;
            ulong shape = 0xCBF29CE484222325UL;
            char last = '\0'; int run = 0;
            foreach (char c in f)
            {
                char s;
                if (char.IsUpper(c)) { s = 'X'; upper++; letters++; }
                else if (char.IsLetter(c)) { s = 'x'; letters++; }
                else if (char.IsDigit(c)) { s = 'd'; flags |= FlagDigit; }
                else { s = c; if (c is '-' or '\u2010' or '\u2013') flags |= FlagHyphen; }
                if (s == last) { if (++run > 2) continue; } else { last = s; run = 1; }
                shape ^= s; shape *= 1099511628211UL;
            }
            if (f.Length > 0 && char.IsUpper(f[0])) flags |= FlagUpper;
            if (letters >= 2 && upper == letters) flags |= FlagAllCaps;
            if (letters == 0 && (flags & FlagDigit) == 0) flags |= FlagPunct;
            Shape[i] = FeatureHash.Finish(shape);
            Flags[i] = flags;
            Head[i] = -1; Relation[i] = -1;
            PunctBefore[i + 1] = PunctBefore[i] + ((flags & FlagPunct) != 0 ? 1 : 0);
        }
        Parsed = false;
    }
}

using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// Per-token facts about one sentence used by the event extractor: which clause a token belongs to, whether it is
/// inside parentheses, which cue starts at it. Clauses are split at ; : dashes, at boundary words ("which",
/// "while", "but", "though") and "that", and at "and" when a new subject follows a clause that already has a verb.
/// Built once per sentence from arrays rented for the document. Reads: tokens, cues (data/patterns/cues.tsv) and the
/// auxiliaries of data/english/word-classes.tsv. Writes: the per-token arrays.
/// </summary>
internal sealed class ClauseMap
{
    public readonly int[] Clause;
    public readonly bool[] InParens;
    public readonly Cue?[] CueAt;
    public readonly int[] CueLength;
    /// <summary>The token starts a light verb ("announced", "signed") — kept apart because such words are often report cues too.</summary>
    public readonly bool[] LightAt;
    public readonly int First;
    public readonly int End;

    /// <summary>Per-token arrays reused across the sentences of one document (sized to its longest sentence).</summary>
    internal sealed class Buffers(int size)
    {
        public readonly int[] Clause = new int[size];
        public readonly bool[] InParens = new bool[size];
        public readonly Cue?[] CueAt = new Cue?[size];
        public readonly int[] CueLength = new int[size];
        public readonly bool[] LightAt = new bool[size];
    }

    public ClauseMap(Doc text, Sentence s, EventPatterns patterns, WordClasses words, Func<int, bool> actorStartsAt, Func<int, bool> actorEndsAt, Buffers buffers)
    {
        First = s.FirstToken; End = s.EndToken;
        int n = s.TokenCount;
        Clause = buffers.Clause; InParens = buffers.InParens; CueAt = buffers.CueAt; CueLength = buffers.CueLength; LightAt = buffers.LightAt;
        Array.Clear(Clause, 0, n); Array.Clear(InParens, 0, n); Array.Clear(CueAt, 0, n); Array.Clear(CueLength, 0, n); Array.Clear(LightAt, 0, n);
        for (int i = First; i < End; i++)
        {
            int len = patterns.Cues.MatchLongest(text, i, End, out var cues);
            if (len == 0) continue;
            foreach (var cue in cues)
            {
                if (cue == Cue.Light) LightAt[i - First] = true;
                else if (CueAt[i - First] == null) { CueAt[i - First] = cue; CueLength[i - First] = len; }
            }
            if (CueAt[i - First] == null) { CueAt[i - First] = Cue.Light; CueLength[i - First] = len; }
        }
        int depth = 0, clause = 0;
        bool clauseHasVerb = false;
        for (int i = First; i < End; i++)
        {
            var t = text.Tokens[i];
            char c = text.Text[t.Start];
            if (t.Kind == TokenKind.Punctuation && (c == '(' || c == '[')) depth++;
            InParens[i - First] = depth > 0;
            if (t.Kind == TokenKind.Punctuation && (c == ')' || c == ']') && depth > 0) depth--;
            if (depth > 0) { Clause[i - First] = clause; continue; }
            bool boundary = false;
            if (t.Kind == TokenKind.Punctuation && (c is ';' or ':' or '\u2014' or '\u2013') && i > First) boundary = true;
            else if (t.Kind == TokenKind.Punctuation && c == '-' && t.Length == 1 && i > First && text.Tokens[i - 1].End < t.Start) boundary = true;
            else if (CueAt[i - First] == Cue.Boundary) boundary = true;
            else if (text.KeyIs(i, "that") && i > First && !text.KeyIs(i - 1, "so")) boundary = true;
            // "would continue to support Taiwan and urged Beijing …": a second verb phrase in the past tense has its own tense
            else if (text.KeyIs(i, "and") && clauseHasVerb && i + 1 < End && IsVerbLike(text, i + 1)) boundary = true;
            // "after Hezbollah launched rockets": a subordinate clause with its own subject
            else if ((text.KeyIs(i, "after") || text.KeyIs(i, "before") || text.KeyIs(i, "until") || text.KeyIs(i, "as") || text.KeyIs(i, "since"))
                     && i > First && i + 1 < End && (actorStartsAt(i + 1) || text.KeyIs(i + 1, "the") && i + 2 < End && actorStartsAt(i + 2))) boundary = true;
            // "and" joins clauses ("Russia sent jets and Iran sent drones") unless it joins two actors ("of Iran and Russia's")
            else if (text.KeyIs(i, "and") && clauseHasVerb && !actorEndsAt(i - 1) && i + 1 < End && actorStartsAt(i + 1)) boundary = true;
            else if (text.KeyIs(i, "and") && clauseHasVerb && !actorEndsAt(i - 1) && i + 1 < End && text.KeyIs(i + 1, "the") && i + 2 < End && actorStartsAt(i + 2)) boundary = true;
            if (boundary) { clause++; clauseHasVerb = false; }
            Clause[i - First] = clause;
            if (words.Auxiliaries.Contains(text.Key(i)) && !text.KeyIs(i, "to") || IsVerbLike(text, i)) clauseHasVerb = true;
        }
    }

    private static bool IsVerbLike(Doc text, int i)
    {
        var k = text.Key(i);
        return text.Tokens[i].IsWord && k.Length > 4 && k.EndsWith("ed") && (text.Tokens[i].Shape & TokenShape.Capitalized) == 0;
    }

    public int ClauseOf(int token) => Clause[token - First];
    public bool Parenthesized(int token) => InParens[token - First];
    public Cue? CueOf(int token) => CueAt[token - First];
    public bool IsLight(int token) => LightAt[token - First];

    /// <summary>First and end-exclusive token of the clause holding <paramref name="token"/>.</summary>
    public (int Start, int End) ClauseSpan(int token)
    {
        int c = ClauseOf(token);
        int a = token, b = token + 1;
        while (a > First && Clause[a - 1 - First] == c) a--;
        while (b < End && Clause[b - First] == c) b++;
        return (a, b);
    }
}

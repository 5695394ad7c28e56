using System.Globalization;
using Entente.Syntax.Conllu;

namespace Entente.Syntax.Evaluation;

/// <summary>
/// Scores of a model on gold sentences parsed from their gold words (CoNLL 2018 conventions: every word counts,
/// punctuation included; LAS compares the universal part of the relation, "nsubj:pass" as "nsubj").
/// </summary>
public sealed record SyntaxScores(double Upos, double Xpos, double Lemma, double Uas, double Las, double LasFull, int Sentences, int Words, int Unparsed)
{
    /// <summary>The one-line summary: <c>UPOS=95.61 XPOS=94.80 LEMMA=97.10 UAS=86.20 LAS=83.10 sentences=2077 tokens=25094</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"UPOS={Upos:F2} XPOS={Xpos:F2} LEMMA={Lemma:F2} UAS={Uas:F2} LAS={Las:F2} sentences={Sentences} tokens={Words}");

    /// <summary>The scores of several treebanks taken together, as if they were one (every word counts once).</summary>
    public static SyntaxScores Combine(IReadOnlyList<SyntaxScores> parts)
    {
        if (parts.Count == 1) return parts[0];
        int words = parts.Sum(p => p.Words);
        double Pool(Func<SyntaxScores, double> f) => words == 0 ? 0 : 100.0 * parts.Sum(p => Math.Round(f(p) * p.Words / 100.0)) / words;
        return new SyntaxScores(Pool(p => p.Upos), Pool(p => p.Xpos), Pool(p => p.Lemma), Pool(p => p.Uas), Pool(p => p.Las), Pool(p => p.LasFull),
            parts.Sum(p => p.Sentences), words, parts.Sum(p => p.Unparsed));
    }
}

public static class SyntaxEvaluator
{
    /// <summary>Scores <paramref name="model"/> on <paramref name="gold"/>; with <paramref name="predictions"/>, also writes what it predicted as CoNLL-U.</summary>
    public static SyntaxScores Evaluate(SyntaxModel model, IEnumerable<ConlluSentence> gold, TextWriter? predictions = null)
    {
        var s = new SyntaxSentence();
        long upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, lasFull = 0, words = 0;
        int sentences = 0, unparsed = 0;
        foreach (var g in gold)
        {
            sentences++;
            s.Clear();
            foreach (var w in g.Words) s.Add(w.Form);
            model.Annotate(s);
            if (!s.Parsed) unparsed++;
            if (predictions != null) ConlluWriter.Write(predictions, Predicted(model, s, g));
            for (int i = 0; i < s.Count; i++)
            {
                var w = g.Words[i];
                words++;
                int tag = s.Tag[i];
                if (model.Tags.Upos(tag) == w.Upos) upos++;
                if (model.Tags.Xpos(tag) == (w.Xpos == "_" ? w.Upos : w.Xpos)) xpos++;
                if (s.Lemma[i] == w.Lemma) lemma++;
                if (s.Parsed && s.Head[i] + 1 == w.Head)
                {
                    uas++;
                    var rel = s.Relation[i] >= 0 ? model.Relations[s.Relation[i]] : "";
                    if (Universal(rel).SequenceEqual(Universal(w.Deprel))) las++;
                    if (rel == w.Deprel) lasFull++;
                }
            }
        }
        double P(long x) => words == 0 ? 0 : 100.0 * x / words;
        return new SyntaxScores(P(upos), P(xpos), P(lemma), P(uas), P(las), P(lasFull), sentences, (int)words, unparsed);
    }

    private static ConlluSentence Predicted(SyntaxModel model, SyntaxSentence s, ConlluSentence g)
    {
        var words = new List<ConlluWord>(s.Count);
        for (int i = 0; i < s.Count; i++)
            words.Add(new ConlluWord(g.Words[i].Form, s.Lemma[i], model.Tags.Upos(s.Tag[i]), model.Tags.Xpos(s.Tag[i]), model.Features(s, i),
                s.Parsed ? s.Head[i] + 1 : -1, s.Parsed && s.Relation[i] >= 0 ? model.Relations[s.Relation[i]] : "_", g.Words[i].SpaceAfter));
        return new ConlluSentence(g.Comments, words, g.Ranges, g.Source, g.Line);
    }

    private static ReadOnlySpan<char> Universal(string rel)
    {
        int colon = rel.IndexOf(':');
        return colon < 0 ? rel : rel.AsSpan(0, colon);
    }
}

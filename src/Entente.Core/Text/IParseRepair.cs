namespace Entente.Core.Text;

/// <summary>A correction of the parse of one sentence, applied after the parser wrote it (<see cref="SyntaxAnnotator"/>):
/// a known error of a treebank-trained parser on news, undone. Reads and writes heads and relations of the sentence.</summary>
public interface IParseRepair
{
    void Repair(Doc doc, Sentence s);
}

/// <summary>Several repairs in order, as one.</summary>
public sealed class ParseRepairs(params IParseRepair[] steps) : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        foreach (var step in steps) step.Repair(doc, s);
    }

    /// <summary>Whether <paramref name="token"/> is the second nsubj of its head (the mark of a parse the repairs undo: two
    /// subjects of one predicate), with the head and the first subject. One pass over the tokens before it, so a sentence
    /// costs its subjects times its length, not its length squared.</summary>
    internal static bool IsSecondSubject(Doc doc, Sentence s, int token, out int predicate, out int first)
    {
        predicate = doc.Tokens[token].Head;
        first = -1;
        if (doc.Tokens[token].Deprel is not "nsubj" || predicate < 0) return false;
        for (int k = s.FirstToken; k < token; k++)
            if (doc.Tokens[k].Deprel is "nsubj" && doc.Tokens[k].Head == predicate)
            {
                if (first >= 0) return false; // a third subject: the repairs read only the first two
                first = k;
            }
        return first >= 0;
    }

    /// <summary>The root of sentence <paramref name="s"/>'s parse (its first token with no head), or −1 when it has none.</summary>
    internal static int Root(Doc doc, Sentence s)
    {
        for (int k = s.FirstToken; k < s.EndToken; k++)
            if (doc.Tokens[k].Head < 0 && doc.Tokens[k].HasParse) return k;
        return -1;
    }

    /// <summary>Whether <paramref name="token"/> has a dependent with <paramref name="relation"/>.</summary>
    internal static bool HasChild(Doc doc, int token, string relation)
    {
        foreach (var c in doc.Children(token)) if (doc.Tokens[c].Deprel == relation) return true;
        return false;
    }

    /// <summary>The first token of <paramref name="head"/>'s phrase (its subtree, contiguous in a projective parse).</summary>
    internal static int PhraseStart(Doc doc, Sentence s, int head)
    {
        int start = head;
        for (int k = head - 1; k >= s.FirstToken; k--) if (doc.IsBelow(k, head)) start = k;
        return start;
    }

    /// <summary>The token after the last word of <paramref name="head"/>'s phrase.</summary>
    internal static int PhraseEnd(Doc doc, Sentence s, int head)
    {
        int end = head + 1;
        for (int k = head + 1; k < s.EndToken; k++) if (doc.IsBelow(k, head)) end = k + 1;
        return end;
    }

    /// <summary>Whether <paramref name="token"/> has a case marker (a preposition) among its dependents.</summary>
    internal static bool HasCase(Doc doc, int token)
    {
        foreach (var c in doc.Children(token)) if (doc.Tokens[c].Deprel == "case") return true;
        return false;
    }

    /// <summary>Makes a past form the parser read as a participle a finite past verb (XPOS VBD, VerbForm=Fin, Tense=Past)
    /// hung on <paramref name="head"/> (−1: the root) with <paramref name="relation"/>; with <paramref name="upos"/>, also that
    /// part of speech (a past form the tagger read as an adjective becomes a VERB).</summary>
    internal static void MakeFinitePast(Doc doc, int token, int head, string relation, Upos? upos = null)
    {
        var p = doc.Tokens[token];
        doc.SetSyntax(token, upos ?? p.Upos, "VBD", p.Lemma, (p.Feats & ~(MorphFeats.VerbFormPart | MorphFeats.VoicePass)) | MorphFeats.VerbFormFin | MorphFeats.TensePast,
            head, relation, p.FeatsText);
    }

    /// <summary>Sets a token's head and relation, keeping its tags.</summary>
    internal static void Relabel(Doc doc, int token, int head, string relation)
    {
        var t = doc.Tokens[token];
        doc.SetSyntax(token, t.Upos, t.Xpos, t.Lemma, t.Feats, head, relation, t.FeatsText);
    }
}

namespace Entente.Core.Text;

/// <summary>
/// "Police detained at least 13 people, and opposition politicians said …": a parser trained on the treebanks may read the
/// object of a first clause and the subject of a second clause joined by ", and" as one coordinated subject of the second
/// verb, hung below the first verb (which is left with no object). When a verb has no object, the word right after its
/// phrase opens a noun phrase that is the subject of a verb hung on it (advcl, parataxis, conj or dep, not a reported
/// clause), and that subject has a conjunct after a comma and "and" or "but" that stands before the second verb, the first
/// noun phrase becomes the first verb's object, the conjunct the second verb's subject, and the second verb a conjunct of
/// the first with the coordinator as its <c>cc</c>. Reads: the parse. Writes: heads and relations of those words.
/// </summary>
public sealed class ClauseCoordinationRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int subject = s.FirstToken; subject < s.EndToken; subject++)
        {
            var t = doc.Tokens[subject];
            if (t.Deprel != "nsubj" || t.Head < 0 || t.Upos is not (Upos.NOUN or Upos.PROPN)) continue;
            int second = t.Head, first = doc.Tokens[second].Head;
            if (first < 0 || doc.Tokens[second].Deprel is not ("advcl" or "parataxis" or "conj" or "dep")) continue;
            if (doc.Tokens[first].Upos != Upos.VERB || first > subject || second < subject || HasObject(doc, first)) continue;
            // the noun phrase opens right after the first verb (its particle or adverb aside)
            int start = ParseRepairs.PhraseStart(doc, s, subject);
            if (!OnlyVerbWordsBetween(doc, first, start)) continue;
            int conj = Conjunct(doc, subject, second, out int cc);
            if (conj < 0) continue;
            ParseRepairs.Relabel(doc, subject, first, "obj");
            ParseRepairs.Relabel(doc, conj, second, "nsubj");
            ParseRepairs.Relabel(doc, cc, second, "cc");
            if (cc - 1 > subject && doc.KeyIs(cc - 1, ",")) ParseRepairs.Relabel(doc, cc - 1, second, "punct");
            ParseRepairs.Relabel(doc, second, first, "conj");
        }
    }

    private static bool HasObject(Doc doc, int verb)
    {
        foreach (var c in doc.Children(verb))
            if (doc.Tokens[c].Deprel is "obj" or "ccomp" or "xcomp") return true;
        return false;
    }

    /// <summary>Whether only the verb's own particle or adverb stands between it and the phrase ("detained" | "at least 13 people").</summary>
    private static bool OnlyVerbWordsBetween(Doc doc, int verb, int start)
    {
        for (int k = verb + 1; k < start; k++)
            if (doc.Tokens[k].Head != verb || doc.Tokens[k].Deprel is not ("compound:prt" or "advmod")) return false;
        return true;
    }

    /// <summary>The subject's conjunct after ", and" (or ", but") that stands before the second verb, with its coordinator; −1 when none.</summary>
    private static int Conjunct(Doc doc, int subject, int verb, out int cc)
    {
        cc = -1;
        foreach (var c in doc.Children(subject))
        {
            if (c < subject || c > verb || doc.Tokens[c].Deprel != "conj") continue;
            for (int k = subject + 1; k < c; k++)
                if ((doc.KeyIs(k, "and") || doc.KeyIs(k, "but")) && k - 1 > subject && doc.KeyIs(k - 1, ","))
                {
                    cc = k;
                    return c;
                }
        }
        return -1;
    }
}

namespace Entente.Core.Text;

/// <summary>
/// "Seoul called the transfer of munitions to Russia a grave threat": after a long object the parser sometimes reads the
/// noun or adjective that says what the object is as an adverbial clause of the verb (<c>advcl</c>, or <c>parataxis</c> or
/// <c>dep</c>), though it has no verb, subject, copula or mark of its own. A bare noun or adjective so hung on a verb,
/// after the verb's object, is the verb's secondary predicate, <c>xcomp</c>, as the parser writes "called the flights a
/// provocation". Reads: the parse and the tags. Writes: the relation of that word.
/// </summary>
public sealed class SecondaryPredicateRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            var t = doc.Tokens[k];
            if (t.Upos is not (Upos.NOUN or Upos.ADJ) || t.Deprel is not ("advcl" or "parataxis" or "dep") || t.Head < 0 || t.Head > k) continue;
            if (doc.Tokens[t.Head].Upos != Upos.VERB || !ObjectBefore(doc, t.Head, k) || !Bare(doc, k)) continue;
            ParseRepairs.Relabel(doc, k, t.Head, "xcomp");
        }
    }

    private static bool ObjectBefore(Doc doc, int verb, int k)
    {
        foreach (var c in doc.Children(verb))
            if (c < k && doc.Tokens[c].Deprel == "obj") return true;
        return false;
    }

    /// <summary>No clause of its own: no subject, copula, auxiliary, mark or case word, and no punctuation before it.</summary>
    private static bool Bare(Doc doc, int k)
    {
        if (k > 0 && doc.Tokens[k - 1].Upos == Upos.PUNCT) return false;
        foreach (var c in doc.Children(k))
            if (doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass" or "cop" or "aux" or "mark" or "case") return false;
        return true;
    }
}

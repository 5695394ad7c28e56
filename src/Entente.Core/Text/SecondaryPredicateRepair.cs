namespace Entente.Core.Text;

/// <summary>
/// "Seoul called the transfer of munitions to Russia a grave threat": after a long object the parser sometimes reads the
/// noun or adjective that says what the object is as an adverbial clause of the verb (<c>advcl</c>, or <c>parataxis</c> or
/// <c>dep</c>), though it has no verb, subject, copula or mark of its own. A bare noun or adjective so hung on a verb,
/// after the verb's object, is the verb's secondary predicate, <c>xcomp</c>, as the parser writes "called the flights a
/// provocation". It also hangs it on a noun of the object phrase, as an object, which a noun never has, or as an apposition
/// with no comma before it ("called the protests a plot": "plot" an <c>obj</c> or <c>appos</c> of "protests"; "called the
/// strike on the hospital a crime": an <c>appos</c> of "hospital"): such a bare adjective, or noun with its own determiner,
/// becomes the verb's <c>xcomp</c> too (not after a name, which is how the parser reads "lifted Friday a blockade"). Reads: the parse and the tags. Writes: the head and relation
/// of that word.
/// </summary>
public sealed class SecondaryPredicateRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            var t = doc.Tokens[k];
            if (t.Upos is not (Upos.NOUN or Upos.ADJ) || t.Head < 0 || t.Head > k) continue;
            if (t.Deprel is "advcl" or "parataxis" or "dep")
            {
                if (doc.Tokens[t.Head].Upos != Upos.VERB || !ObjectBefore(doc, t.Head, k) || !Bare(doc, s, k)) continue;
                ParseRepairs.Relabel(doc, k, t.Head, "xcomp");
            }
            else if (t.Deprel is "obj" or "appos" && doc.Tokens[t.Head].Upos == Upos.NOUN && Bare(doc, s, k)
                     && (t.Upos == Upos.ADJ || ParseRepairs.HasChild(doc, k, "det")) && VerbOfObjectPhrase(doc, s, t.Head) is int verb and >= 0)
                ParseRepairs.Relabel(doc, k, verb, "xcomp");
        }
    }

    /// <summary>The verb whose object phrase holds <paramref name="noun"/> (the object, or a noun below it: "called the
    /// strike on the hospital …"), or that has it as an oblique after its object (the parser's reading of the same
    /// phrase); −1 when there is none.</summary>
    private static int VerbOfObjectPhrase(Doc doc, Sentence s, int noun)
    {
        int k = noun;
        for (int depth = 0; depth < 4 && k >= 0; depth++)
        {
            var t = doc.Tokens[k];
            if (t.Head < s.FirstToken || t.Head >= s.EndToken) return -1;
            var head = doc.Tokens[t.Head];
            if (head.Upos == Upos.VERB)
                return t.Deprel == "obj" || t.Deprel == "obl" && k == noun && ObjectBefore(doc, t.Head, k) ? t.Head : -1;
            if (head.Upos is not (Upos.NOUN or Upos.PROPN)) return -1;
            k = t.Head;
        }
        return -1;
    }

    private static bool ObjectBefore(Doc doc, int verb, int k)
    {
        foreach (var c in doc.Children(verb))
            if (c < k && doc.Tokens[c].Deprel == "obj") return true;
        return false;
    }

    /// <summary>A quotation mark, which may open a predicate ("called the flights \"a provocation\""): a token whose key, with
    /// every quotation mark folded to ' or " (<see cref="KeyNormalizer"/>), holds nothing else.</summary>
    private static bool IsQuote(Doc doc, int token)
    {
        var key = doc.Key(token);
        return key.Length > 0 && key.IndexOfAnyExcept('\'', '"') < 0;
    }

    /// <summary>No clause of its own: no subject, copula, auxiliary, mark or case word, and no punctuation before its phrase.</summary>
    private static bool Bare(Doc doc, Sentence s, int k)
    {
        int start = ParseRepairs.PhraseStart(doc, s, k);
        for (int j = Math.Max(s.FirstToken, start - 1); j < k; j++)
            if (doc.Tokens[j].Upos == Upos.PUNCT && !IsQuote(doc, j)) return false; // (a comma before an apposition often hangs on it)
        foreach (var c in doc.Children(k))
            if (doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass" or "cop" or "aux" or "mark" or "case") return false;
        return true;
    }
}

namespace Entente.Core.Text;

/// <summary>
/// Wire copy opens with the news and ends with its source: "Rebels wounded two soldiers in an ambush, police said",
/// "Thousands of Kurds demonstrated in Kirkuk, witnesses said". The past tense of most verbs is also their participle, and
/// a parser trained on the treebanks often takes the garden path: "wounded" as an adjective of "soldiers", "demonstrated"
/// as a reduced relative on "Kurds", so that the sentence has no verb of its own and the reporting verb gets two
/// subjects ("Rebels" and "police"). This repair undoes that: when a predicate has two subjects and, between them, a past
/// form (VBD or VBN) hangs as amod or acl without a subject of its own, on the first subject's phrase or on a noun after
/// it, the past form becomes the reported clause (ccomp of the predicate), the first subject its subject, and the noun it
/// modified its object. Reads: the parse. Writes: heads and relations of those words, and the past form's tag (VBD).
/// </summary>
public sealed class ParticipleClauseRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int second = s.FirstToken; second < s.EndToken; second++)
        {
            if (!ParseRepairs.IsSecondSubject(doc, s, second, out int v, out int first) || v < second) continue;
            int past = PastForm(doc, first, second, v);
            if (past < 0) continue;
            int modified = doc.Tokens[past].Head;
            ParseRepairs.MakeFinitePast(doc, past, v, "ccomp");
            ParseRepairs.Relabel(doc, first, past, "nsubj");
            // "wounded two soldiers": the noun the participle modified is what the verb acted on
            if (modified > past) ParseRepairs.Relabel(doc, modified, past, "obj");
        }
    }

    /// <summary>The past form between the two subjects that the parser hung as a modifier, or -1.</summary>
    private static int PastForm(Doc doc, int first, int second, int verb)
    {
        for (int w = first + 1; w < second; w++)
        {
            var t = doc.Tokens[w];
            // a finite verb already heads a clause here: nothing to repair
            if (t.Upos is Upos.VERB or Upos.AUX && t.Xpos is "VBD" or "VBZ" or "VBP" or "MD" && t.Deprel is not ("amod" or "acl")) return -1;
            if (t.Upos != Upos.VERB || t.Xpos is not ("VBD" or "VBN") || t.Deprel is not ("amod" or "acl")) continue;
            if (HasSubject(doc, w)) return -1;
            int h = t.Head;
            bool onFirst = doc.IsBelow(h, first);
            bool onNounAfter = h > w && h < second && doc.Tokens[h].Upos is Upos.NOUN or Upos.PROPN && doc.IsBelow(h, verb);
            return onFirst || onNounAfter ? w : -1;
        }
        return -1;
    }

    private static bool HasSubject(Doc doc, int w)
    {
        foreach (var c in doc.Children(w))
            if (doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass") return true;
        return false;
    }
}

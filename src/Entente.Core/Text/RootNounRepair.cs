namespace Entente.Core.Text;

/// <summary>
/// "Up to 200 Kenyan police officers arrived in Haiti", "Dozens of journalists at the daily appealed to the government": a
/// parser trained on the treebanks sometimes reads a long subject as the sentence (the noun as root) and its verb as a
/// clause modifying it (<c>acl</c>). A past-tense verb (XPOS <c>VBD</c>, or <c>VBZ</c>/<c>VBP</c>) cannot modify a noun
/// that way, as the participle of a reduced relative does ("the troops deployed in Haiti", <c>VBN</c>); the treebanks
/// give it that relation in about one <c>acl</c> in sixty, almost all informal. A participle (<c>VBN</c>) counts too when
/// the sentence ends in a full stop and has no finite verb or auxiliary at all, and no by-agent makes it passive. When the root is a noun and such a verb
/// after it hangs as <c>acl</c> on it or on a noun of its phrase with no subject of its own, the verb becomes the root and the noun its subject; the
/// final punctuation moves with it. Reads: the parse and the tags. Writes: heads and relations of those words.
/// </summary>
public sealed class RootNounRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        int root = -1;
        for (int k = s.FirstToken; k < s.EndToken; k++)
            if (doc.Tokens[k].Head < 0 && doc.Tokens[k].HasParse) { root = k; break; }
        if (root < 0 || doc.Tokens[root].Upos is not (Upos.NOUN or Upos.PROPN or Upos.NUM)) return;
        int verb = -1;
        for (int k = root + 1; k < s.EndToken && verb < 0; k++)
        {
            var t = doc.Tokens[k];
            if (t.Deprel == "acl" && t.Upos == Upos.VERB && (t.Xpos is "VBD" or "VBZ" or "VBP" || t.Xpos == "VBN" && NoFiniteVerb(doc, s) && !HasAgent(doc, k))
                && InSubjectPhrase(doc, t.Head, root)) verb = k;
        }
        if (verb < 0) return;
        foreach (var c in doc.Children(verb))
            if (doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass" or "mark" || c < root) return; // a clause of its own ("the man who …")
        ParseRepairs.Relabel(doc, verb, -1, "root");
        ParseRepairs.Relabel(doc, root, verb, "nsubj");
        foreach (var c in doc.Children(root))
            if (c > verb && doc.Tokens[c].Deprel == "punct") ParseRepairs.Relabel(doc, c, verb, "punct");
    }

    /// <summary>A full sentence (ending in a full stop) with no finite verb or auxiliary: a participle after its subject is
    /// then its verb ("Dozens of journalists at the daily appealed to the government."), as a caption would not end so.</summary>
    private static bool NoFiniteVerb(Doc doc, Sentence s)
    {
        if (!doc.KeyIs(s.EndToken - 1, ".")) return false;
        for (int k = s.FirstToken; k < s.EndToken; k++)
            if (doc.Tokens[k].Upos == Upos.AUX || doc.Tokens[k].Xpos is "VBD" or "VBZ" or "VBP" or "MD") return false;
        return true;
    }

    /// <summary>"people killed by the floods": a by-agent keeps the participle passive.</summary>
    private static bool HasAgent(Doc doc, int verb)
    {
        foreach (var c in doc.Children(verb))
            if (doc.Tokens[c].Deprel == "obl:agent") return true;
        return false;
    }

    /// <summary>The verb's head is the root noun or a noun below it through the noun phrase's own relations ("journalists at
    /// the daily newspaper": the newspaper).</summary>
    private static bool InSubjectPhrase(Doc doc, int head, int root)
    {
        for (int h = head, steps = 0; h >= 0 && steps < 8; h = doc.Tokens[h].Head, steps++)
        {
            if (h == root) return true;
            if (doc.Tokens[h].Deprel is not ("nmod" or "compound" or "appos" or "flat" or "conj")) return false;
        }
        return false;
    }
}

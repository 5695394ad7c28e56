namespace Entente.Core.Text;

/// <summary>
/// "Militants armed with rifles, mortars and grenades attacked a police station.": the garden path of a reduced relative
/// clause on the subject. The parser makes the participle ("armed", VBN or an adjective) the root with the noun as its
/// subject, and hangs the real verb ("attacked") on it as a clause. When the root is such a participle right after its
/// subject, with no object, auxiliary or copula of its own, and a finite past or present verb after it hangs on it (advcl,
/// conj, parataxis, ccomp, xcomp) with no subject, marker or conjunction of its own, in a sentence that ends in a full stop:
/// the finite verb becomes the root, the noun its subject, the participle a clause on the noun (acl), and the root's
/// words after the verb (its final punctuation, obliques) the verb's.
/// Reads: the parse and the tags. Writes: heads and relations of those words.
/// </summary>
public sealed class ReducedRelativeRootRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        if (!doc.KeyIs(s.EndToken - 1, ".")) return;
        int root = ParseRepairs.Root(doc, s);
        if (root < 0) return;
        var r = doc.Tokens[root];
        bool participle = r.Xpos == "VBN" || r.Upos == Upos.ADJ && doc.Key(root).EndsWith("ed");
        if (!participle) return;
        int subject = -1, verb = -1;
        foreach (var c in doc.Children(root))
        {
            var t = doc.Tokens[c];
            if (t.Deprel is "obj" or "aux" or "aux:pass" or "cop" or "expl" or "mark") return;
            if (t.Deprel is "nsubj" or "nsubj:pass" && c < root) subject = c;
            if (verb < 0 && c > root && t.Upos == Upos.VERB && t.Xpos is "VBD" or "VBZ" or "VBP" && t.Deprel is "advcl" or "conj" or "parataxis" or "ccomp" or "xcomp") verb = c;
        }
        if (subject < 0 || verb < 0 || doc.Tokens[subject].Upos is not (Upos.NOUN or Upos.PROPN)) return;
        // the participle comes right after the subject's own words
        if (!FollowsSubject(doc, subject, root)) return;
        foreach (var c in doc.Children(verb))
            if (doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass" or "expl" or "mark" or "cc") return;
        ParseRepairs.Relabel(doc, verb, -1, "root");
        ParseRepairs.Relabel(doc, subject, verb, "nsubj");
        ParseRepairs.Relabel(doc, root, subject, "acl");
        foreach (var c in doc.Children(root))
            if (c > verb && doc.Tokens[c].Deprel is "punct" or "obl" or "advmod" or "advcl" or "parataxis") ParseRepairs.Relabel(doc, c, verb, doc.Tokens[c].Deprel!);
    }

    /// <summary>Every word between the subject noun and the participle belongs to the subject's phrase.</summary>
    private static bool FollowsSubject(Doc doc, int subject, int participle)
    {
        for (int k = subject + 1; k < participle; k++)
            if (!doc.IsBelow(k, subject)) return false;
        return true;
    }
}

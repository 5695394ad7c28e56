namespace Entente.Core.Text;

/// <summary>
/// "The Houthis vowed to retaliate after US warplanes struck targets in Yemen": with a past form that is also a participle
/// before a noun, the parser may read the clause's verb as an adjective of the noun after it ("struck" an <c>amod</c> of
/// "targets") and still hang the clause's subject and its "after" on that adjective. An adjective has no subject: a verb
/// hung as <c>amod</c> on a noun after it, with a subject of its own before it, is the verb of a clause. It takes the
/// noun's place in the tree (an adverbial clause, <c>advcl</c>, when a mark such as "after" opens it; the complement,
/// <c>ccomp</c>, of a verb the noun was the object of), and the noun becomes its object. Reads: the parse and the tags. Writes: the heads and relations of the verb
/// and the noun, and the verb's tag (a finite past, VBD, when it was read as a participle).
/// </summary>
public sealed class ClauseVerbAsModifierRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int v = s.FirstToken + 1; v < s.EndToken; v++)
        {
            var t = doc.Tokens[v];
            if (t.Deprel != "amod" || t.Upos != Upos.VERB || t.Xpos is not ("VBD" or "VBN") || t.Head <= v) continue;
            int subject = -1;
            bool mark = false;
            foreach (var c in doc.Children(v))
            {
                if (doc.Tokens[c].Deprel is "nsubj" && c < v) subject = c;
                if (doc.Tokens[c].Deprel == "mark" && c < v) mark = true;
            }
            if (subject < 0) continue;
            int noun = t.Head;
            var n = doc.Tokens[noun];
            if (n.Head < 0 || n.Upos is not (Upos.NOUN or Upos.PROPN)) continue;
            // "after … struck": an adverbial clause; the object of a verb ("said rebels attacked villages"): its complement
            string? relation = mark ? "advcl" : n.Deprel == "obj" && doc.Tokens[n.Head].Upos == Upos.VERB ? "ccomp" : null;
            if (relation == null) continue;
            if (t.Xpos == "VBN" && !ParseRepairs.HasChild(doc, v, "aux")) ParseRepairs.MakeFinitePast(doc, v, n.Head, relation);
            else ParseRepairs.Relabel(doc, v, n.Head, relation);
            ParseRepairs.Relabel(doc, noun, v, "obj");
        }
    }
}

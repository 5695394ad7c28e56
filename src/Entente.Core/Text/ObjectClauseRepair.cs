namespace Entente.Core.Text;

/// <summary>
/// "The ministry said rioters set fire to a police station": when the verb of a complement clause has a past form that is
/// also its participle ("set", "hit", "seized"), the parser may read the clause's subject as the object of the verb before
/// it and the clause's verb as a reduced relative on that noun (<c>acl</c>: "rioters [who were] set …"). A participle of a
/// reduced relative is passive and has no object of its own; a past form with its own object right after the noun is the
/// clause's verb. It becomes the complement (<c>ccomp</c>) of the verb the noun was the object of, and the noun its subject.
/// Only a noun right before the verb, with no case marker, that is the object of a verb before it. Reads: the parse and the
/// tags. Writes: the heads and relations of the verb and the noun, and the verb's tag (a finite past, VBD, when it was read
/// as a participle).
/// </summary>
public sealed class ObjectClauseRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int v = s.FirstToken + 2; v < s.EndToken; v++)
        {
            var t = doc.Tokens[v];
            int noun = v - 1;
            if (t.Deprel != "acl" || t.Head != noun || t.Upos != Upos.VERB || t.Xpos is not ("VBD" or "VBN" or "VBP")) continue;
            var n = doc.Tokens[noun];
            if (n.Deprel != "obj" || n.Upos is not (Upos.NOUN or Upos.PROPN) || n.Head < s.FirstToken || n.Head >= noun) continue;
            if (doc.Tokens[n.Head].Upos != Upos.VERB || ParseRepairs.HasCase(doc, noun)) continue;
            // the verb's own object after it, and nothing of a relative clause's or an infinitive's own
            bool hasObject = false, clauseOfItsOwn = false;
            foreach (var c in doc.Children(v))
            {
                var d = doc.Tokens[c].Deprel;
                if (d == "obj" && c > v) hasObject = true;
                if (d is "nsubj" or "nsubj:pass" or "mark" or "aux" or "aux:pass" or "cop") clauseOfItsOwn = true;
            }
            if (!hasObject || clauseOfItsOwn) continue;
            int head = n.Head;
            if (t.Xpos == "VBN") ParseRepairs.MakeFinitePast(doc, v, head, "ccomp");
            else ParseRepairs.Relabel(doc, v, head, "ccomp");
            ParseRepairs.Relabel(doc, noun, v, "nsubj");
        }
    }
}

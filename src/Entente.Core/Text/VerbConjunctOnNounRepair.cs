namespace Entente.Core.Text;

/// <summary>
/// "The candidate said he had won by a wide margin and called on the armed forces to …": the parser may join a finite verb
/// after "and" to the last noun before it ("margin") instead of to a verb, and the verb then has no clause to take its
/// subject from. A finite verb (VBD, VBZ, VBP) hung as <c>conj</c> on a noun before it, with its own "and"/"or" and no
/// subject, becomes the conjunct of the nearest verb above that noun, whose subject it then shares as coordinated verbs do.
/// Reads: the parse and the tags. Writes: the head of those verbs.
/// </summary>
public sealed class VerbConjunctOnNounRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            var v = doc.Tokens[t];
            if (!v.HasParse || v.Upos != Upos.VERB || v.Xpos is not ("VBD" or "VBZ" or "VBP") || v.Deprel != "conj") continue;
            int noun = v.Head;
            if (noun < 0 || noun > t || doc.Tokens[noun].Upos is not (Upos.NOUN or Upos.PROPN)) continue;
            bool cc = false, subject = false;
            foreach (var c in doc.Children(t))
            {
                cc |= doc.Tokens[c].Deprel == "cc";
                subject |= doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass" or "expl";
            }
            if (!cc || subject) continue;
            int verb = doc.Tokens[noun].Head, steps = 0;
            while (verb >= 0 && doc.Tokens[verb].Upos != Upos.VERB && steps++ < 8) verb = doc.Tokens[verb].Head;
            if (verb < 0 || doc.Tokens[verb].Upos != Upos.VERB || verb > t) continue;
            ParseRepairs.Relabel(doc, t, verb, "conj");
        }
    }
}

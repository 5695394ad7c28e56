namespace Entente.Core.Text;

/// <summary>
/// "Police rescued 20 kidnapped passengers": a number, a past participle and a plural noun make one noun phrase, but the
/// parser may read the number as the subject of the participle, the participle as a verb joined to the main verb
/// (<c>conj</c>, with no conjunction) and the noun as its object: "20 kidnapped passengers" then says the police
/// kidnapped. A participle so read, with a number right before it as its subject and a plural noun right after it as its
/// object, is the noun's modifier (<c>amod</c>); the number counts the noun (<c>nummod</c>), and the noun takes the
/// participle's place as the object of the verb the participle was joined to. Reads: the parse and the tags. Writes: the
/// heads and relations of the number, the participle and the noun.
/// </summary>
public sealed class CountedParticipleRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int v = s.FirstToken + 1; v + 1 < s.EndToken; v++)
        {
            var t = doc.Tokens[v];
            if (t.Deprel != "conj" || t.Upos != Upos.VERB || t.Xpos is not ("VBN" or "VBD") || t.Head < s.FirstToken || t.Head >= v) continue;
            int number = v - 1, noun = v + 1;
            if (doc.Tokens[number] is not { Upos: Upos.NUM, Deprel: "nsubj" } || doc.Tokens[number].Head != v) continue;
            if (doc.Tokens[noun] is not { Upos: Upos.NOUN, Xpos: "NNS", Deprel: "obj" } || doc.Tokens[noun].Head != v) continue;
            if (ParseRepairs.HasChild(doc, v, "cc") || doc.Tokens[t.Head].Upos != Upos.VERB || ParseRepairs.HasChild(doc, t.Head, "obj")) continue;
            // the participle's other dependents (a place after the noun) belong to the noun phrase's verb
            foreach (var c in doc.Children(v))
                if (c != number && c != noun) ParseRepairs.Relabel(doc, c, noun, doc.Tokens[c].Deprel == "obl" ? "nmod" : doc.Tokens[c].Deprel);
            ParseRepairs.Relabel(doc, noun, t.Head, "obj");
            ParseRepairs.Relabel(doc, number, noun, "nummod");
            ParseRepairs.Relabel(doc, v, noun, "amod");
        }
    }
}

namespace Entente.Core.Text;

/// <summary>
/// "Striking dock workers blocked the port": a present participle before a bare plural noun at the start of a clause
/// ("striking workers", "protesting farmers", "fleeing civilians") modifies the noun, but the parser may read it as a
/// gerund clause that is the subject of the verb (<c>csubj</c>) with the noun as its object. A <c>csubj</c> gerund (VBG)
/// whose only object is a plural noun right after it (its modifiers between, no determiner), with nothing else of a
/// clause's own, is the noun's modifier (<c>amod</c>), and the noun is the verb's subject. Reads: the parse and the tags.
/// Writes: the heads and relations of the participle and the noun.
/// </summary>
public sealed class GerundModifierRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int g = s.FirstToken; g < s.EndToken; g++)
        {
            var t = doc.Tokens[g];
            if (t.Deprel != "csubj" || t.Xpos != "VBG" || t.Head <= g) continue;
            int noun = -1;
            bool other = false;
            foreach (var c in doc.Children(g))
            {
                var d = doc.Tokens[c].Deprel;
                if (d == "obj" && c > g && noun < 0) noun = c;
                else if (d is not ("punct" or "advmod")) other = true;
            }
            if (other || noun < 0 || doc.Tokens[noun].Xpos is not ("NNS" or "NNPS")) continue;
            bool bare = true;
            foreach (var c in doc.Children(noun))
                if (c < g || doc.Tokens[c].Deprel is "det" or "nmod:poss" or "case") bare = false;
            // the noun's own modifiers only between the participle and the noun ("striking dock workers")
            for (int k = g + 1; k < noun && bare; k++) if (doc.Tokens[k].Head != noun) bare = false;
            if (!bare) continue;
            int verb = t.Head;
            ParseRepairs.Relabel(doc, noun, verb, "nsubj");
            ParseRepairs.Relabel(doc, g, noun, "amod");
        }
    }
}

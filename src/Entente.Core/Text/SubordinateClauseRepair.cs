using Entente.Core.Knowledge;

namespace Entente.Core.Text;

/// <summary>
/// "… postponed the vote after security forces forcibly removed opposition lawmakers": a word that introduces a noun
/// phrase or a clause (word class <c>clause-preposition</c>: "after", "before", "since", "until") makes the parser read a
/// clause as a noun phrase when its verb's past tense is also its participle: "after" the case of "forces", "removed" an
/// adjective (<c>amod</c>) of "lawmakers", which it hangs on "forces". When such a past form (VBD or VBN) with only
/// adverbs of its own modifies a noun after it that hangs, without a preposition, on the noun just before the past form,
/// and that noun is governed by such a word, the past form becomes the clause's verb (<c>advcl</c> of what the noun hung on,
/// the word its <c>mark</c>), the noun before it its subject and the noun after it its object. Reads: the parse, the tags
/// and the word classes. Writes: heads, relations and the past form's tags.
/// </summary>
public sealed class SubordinateClauseRepair(WordClasses words) : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int p = s.FirstToken + 1; p < s.EndToken; p++)
        {
            var t = doc.Tokens[p];
            if (t.Deprel != "amod" || t.Upos != Upos.VERB || t.Xpos is not ("VBD" or "VBN")) continue;
            int obj = t.Head;
            if (obj <= p || doc.Tokens[obj].Deprel is not ("nmod" or "conj" or "compound") || ParseRepairs.HasCase(doc, obj)) continue;
            // the verb's own words: adverbs before it only ("forcibly removed")
            int start = p;
            bool plain = true;
            foreach (var c in doc.Children(p))
            {
                if (doc.Tokens[c].Deprel != "advmod" || c > p) { plain = false; break; }
                start = Math.Min(start, c);
            }
            int subject = start - 1;
            if (!plain || subject < s.FirstToken || doc.Tokens[obj].Head != subject || doc.Tokens[subject].Upos is not (Upos.NOUN or Upos.PROPN)) continue;
            int mark = -1;
            foreach (var c in doc.Children(subject))
                if (doc.Tokens[c].Deprel == "case" && c < subject && words.ClausePrepositions.Contains(doc.Key(c))) mark = c;
            int governor = doc.Tokens[subject].Head;
            if (mark < 0 || governor < 0) continue;
            ParseRepairs.MakeFinitePast(doc, p, governor, "advcl");
            ParseRepairs.Relabel(doc, mark, p, "mark");
            ParseRepairs.Relabel(doc, subject, p, "nsubj");
            ParseRepairs.Relabel(doc, obj, p, "obj");
        }
    }
}

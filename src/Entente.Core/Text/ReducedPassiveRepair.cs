using Entente.Core.Knowledge;

namespace Entente.Core.Text;

/// <summary>
/// Headlines and wire copy drop the auxiliary of a passive ("Three soldiers killed in ambush near Gao", "There were 12
/// soldiers killed near Bakhmut"), and the tagger calls the participle a past tense: the parser then reads the victims as
/// the ones who killed. A verb that is never used in the active without its object (word class <c>object-verb</c>:
/// kill, wound, arrest, abduct, …) that has a subject but no object, no clausal complement and no auxiliary, is not in a
/// relative clause ("the soldiers the militants killed") nor coordinated (where the object may be shared: "killed and
/// wounded twelve soldiers"), and is not followed by a word that could open a misplaced object, is a passive participle:
/// the subject becomes <c>nsubj:pass</c>, the verb VBN with Voice=Pass, and an oblique with "by" <c>obl:agent</c>.
/// Reads: the parse and the word classes. Writes: the verb's tags and the relations of its subject and by-phrase.
/// </summary>
public sealed class ReducedPassiveRepair(WordClasses words) : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            var v = doc.Tokens[t];
            if (!v.HasParse || v.Upos != Upos.VERB || v.Xpos is not ("VBD" or "VBN") || v.Deprel is "acl:relcl" or "conj") continue;
            if (v.Lemma is not { } lemma || !words.ObjectVerbs.Contains(lemma)) continue;
            int subject = -1;
            bool blocked = false;
            foreach (var c in doc.Children(t))
                switch (doc.Tokens[c].Deprel)
                {
                    case "nsubj": subject = c; break;
                    case "obj" or "iobj" or "ccomp" or "xcomp" or "aux" or "aux:pass" or "conj" or "expl" or "nsubj:pass" or "compound:prt": blocked = true; break;
                    default: if ((doc.Tokens[c].Feats & MorphFeats.PronTypeRel) != 0) blocked = true; break;
                }
            if (blocked || subject < 0 || subject > t || ObjectMayFollow(doc, s, t)) continue;
            Passive(doc, t, subject);
        }
    }

    /// <summary>The word after the verb (past adverbs) could open an object the parser hung elsewhere, or a number comes
    /// within three words, after its qualifier ("detained at least 20 protesters", "arrested more than 700 people").</summary>
    private static bool ObjectMayFollow(Doc doc, Sentence s, int verb)
    {
        int k = verb + 1;
        while (k < s.EndToken && doc.Tokens[k].Upos == Upos.ADV) k++;
        if (k < s.EndToken && doc.Tokens[k].Upos is Upos.NOUN or Upos.PROPN or Upos.NUM or Upos.DET or Upos.PRON or Upos.ADJ) return true;
        for (int j = k; j < s.EndToken && j <= verb + 3; j++)
        {
            if (doc.Tokens[j].Upos == Upos.NUM) return true;
            if (doc.Tokens[j].Upos is Upos.VERB or Upos.AUX or Upos.PUNCT) return false;
        }
        return false;
    }

    /// <summary>Makes <paramref name="verb"/> a passive participle with <paramref name="subject"/> its passive subject, and a
    /// "by" oblique its agent.</summary>
    private static void Passive(Doc doc, int verb, int subject)
    {
        var p = doc.Tokens[verb];
        doc.SetSyntax(verb, p.Upos, "VBN", p.Lemma, (p.Feats & ~(MorphFeats.VerbFormFin | MorphFeats.MoodInd)) | MorphFeats.VerbFormPart | MorphFeats.VoicePass | MorphFeats.TensePast,
            p.Head, p.Deprel, "Tense=Past|VerbForm=Part|Voice=Pass");
        ParseRepairs.Relabel(doc, subject, verb, "nsubj:pass");
        foreach (var c in doc.Children(verb))
            if (doc.Tokens[c].Deprel == "obl")
                foreach (var m in doc.Children(c))
                    if (doc.Tokens[m].Deprel == "case" && doc.KeyIs(m, "by")) { ParseRepairs.Relabel(doc, c, verb, "obl:agent"); break; }
    }
}

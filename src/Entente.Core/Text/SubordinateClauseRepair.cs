using Entente.Core.Knowledge;

namespace Entente.Core.Text;

/// <summary>
/// "… postponed the vote after security forces forcibly removed opposition lawmakers": a word that introduces a noun
/// phrase or a clause (word class <c>clause-preposition</c>: "after", "before", "since", "until") makes the parser read a
/// clause as a noun phrase when its verb's past tense is also its participle: "after" the case of "forces", "removed" an
/// adjective (<c>amod</c>) of "lawmakers", which it hangs on "forces". When such a past form (VBD or VBN) with only
/// adverbs of its own modifies a noun after it that hangs, without a preposition, on the noun just before the past form,
/// and that noun is governed by such a word, the past form becomes the clause's verb (<c>advcl</c> of what the noun hung on,
/// the word its <c>mark</c>), the noun before it its subject and the noun after it its object.
/// The same word also makes the parser hang a clause's subject on the word as its noun and the clause's verb elsewhere
/// ("South Korea protested after North Korea fired a missile": "after" the case of "Korea", an oblique of "protested", and
/// "fired" a complement with no subject): a finite verb with no subject of its own right after such a noun phrase (only
/// its auxiliaries and adverbs between) becomes the clause's verb (<c>advcl</c> of what the noun hung on, the word its
/// <c>mark</c>, the noun its subject). Reads: the parse, the tags and the word classes. Writes: heads, relations and the
/// past form's tags.
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
            int mark = ClausePreposition(doc, subject);
            int governor = doc.Tokens[subject].Head;
            if (mark < 0 || governor < 0) continue;
            ParseRepairs.MakeFinitePast(doc, p, governor, "advcl");
            ParseRepairs.Relabel(doc, mark, p, "mark");
            ParseRepairs.Relabel(doc, subject, p, "nsubj");
            ParseRepairs.Relabel(doc, obj, p, "obj");
        }
        for (int n = s.FirstToken + 1; n < s.EndToken; n++) SubjectReadAsObject(doc, s, n);
    }

    /// <summary>The last case word before <paramref name="noun"/> that is a word of the class clause-preposition ("after",
    /// "before"), or −1.</summary>
    private int ClausePreposition(Doc doc, int noun)
    {
        int mark = -1;
        foreach (var c in doc.Children(noun))
            if (doc.Tokens[c].Deprel == "case" && c < noun && words.ClausePrepositions.Contains(doc.Key(c))) mark = c;
        return mark;
    }

    /// <summary>The second rule: noun <paramref name="n"/>, governed by a clause preposition, is the subject of the subjectless
    /// finite verb right after its phrase.</summary>
    private void SubjectReadAsObject(Doc doc, Sentence s, int n)
    {
        var t = doc.Tokens[n];
        if (t.Upos is not (Upos.NOUN or Upos.PROPN or Upos.PRON) || t.Deprel is not ("obl" or "nmod") || t.Head < 0) return;
        int mark = ClausePreposition(doc, n);
        if (mark < 0) return;
        int v = ParseRepairs.PhraseEnd(doc, s, n);
        // only the verb's auxiliaries and adverbs between the noun phrase and the verb
        while (v < s.EndToken && doc.Tokens[v].Deprel is "aux" or "advmod" && doc.Tokens[v].Head > v) v++;
        if (v >= s.EndToken) return;
        var vt = doc.Tokens[v];
        bool finite = vt.Xpos is "VBD" or "VBZ" or "VBP" || vt.Xpos is "VB" or "VBN" && ParseRepairs.HasChild(doc, v, "aux");
        if (vt.Upos != Upos.VERB || !finite || vt.Head < 0 || vt.Deprel is not ("ccomp" or "conj" or "parataxis" or "dep" or "advcl" or "acl:relcl")) return;
        if (ParseRepairs.HasChild(doc, v, "mark")) return;
        int governor = t.Head;
        // "summoned the British envoy after London imposed sanctions": the parser made the main verb's object the clause's
        // subject and hung the clause's real subject on it; the object goes back to the main verb
        int subject = -1;
        foreach (var c in doc.Children(v))
            if (doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass") subject = c;
        if (subject >= 0)
        {
            if (subject != governor || subject > n || ParseRepairs.HasChild(doc, vt.Head, "obj")
                || doc.Tokens[subject].Upos is not (Upos.NOUN or Upos.PROPN)) return;
            governor = vt.Head;
            ParseRepairs.Relabel(doc, subject, governor, "obj");
        }
        // a clause modifies the verb, not the noun the parser hung the preposition's phrase on ("recalled its ambassador after
        // troops raided …")
        while (doc.Tokens[governor].Upos is Upos.NOUN or Upos.PROPN or Upos.PRON && doc.Tokens[governor].Deprel is "obj" or "obl" or "nmod" or "iobj"
               && doc.Tokens[governor].Head >= 0)
            governor = doc.Tokens[governor].Head;
        if (governor == v || doc.IsBelow(governor, v)) return;
        ParseRepairs.Relabel(doc, v, governor, "advcl");
        var m = doc.Tokens[mark];
        doc.SetSyntax(mark, Upos.SCONJ, m.Xpos, m.Lemma, m.Feats, v, "mark", m.FeatsText);
        ParseRepairs.Relabel(doc, n, v, ParseRepairs.HasChild(doc, v, "aux:pass") ? "nsubj:pass" : "nsubj");
    }
}

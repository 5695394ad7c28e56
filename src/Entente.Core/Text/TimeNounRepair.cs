using Entente.Core.Knowledge;

namespace Entente.Core.Text;

/// <summary>
/// Wire news writes the day between a subject and its verb ("The Security Council today agreed", "Lawmakers Tuesday
/// endorsed", "Oxfam today called on") and after a reporting verb ("officials said Thursday"). The treebanks the
/// parser learned from hardly ever do, so it reads the time noun as the subject and the real subject as its
/// compound, or gives the verb two subjects. This stage undoes that after the parse, for the time nouns of the
/// word class <c>time-noun</c> (data/english/word-classes.tsv):
/// <list type="bullet">
/// <item>a time noun that is a second subject of its verb becomes <c>obl:unmarked</c>; so does a noun naming a period
/// (class <c>period-noun</c>: "Journalists detained by Syria last year were released", where the parser made "year" a
/// second passive subject of "released");</item>
/// <item>a time noun before its verb that is the verb's subject (or an oblique of a verb with no subject) and has a
/// noun or name to its left as dependent: that noun becomes the subject (taking the time noun's other left
/// dependents, "The"), and the time noun <c>obl:unmarked</c>.</item>
/// <item>a finite clause the parser hung on a time noun after its verb ("said Wednesday that the US must…" with the
/// that-clause as the noun's relative) becomes the verb's complement (<c>ccomp</c>).</item>
/// </list>
/// Reads: the parse and the word classes. Writes: heads and relations of the tokens it moves.
/// </summary>
public sealed class TimeNounRepair(WordClasses words) : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            var tok = doc.Tokens[t];
            if (!tok.HasParse || tok.Head < 0) continue;
            if (!words.TimeNouns.Contains(doc.Key(t)))
            {
                // a period ("last year") read as a second subject: only that rule, as "The election year began" is a subject
                if (tok.Deprel is "nsubj" or "nsubj:pass" && words.PeriodNouns.Contains(doc.Key(t)) && OtherSubject(doc, tok.Head, t) is var o && o >= 0 && o < t)
                    Relabel(doc, t, tok.Head, "obl:unmarked");
                // "Erdogan last month described …": a period with its "last"/"this"/"next" read as the subject, the name before it
                // hung on it (a name the tagger may even call an adjective) → the name is the subject
                else if (tok.Deprel is "nsubj" or "nsubj:pass" && t < tok.Head && words.PeriodNouns.Contains(doc.Key(t)) && HasPeriodModifier(doc, t)
                         && doc.Tokens[tok.Head].Upos is Upos.VERB or Upos.AUX)
                    NounBeforeBecomesSubject(doc, t, tok.Head, capitalisedAdjective: true);
                continue;
            }
            int verb = tok.Head;
            bool subject = tok.Deprel is "nsubj" or "nsubj:pass";
            bool oblique = tok.Deprel is "obl:unmarked" or "obl:tmod" or "obl" or "nmod:unmarked";
            if (!subject && !oblique) continue;
            int other = OtherSubject(doc, verb, t);
            // a second subject of any predicate ("said Friday he was pessimistic" hung "Friday" on "pessimistic")
            if (subject && other >= 0)
            {
                Relabel(doc, t, verb, "obl:unmarked");
                if (t > verb) MoveClauseToVerb(doc, t, verb);
                continue;
            }
            if (doc.Tokens[verb].Upos is not (Upos.VERB or Upos.AUX)) continue;
            // "said Wednesday that the US must be ready": the that-clause the parser hung on the time noun is the verb's
            if (oblique && t > verb) { MoveClauseToVerb(doc, t, verb); continue; }
            if (other >= 0 || t > verb) continue;
            NounBeforeBecomesSubject(doc, t, verb, capitalisedAdjective: false);
        }
    }

    /// <summary>The noun phrase the parser hung on the time noun <paramref name="t"/>: its nearest noun or name to the left
    /// becomes the verb's subject (taking the time noun's other left dependents, "The"), and the time noun <c>obl:unmarked</c>.</summary>
    private static void NounBeforeBecomesSubject(Doc doc, int t, int verb, bool capitalisedAdjective)
    {
        int noun = -1;
        foreach (var c in doc.Children(t))
        {
            if (c >= t) continue;
            var ct = doc.Tokens[c];
            bool nominal = ct.Upos is Upos.NOUN or Upos.PROPN or Upos.PRON && ct.Deprel is "compound" or "nmod" or "nmod:poss" or "appos" or "flat";
            bool name = capitalisedAdjective && ct.Upos == Upos.ADJ && ct.Deprel == "amod" && (ct.Shape & TokenShape.Capitalized) != 0;
            if (nominal || name) noun = c;
        }
        if (noun < 0) return;
        foreach (var c in doc.Children(t))
            if (c < noun) Relabel(doc, c, noun, doc.Tokens[c].Deprel ?? "dep");
        Relabel(doc, noun, verb, (doc.Tokens[verb].Feats & MorphFeats.VoicePass) != 0 ? "nsubj:pass" : "nsubj");
        Relabel(doc, t, verb, "obl:unmarked");
    }

    /// <summary>"last month", "this week": the period has a modifier of the word class <c>period-modifier</c>.</summary>
    private bool HasPeriodModifier(Doc doc, int t)
    {
        foreach (var c in doc.Children(t))
            if (c < t && words.PeriodModifiers.Contains(doc.Key(c))) return true;
        return false;
    }

    /// <summary>A finite clause below the time noun (acl with "that" or a subject of its own) becomes the verb's complement.</summary>
    private static void MoveClauseToVerb(Doc doc, int time, int verb)
    {
        foreach (var c in doc.Children(time))
        {
            if (doc.Tokens[c].Deprel is not ("acl" or "acl:relcl") || c < time) continue;
            bool finite = false;
            foreach (var g in doc.Children(c))
                if (doc.Tokens[g].Deprel is "nsubj" or "nsubj:pass" || doc.Tokens[g].Deprel == "mark" && doc.KeyIs(g, "that")) { finite = true; break; }
            if (finite) { Relabel(doc, c, verb, "ccomp"); return; }
        }
    }

    private static int OtherSubject(Doc doc, int verb, int except)
    {
        foreach (var c in doc.Children(verb))
            if (c != except && doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass" or "csubj") return c;
        return -1;
    }

    private static void Relabel(Doc doc, int token, int head, string relation) => ParseRepairs.Relabel(doc, token, head, relation);
}

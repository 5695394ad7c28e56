namespace Entente.Core.Text;

/// <summary>
/// "The Sudanese government and the rebel army have agreed", "The US, Russia, and Switzerland met": a parser trained on
/// the treebanks sometimes leaves the conjunction out of a long coordinated subject and gives the verb two subjects (or
/// reads the middle member as an apposition). When a predicate has two subjects with "and" or "or" between them (hung on
/// the second subject or on the predicate), the second becomes a conjunct of the first, with the coordinator as its
/// <c>cc</c>; names the parser hung on the first subject as appositions between the two, after a comma, become conjuncts
/// too. Reads: the parse. Writes: heads and relations of those words.
/// </summary>
public sealed class CoordinatedSubjectRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        HeadOfList(doc, s);
        for (int second = s.FirstToken; second < s.EndToken; second++)
        {
            if (!ParseRepairs.IsSecondSubject(doc, s, second, out int v, out int first) || second > v) continue;
            int cc = Coordinator(doc, first, second, v);
            if (cc < 0) continue;
            ParseRepairs.Relabel(doc, second, first, "conj");
            ParseRepairs.Relabel(doc, cc, second, "cc");
            foreach (var a in doc.Children(first))
                if (a > first && a < cc && doc.Tokens[a].Deprel == "appos" && doc.Tokens[a].Upos is Upos.PROPN && doc.KeyIs(a - 1, ","))
                    ParseRepairs.Relabel(doc, a, first, "conj");
        }
    }

    /// <summary>
    /// "Mali, Burkina Faso and Niger announced …": the parser may read the list's first member as a vocative (or a
    /// dislocated, unlabelled or bare oblique dependent, "Guinea, Chad and Sudan announced", or a second subject) of the verb and the rest as the subject. When such a name or noun stands before
    /// the subject with only a comma between them, and the subject has a conjunct of its own, the first member becomes the
    /// subject and the others its conjuncts.
    /// </summary>
    private static void HeadOfList(Doc doc, Sentence s)
    {
        for (int first = s.FirstToken; first < s.EndToken; first++)
        {
            var f = doc.Tokens[first];
            if (f.Deprel is not ("vocative" or "dislocated" or "dep" or "obl:unmarked" or "obl" or "nsubj") || f.Upos is not (Upos.PROPN or Upos.NOUN) || f.Head < 0
                || f.Deprel == "obl" && ParseRepairs.HasCase(doc, first)) continue;
            // the member's own words, then the comma (which the parser may have hung on it)
            int verb = f.Head, comma = first + 1;
            while (comma < s.EndToken && !doc.KeyIs(comma, ",") && doc.IsBelow(comma, first)) comma++;
            if (comma + 1 >= s.EndToken || !doc.KeyIs(comma, ",")) continue;
            int subject = -1;
            foreach (var c in doc.Children(verb))
                if (doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass" && c > comma && ParseRepairs.PhraseStart(doc, s, c) is var start && (start == comma + 1 || start == comma)) subject = c;
            if (subject < 0) continue;
            var members = new List<int>();
            foreach (var c in doc.Children(subject))
                if (doc.Tokens[c].Deprel == "conj") members.Add(c);
            if (members.Count == 0) continue;
            ParseRepairs.Relabel(doc, first, verb, doc.Tokens[subject].Deprel!);
            ParseRepairs.Relabel(doc, subject, first, "conj");
            ParseRepairs.Relabel(doc, comma, subject, "punct");
            foreach (var m in members) ParseRepairs.Relabel(doc, m, first, "conj");
            return;
        }
    }

    /// <summary>"and" or "or" between the subjects, hung on the second subject or on the predicate, with no verb between; or -1.</summary>
    private static int Coordinator(Doc doc, int first, int second, int verb)
    {
        int found = -1;
        for (int k = first + 1; k < second; k++)
        {
            var t = doc.Tokens[k];
            if (t.Upos is Upos.VERB or Upos.AUX) return -1;
            if ((doc.KeyIs(k, "and") || doc.KeyIs(k, "or")) && t.Deprel == "cc" && (t.Head == second || t.Head == verb || doc.IsBelow(t.Head, second))) found = k;
        }
        return found;
    }
}

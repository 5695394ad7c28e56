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

namespace Entente.Core.Text;

/// <summary>
/// "U.S. Secretary of State Warren Christopher telephoned …": before a long title the parser sometimes gives the verb two
/// subjects, the title and the name after it, and the coder then takes the bare name (no dictionary knows it) and loses
/// the title that says whose official it is. When a predicate has two subjects before it, the second a proper name that
/// starts right after the first subject's phrase ends (no comma, conjunction or verb between: "Secretary of State | Warren
/// Christopher"), the name is the subject and the title hangs on it as <c>nmod:desc</c>, as the parser writes a title
/// before a name it reads well ("Foreign Minister Andrei Kozyrev"). Reads: the parse and the tags. Writes: heads and
/// relations of those two words.
/// </summary>
public sealed class TitleNameSubjectRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int second = s.FirstToken; second < s.EndToken; second++)
        {
            if (!ParseRepairs.IsSecondSubject(doc, s, second, out int v, out int first) || second > v) continue;
            if (doc.Tokens[second].Upos != Upos.PROPN || doc.Tokens[first].Upos is not (Upos.PROPN or Upos.NOUN)) continue;
            if (first > second || ParseRepairs.PhraseEnd(doc, s, first) != second || ParseRepairs.PhraseStart(doc, s, second) != second) continue;
            // "Mali, Burkina Faso and Niger": a comma the parser hung on the first subject separates two members of a list
            if (doc.Tokens[second - 1].Upos == Upos.PUNCT) continue;
            ParseRepairs.Relabel(doc, first, second, "nmod:desc");
        }
    }
}

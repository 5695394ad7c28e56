namespace Entente.Core.Text;

/// <summary>
/// "An alliance of armed groups in northern Myanmar said it had captured …": after a long subject the parser sometimes reads
/// the last prepositional phrase's noun as a second subject of the verb ("Myanmar" nsubj of "said" beside "alliance"). A
/// subject never has a preposition of its own, so a second subject that governs one (a <c>case</c> word before it that is
/// an adposition, not the possessive 's) hangs instead, as <c>nmod</c>, on the nearest noun before that preposition inside
/// the first subject's phrase ("groups"), as the parser writes the phrase when it reads it well. Reads: the parse and the
/// tags. Writes: the head and relation of that word.
/// </summary>
public sealed class CasedSubjectRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int second = s.FirstToken; second < s.EndToken; second++)
        {
            if (!ParseRepairs.IsSecondSubject(doc, s, second, out int v, out int first) || second > v || first > second) continue;
            int preposition = -1;
            foreach (var c in doc.Children(second))
                if (c < second && doc.Tokens[c].Deprel == "case" && doc.Tokens[c].Upos == Upos.ADP) { preposition = c; break; }
            if (preposition < 0) continue;
            for (int j = preposition - 1; j >= first; j--)
            {
                if (doc.Tokens[j].Upos is not (Upos.NOUN or Upos.PROPN or Upos.PRON) || !doc.IsBelow(j, first)) continue;
                ParseRepairs.Relabel(doc, second, j, "nmod");
                break;
            }
        }
    }
}

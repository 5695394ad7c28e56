namespace Entente.Core.Text;

/// <summary>
/// Universal Dependencies never hangs a word on punctuation, but a greedy parser sometimes does ("Rebels overran the garrison
/// on Monday, forcing the troops to surrender" with "forcing" a clause of the comma). Every word hung on a punctuation mark
/// is moved to the mark's own head, with its relation; a clause (advcl, ccomp, xcomp, parataxis, conj, acl) to the nearest
/// verb above the mark, as a clause modifies a predicate. Reads: the parse. Writes: heads of the words it moves.
/// </summary>
public sealed class PunctuationHeadRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            var t = doc.Tokens[k];
            if (t.Head < 0 || doc.Tokens[t.Head].Upos != Upos.PUNCT || t.Upos == Upos.PUNCT) continue;
            int head = doc.Tokens[t.Head].Head;
            if (head < 0) continue;
            if (t.Deprel is "advcl" or "ccomp" or "xcomp" or "parataxis" or "conj" or "acl")
                for (int steps = 0; steps < 64 && doc.Tokens[head].Upos is not (Upos.VERB or Upos.AUX) && doc.Tokens[head].Head >= 0; steps++)
                    head = doc.Tokens[head].Head;
            if (head == k || doc.IsBelow(head, k)) continue;
            ParseRepairs.Relabel(doc, k, head, t.Deprel!);
        }
    }
}

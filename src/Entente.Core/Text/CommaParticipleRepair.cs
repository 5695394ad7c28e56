namespace Entente.Core.Text;

/// <summary>
/// "Azerbaijani forces shelled an Armenian village, prompting Yerevan to recall its ambassador", "… struck a market,
/// killing twelve people": wire news closes a sentence with a participle clause set off by a comma that tells what the act
/// brought about. Its subject is the sentence's subject, but the parser often hangs it on the object just before the comma
/// as a clause modifying that noun (<c>acl</c>), so that the village would do the prompting. When an -ing participle right
/// after a comma modifies the object or oblique of a verb and its clause runs to the end of the sentence, it becomes an
/// adverbial clause of that verb (<c>advcl</c>), as UD annotates it. A participle clause between commas inside the sentence
/// ("the village, home to 300 families, …") is left as it is. Reads: the parse and the tags. Writes: the participle's head
/// and relation.
/// </summary>
public sealed class CommaParticipleRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int p = s.FirstToken + 2; p < s.EndToken; p++)
        {
            var t = doc.Tokens[p];
            if (t.Deprel != "acl" || t.Xpos != "VBG" || t.Head < 0 || t.Head > p || !doc.KeyIs(p - 1, ",")) continue;
            var noun = doc.Tokens[t.Head];
            if (noun.Deprel is not ("obj" or "obl" or "iobj") || noun.Head < 0 || doc.Tokens[noun.Head].Upos != Upos.VERB) continue;
            int end = ParseRepairs.PhraseEnd(doc, s, p);
            // only the sentence's closing punctuation after the clause
            while (end < s.EndToken && doc.Tokens[end].Upos == Upos.PUNCT && !doc.KeyIs(end, ",")) end++;
            if (end != s.EndToken) continue;
            ParseRepairs.Relabel(doc, p, noun.Head, "advcl");
        }
    }
}

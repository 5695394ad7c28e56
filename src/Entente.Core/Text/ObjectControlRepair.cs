using Entente.Core.Knowledge;

namespace Entente.Core.Text;

/// <summary>
/// "North Korea fired a missile, prompting Japan to protest": the treebanks' parser often hangs a verb's "to" + infinitive
/// as an adverbial clause of purpose (<c>advcl</c>) even where the verb is one whose object does the act (word class
/// <c>object-control-verb</c>: urge, prompt, force, persuade, …). A purpose clause takes the subject of the verb it modifies,
/// so the act would be Pyongyang's. When such a verb has an object before the infinitive, the infinitive becomes its
/// controlled complement (<c>xcomp</c>), whose subject is the object, as UD annotates "urged Tehran to free".
/// Reads: the parse and the word classes. Writes: the relation of the infinitive.
/// </summary>
public sealed class ObjectControlRepair(WordClasses words) : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        for (int v = s.FirstToken + 1; v < s.EndToken; v++)
        {
            var t = doc.Tokens[v];
            if (t.Deprel != "advcl" || t.Upos != Upos.VERB || t.Head < 0 || t.Xpos != "VB") continue;
            int head = t.Head;
            if (doc.Tokens[head].Lemma is not { } lemma || !words.ObjectControlVerbs.Contains(lemma.AsSpan())) continue;
            bool to = false, subject = false, objectBefore = false;
            foreach (var c in doc.Children(v))
            {
                if (doc.Tokens[c].Deprel == "mark" && doc.KeyIs(c, "to") && c < v) to = true;
                if (doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass") subject = true;
            }
            foreach (var c in doc.Children(head))
                if (doc.Tokens[c].Deprel is "obj" or "iobj" && c > head && c < v) objectBefore = true;
            if (to && !subject && objectBefore) ParseRepairs.Relabel(doc, v, head, "xcomp");
        }
    }
}

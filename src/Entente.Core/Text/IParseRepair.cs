namespace Entente.Core.Text;

/// <summary>A correction of the parse of one sentence, applied after the parser wrote it (<see cref="SyntaxAnnotator"/>):
/// a known error of a treebank-trained parser on news, undone. Reads and writes heads and relations of the sentence.</summary>
public interface IParseRepair
{
    void Repair(Doc doc, Sentence s);
}

/// <summary>Several repairs in order, as one.</summary>
public sealed class ParseRepairs(params IParseRepair[] steps) : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        foreach (var step in steps) step.Repair(doc, s);
    }

    /// <summary>The first two nsubj dependents of <paramref name="predicate"/> in text order ((-1, -1) or (first, -1) when fewer):
    /// two subjects of one predicate are the mark of a parse the repairs undo.</summary>
    internal static (int First, int Second) TwoSubjects(Doc doc, int predicate)
    {
        int first = -1, second = -1;
        foreach (var c in doc.Children(predicate))
            if (doc.Tokens[c].Deprel is "nsubj")
            {
                if (first < 0) first = c;
                else if (second < 0) { second = c; break; }
            }
        return (first, second);
    }

    /// <summary>Sets a token's head and relation, keeping its tags.</summary>
    internal static void Relabel(Doc doc, int token, int head, string relation)
    {
        var t = doc.Tokens[token];
        doc.SetSyntax(token, t.Upos, t.Xpos, t.Lemma, t.Feats, head, relation, t.FeatsText);
    }
}

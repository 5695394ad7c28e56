using System.Globalization;

namespace Entente.Syntax.Conllu;

/// <summary>Writes sentences in CoNLL-U: comments, multiword token ranges, then one line per word (DEPS left "_").</summary>
public static class ConlluWriter
{
    public static void Write(TextWriter w, ConlluSentence s)
    {
        foreach (var c in s.Comments) { w.Write("# "); w.WriteLine(c); }
        int r = 0;
        for (int i = 0; i < s.Words.Count; i++)
        {
            int id = i + 1;
            while (r < s.Ranges.Count && s.Ranges[r].Last < id) r++;
            if (r < s.Ranges.Count && s.Ranges[r].First == id)
            {
                var range = s.Ranges[r];
                w.Write(range.First.ToString(CultureInfo.InvariantCulture)); w.Write('-'); w.Write(range.Last.ToString(CultureInfo.InvariantCulture));
                w.Write('\t'); w.Write(Clean(range.Form)); w.Write("\t_\t_\t_\t_\t_\t_\t_\t");
                w.WriteLine(range.SpaceAfter ? "_" : "SpaceAfter=No");
            }
            var word = s.Words[i];
            bool inRange = r < s.Ranges.Count && s.Ranges[r].First <= id && id <= s.Ranges[r].Last;
            w.Write(id.ToString(CultureInfo.InvariantCulture)); w.Write('\t');
            w.Write(Clean(word.Form)); w.Write('\t');
            w.Write(Or(word.Lemma)); w.Write('\t');
            w.Write(Or(word.Upos)); w.Write('\t');
            w.Write(Or(word.Xpos)); w.Write('\t');
            w.Write(Or(word.Feats)); w.Write('\t');
            w.Write(word.Head < 0 ? "_" : word.Head.ToString(CultureInfo.InvariantCulture)); w.Write('\t');
            w.Write(Or(word.Deprel)); w.Write("\t_\t");
            w.WriteLine(inRange || word.SpaceAfter ? "_" : "SpaceAfter=No");
        }
        w.WriteLine();
    }

    private static string Or(string? s) => string.IsNullOrEmpty(s) ? "_" : Clean(s);

    /// <summary>Tabs and line breaks cannot appear in a CoNLL-U field: they become spaces.</summary>
    private static string Clean(string s) => s.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? s : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}

using Entente.Syntax.Conllu;

namespace Entente.Syntax.Training;

/// <summary>A treebank sentence in arrays (heads 0-based, −1 for the root), ready for training.</summary>
internal sealed record TrainingSentence(string[] Forms, string[] Upos, string[] Xpos, string[] Lemmas, string[] Feats, int[] Heads, string[] Relations, bool[] SpaceAfter)
{
    public int Count => Forms.Length;

    public static TrainingSentence From(ConlluSentence s)
    {
        int n = s.Words.Count;
        var t = new TrainingSentence(new string[n], new string[n], new string[n], new string[n], new string[n], new int[n], new string[n], new bool[n]);
        for (int i = 0; i < n; i++)
        {
            var w = s.Words[i];
            t.Forms[i] = w.Form; t.Upos[i] = w.Upos; t.Xpos[i] = w.Xpos == "_" ? w.Upos : w.Xpos; t.Lemmas[i] = w.Lemma; t.Feats[i] = w.Feats;
            t.Heads[i] = w.Head - 1; t.Relations[i] = w.Deprel; t.SpaceAfter[i] = w.SpaceAfter;
        }
        return t;
    }

    /// <summary>Whether the sentence can train the parser: every word has a head and a relation, one root, no cycle.</summary>
    public bool HasTree
    {
        get
        {
            int roots = 0;
            for (int i = 0; i < Count; i++)
            {
                if (Heads[i] < -1 || Heads[i] >= Count || Relations[i] is "_" or "") return false;
                if (Heads[i] == -1) roots++;
            }
            if (roots != 1) return false;
            for (int i = 0; i < Count; i++)
            {
                int a = i, steps = 0;
                while (a >= 0 && steps++ <= Count) a = Heads[a];
                if (a >= 0) return false;
            }
            return true;
        }
    }

    private static bool IsHyphen(string f) => f is "-" or "\u2010" or "\u2011" or "\u2013";

    /// <summary>
    /// The sentence with hyphenated compounds written as one word ("long - term" → "long-term"), as Entente's own
    /// tokenizer keeps them: the compound takes the tag, lemma parts, head and relation of its syntactic head, and
    /// dependents of any of its parts depend on it. Only groups with no spaces inside are merged. Each group is
    /// merged with probability <paramref name="p"/>, so the models learn both forms.
    /// </summary>
    public TrainingSentence MergeHyphens(Random rng, double p, int[]? predictedTags, out int[]? mergedTags)
    {
        mergedTags = predictedTags;
        int n = Count;
        var group = new int[n];
        for (int i = 0; i < n; i++) group[i] = i;
        bool any = false;
        for (int i = 1; i + 1 < n; i++)
        {
            if (!IsHyphen(Forms[i]) || SpaceAfter[i - 1] == true || SpaceAfter[i] == true) continue;
            if (!char.IsLetterOrDigit(Forms[i - 1][^1]) || !char.IsLetterOrDigit(Forms[i + 1][0])) continue;
            if (rng.NextDouble() >= p) continue;
            int g = group[i - 1];
            group[i] = g; group[i + 1] = g;
            any = true;
        }
        if (!any) return this;
        // new index per old word; the head of each group is the word whose head lies outside the group
        var newIndex = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) newIndex[i] = group[i] == i ? m++ : -1;
        for (int i = 0; i < n; i++) if (group[i] != i) newIndex[i] = newIndex[group[i]];
        var groupHead = new int[n];
        for (int i = 0; i < n; i++) groupHead[i] = -1;
        for (int i = 0; i < n; i++)
        {
            int h = Heads[i];
            if (h < 0 || group[h] != group[i]) { if (groupHead[group[i]] < 0 || IsHyphen(Forms[groupHead[group[i]]])) groupHead[group[i]] = i; }
        }
        var r = new TrainingSentence(new string[m], new string[m], new string[m], new string[m], new string[m], new int[m], new string[m], new bool[m]);
        int[]? tags = predictedTags == null ? null : new int[m];
        for (int i = 0; i < n; i++)
        {
            if (group[i] != i) continue;
            int last = i;
            while (last + 1 < n && group[last + 1] == i) last++;
            int k = newIndex[i];
            int head = groupHead[i] < 0 ? i : groupHead[i];
            r.Forms[k] = last == i ? Forms[i] : string.Concat(Forms[i..(last + 1)]);
            r.Lemmas[k] = last == i ? Lemmas[i] : string.Concat(Enumerable.Range(i, last - i + 1).Select(j => j == head ? Lemmas[j] : Forms[j].ToLowerInvariant()));
            r.Upos[k] = Upos[head]; r.Xpos[k] = Xpos[head]; r.Feats[k] = Feats[head];
            r.Heads[k] = Heads[head] < 0 ? -1 : newIndex[Heads[head]];
            r.Relations[k] = Relations[head];
            r.SpaceAfter[k] = SpaceAfter[last];
            if (tags != null) tags[k] = predictedTags![head];
        }
        mergedTags = tags;
        return r;
    }
}

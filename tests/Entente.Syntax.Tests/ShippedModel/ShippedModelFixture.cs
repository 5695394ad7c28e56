using System.Collections.Concurrent;

namespace Entente.Syntax.Tests.ShippedModel;

/// <summary>The shipped model (data/models/en-syntax.bin.gz), loaded once for the classes of <see cref="ShippedModelCollection"/>.</summary>
public sealed class ShippedModelFixture
{
    public SyntaxModel Model { get; } = SyntaxModel.Load(TestData.ShippedModel);

    private readonly ConcurrentDictionary<string, Parse> _parses = new(StringComparer.Ordinal);

    /// <summary>The model's analysis of a sentence tokenised by <see cref="SimpleTokenizer"/> (cached: the arcs of one sentence share it).</summary>
    public Parse Annotate(string sentence) => _parses.GetOrAdd(sentence, text =>
    {
        var s = new SyntaxSentence();
        s.AddRange(SimpleTokenizer.Tokenize(text));
        Model.Annotate(s);
        return new Parse(Model, s);
    });
}

/// <summary>An immutable copy of one annotated sentence, with the names of its tags and relations.</summary>
public sealed class Parse
{
    public string[] Words { get; }
    public string[] Upos { get; }
    public string[] Xpos { get; }
    public string[] Lemmas { get; }
    public int[] Heads { get; }
    public string[] Relations { get; }
    public bool Parsed { get; }

    public Parse(SyntaxModel model, SyntaxSentence s)
    {
        int n = s.Count;
        Words = [.. Enumerable.Range(0, n).Select(s.FormString)];
        Upos = [.. Enumerable.Range(0, n).Select(i => model.Tags.Upos(s.Tag[i]))];
        Xpos = [.. Enumerable.Range(0, n).Select(i => model.Tags.Xpos(s.Tag[i]))];
        Lemmas = s.Lemma[..n];
        Heads = s.Head[..n];
        Relations = [.. Enumerable.Range(0, n).Select(i => s.Relation[i] < 0 ? "_" : model.Relations[s.Relation[i]])];
        Parsed = s.Parsed;
    }

    /// <summary>The index of a word named as in news-arcs.tsv: "word" is its first occurrence, "word#2" the second.</summary>
    public int Find(string reference)
    {
        int hash = reference.LastIndexOf('#');
        var (word, occurrence) = hash > 0 ? (reference[..hash], int.Parse(reference[(hash + 1)..], System.Globalization.CultureInfo.InvariantCulture)) : (reference, 1);
        for (int i = 0, seen = 0; i < Words.Length; i++)
            if (Words[i] == word && ++seen == occurrence) return i;
        return -1;
    }

    /// <summary>"word#k" for word <paramref name="i"/> (bare for the first occurrence), "ROOT" for −1.</summary>
    public string Name(int i)
    {
        if (i < 0) return "ROOT";
        int k = Words.Take(i + 1).Count(w => w == Words[i]);
        return k == 1 ? Words[i] : $"{Words[i]}#{k}";
    }

    /// <summary>One line per word: index, form, tags, lemma, head and relation, as in CoNLL-U (1-based).</summary>
    public override string ToString() => string.Join("\n", Enumerable.Range(0, Words.Length).Select(i =>
        $"{i + 1}\t{Words[i]}\t{Lemmas[i]}\t{Upos[i]}\t{Xpos[i]}\t{Heads[i] + 1}\t{Relations[i]}"));
}

[CollectionDefinition(Name)]
public sealed class ShippedModelCollection : ICollectionFixture<ShippedModelFixture>
{
    public const string Name = "shipped model";
}

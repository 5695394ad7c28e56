using System.Collections.Concurrent;
using Entente.Bench;
using Entente.Core.Text;
using Entente.Syntax;

namespace Entente.Syntax.Bench;

/// <summary>
/// One corpus ready for the syntax benches: every sentence as its token surfaces (tokenised and split by
/// <see cref="SentenceSplitter.Default"/>, quotes normalised as <see cref="SyntaxAnnotator"/> does) and the same text as
/// <see cref="Doc"/>s for the pipeline stage. Paths travel to BenchmarkDotNet's child processes in environment variables.
/// </summary>
internal sealed class SyntaxCorpus
{
    public const string ModelVariable = "ENTENTE_SYNTAX_MODEL", SamplesVariable = "ENTENTE_BENCH_SAMPLES", ConlluVariable = "ENTENTE_BENCH_CONLLU";
    public const string Samples = "samples";

    private static readonly ConcurrentDictionary<string, SyntaxCorpus> Cache = new(StringComparer.Ordinal);

    public required string Name { get; init; }
    public required string[][] Sentences { get; init; }
    public required Doc[] Docs { get; init; }
    public required long Utf8Bytes { get; init; }
    public long Tokens { get; init; }
    public int MaxSentence { get; init; }

    /// <summary>The corpora to run: the samples always, the CoNLL-U file when <see cref="ConlluVariable"/> names one.</summary>
    public static IEnumerable<string> Names()
    {
        yield return Samples;
        if (Environment.GetEnvironmentVariable(ConlluVariable) is { Length: > 0 } conllu) yield return ProseSource.Label(conllu);
    }

    public static SyntaxCorpus Get(string name) => Cache.GetOrAdd(name, Load);

    public static string ModelPath()
        => Environment.GetEnvironmentVariable(ModelVariable) is { Length: > 0 } p ? p
         : ProseSource.FindInRepository(Path.Combine("data", "models", "en-syntax.bin.gz"))
           ?? Path.Combine(AppContext.BaseDirectory, "data", "models", "en-syntax.bin.gz");

    public static string SamplesPath()
        => Environment.GetEnvironmentVariable(SamplesVariable) is { Length: > 0 } p ? p
         : ProseSource.FindInRepository("samples") ?? throw new ArgumentException("cannot find samples/ (hint: run from the repository or pass --samples DIR)");

    private static SyntaxCorpus Load(string name)
    {
        string path = name == Samples ? SamplesPath()
            : Environment.GetEnvironmentVariable(ConlluVariable) ?? throw new ArgumentException($"unknown corpus '{name}'");
        var prose = ProseSource.Load(path);
        var docs = prose.Documents.Select(d => SentenceSplitter.Default.Split(d.Text)).ToArray();
        var sentences = new List<string[]>();
        foreach (var doc in docs)
            foreach (var s in doc.Sentences)
            {
                if (s.TokenCount == 0) continue;
                var forms = new string[s.TokenCount];
                for (int i = 0; i < forms.Length; i++) forms[i] = Normalize(doc.Surface(s.FirstToken + i).ToString());
                sentences.Add(forms);
            }
        return new SyntaxCorpus
        {
            Name = name, Sentences = [.. sentences], Docs = docs, Utf8Bytes = prose.Utf8Bytes,
            Tokens = sentences.Sum(s => (long)s.Length), MaxSentence = sentences.Max(s => s.Length),
        };
    }

    /// <summary>Typographic apostrophes and quotes as the annotator passes them to the model (’ → ', “ ” → ").</summary>
    private static string Normalize(string form)
        => form.IndexOfAny(['\u2018', '\u2019', '\u201C', '\u201D']) < 0 ? form
         : form.Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"');

    public string Describe()
        => $"{Name}: {Docs.Length} documents, {Sentences.Length} sentences, {Tokens} tokens ({(double)Tokens / Sentences.Length:F1} per sentence, longest {MaxSentence}), {Utf8Bytes / 1024.0:F1} KB of text";
}

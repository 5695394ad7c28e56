using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Entente.Syntax.Learning;
using Entente.Syntax.Parsing;
using Entente.Syntax.Tagging;

namespace Entente.Syntax;

/// <summary>
/// A trained English syntax model: tagger (UPOS+XPOS), lemmatiser, morphological features and labelled dependency
/// parser, in one gzip file. Immutable after loading and safe to share across threads; each thread brings its own
/// <see cref="SyntaxSentence"/>. <see cref="Annotate"/> tags and lemmatises every sentence and parses those of at
/// most <see cref="MaxParseWords"/> words (longer ones are tagged only, and <see cref="SyntaxSentence.Parsed"/> says so).
/// </summary>
public sealed class SyntaxModel
{
    private const string Magic = "entente-syntax";
    private const int FormatVersion = 4;
    public const int DefaultMaxParseWords = 300;

    public Tagger Tagger { get; }
    public Lemmatizer Lemmatizer { get; }
    public MorphologyTable Morphology { get; }
    public Parser Parser { get; }
    /// <summary>Provenance lines written at training time (treebanks, command, date, scores).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }
    public int MaxParseWords { get; init; } = DefaultMaxParseWords;

    public TagSet Tags => Tagger.Tags;
    public LabelSet Relations => Parser.Labels;

    internal SyntaxModel(Tagger tagger, Lemmatizer lemmatizer, MorphologyTable morphology, Parser parser, IReadOnlyDictionary<string, string> metadata)
    {
        Tagger = tagger; Lemmatizer = lemmatizer; Morphology = morphology; Parser = parser; Metadata = metadata;
    }

    /// <summary>Tags, lemmatises and (within the length limit) parses the words in <paramref name="s"/>.</summary>
    public void Annotate(SyntaxSentence s, bool parse = true)
    {
        Tag(s);
        Finish(s, parse);
    }

    /// <summary>The first half of <see cref="Annotate"/>: tags only, so that a caller may correct a tag it knows better
    /// (<see cref="SyntaxSentence.Tag"/>, ids of <see cref="Tags"/>) before <see cref="Finish"/> lemmatises and parses.</summary>
    public void Tag(SyntaxSentence s)
    {
        s.Prepare();
        if (s.Count == 0) return;
        Tagger.Tag(s);
    }

    /// <summary>The second half of <see cref="Annotate"/>: lemmas and (within the length limit) the parse, from the tags.</summary>
    public void Finish(SyntaxSentence s, bool parse = true)
    {
        if (s.Count == 0) return;
        s.SetCoarse(Tags);
        s.SetLemmas(Lemmatizer, Tags);
        if (parse && s.Count <= MaxParseWords) Parser.Parse(s, s.State);
    }

    /// <summary>FEATS of word <paramref name="i"/> after <see cref="Annotate"/>, with Voice=Pass from the parse.</summary>
    public string Features(SyntaxSentence s, int i)
    {
        Span<char> scratch = stackalloc char[48];
        var feats = Morphology.Features(s.Form(i), s.Tag[i], scratch);
        if (s.Parsed && Tags.Xpos(s.Tag[i]) == "VBN" && HasPassiveDependent(s, i))
            feats = _passive.GetOrAdd(feats, f => f == "_" ? "Voice=Pass" : string.Join('|', f.Split('|').Append("Voice=Pass").OrderBy(p => p, StringComparer.OrdinalIgnoreCase)));
        return feats;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _passive = new(StringComparer.Ordinal);

    /// <summary>A participle with a passive auxiliary or subject among its dependents (the dependents are near it: scan outwards until heads point past it).</summary>
    private bool HasPassiveDependent(SyntaxSentence s, int head)
    {
        for (int k = 0; k < s.Count; k++)
        {
            if (s.Head[k] != head || s.Relation[k] < 0) continue;
            var rel = Relations[s.Relation[k]];
            if (rel is "aux:pass" or "nsubj:pass" or "csubj:pass") return true;
        }
        return false;
    }

    public static SyntaxModel Load(string path)
    {
        if (!File.Exists(path)) throw new SyntaxModelException(path, "syntax model not found", null);
        try
        {
            using var file = File.OpenRead(path);
            return Read(file);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or DecoderFallbackException or IOException or ArgumentOutOfRangeException or FormatException)
        {
            throw new SyntaxModelException(path, $"not a readable Entente syntax model ({e.Message})", e);
        }
    }

    public static SyntaxModel Read(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gz, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        if (r.ReadString() != Magic) throw new InvalidDataException("wrong file signature");
        int version = r.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"model format {version}, this build reads {FormatVersion}");
        int metaCount = Count(r.ReadInt32(), 1000, "metadata entries");
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < metaCount; i++) meta[r.ReadString()] = r.ReadString();
        var tags = TagSet.Read(r);
        var tagModel = LinearModel.Read(r);
        int un = Count(r.ReadInt32(), 10_000_000, "tag dictionary entries");
        var unambiguous = new Dictionary<ulong, int>(un);
        for (int i = 0; i < un; i++) unambiguous[r.ReadUInt64()] = r.ReadInt32();
        int an = Count(r.ReadInt32(), 10_000_000, "ambiguity classes");
        var ambiguity = new Dictionary<ulong, ulong>(an);
        for (int i = 0; i < an; i++) ambiguity[r.ReadUInt64()] = r.ReadUInt64();
        var lemmatizer = Lemmatizer.Read(r);
        var morphology = MorphologyTable.Read(r);
        var labels = LabelSet.Read(r);
        var parseModel = LinearModel.Read(r);
        if (tagModel.Classes != tags.Count) throw new InvalidDataException($"tagger has {tagModel.Classes} classes for {tags.Count} tags");
        if (parseModel.Classes != Parser.ClassCount(labels.Count)) throw new InvalidDataException($"parser has {parseModel.Classes} classes for {labels.Count} relations");
        return new SyntaxModel(new Tagger(tags, tagModel, unambiguous, ambiguity), lemmatizer, morphology, new Parser(labels, parseModel), meta);
    }

    /// <summary>A count read from a model file, checked before anything is allocated for it.</summary>
    internal static int Count(int n, int max, string what)
        => n < 0 || n > max ? throw new InvalidDataException($"{n} {what} (expected 0 to {max}): the file is damaged") : n;

    public void Save(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir != null) Directory.CreateDirectory(dir);
        var tmp = path + ".tmp";
        using (var file = File.Create(tmp)) Write(file);
        File.Move(tmp, path, overwrite: true);
    }

    public void Write(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Metadata.Count);
        foreach (var (k, v) in Metadata.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(k); w.Write(v); }
        Tags.Write(w);
        Tagger.Model.Write(w);
        w.Write(Tagger.Unambiguous.Count);
        foreach (var (k, v) in Tagger.Unambiguous.OrderBy(p => p.Key)) { w.Write(k); w.Write(v); }
        w.Write(Tagger.Ambiguity.Count);
        foreach (var (k, v) in Tagger.Ambiguity.OrderBy(p => p.Key)) { w.Write(k); w.Write(v); }
        Lemmatizer.Write(w);
        Morphology.Write(w);
        Relations.Write(w);
        Parser.Model.Write(w);
    }

    /// <summary>A copy with other metadata (used by the trainer to add scores after evaluation).</summary>
    public SyntaxModel WithMetadata(IReadOnlyDictionary<string, string> metadata) => new(Tagger, Lemmatizer, Morphology, Parser, metadata) { MaxParseWords = MaxParseWords };

    /// <summary>Approximate bytes the loaded model holds (weights tables; tables of strings estimated).</summary>
    public long MemoryBytes => Tagger.Model.MemoryBytes + Parser.Model.MemoryBytes + Tagger.Unambiguous.Count * 24L + Tagger.Ambiguity.Count * 32L
        + (Lemmatizer.TableSize + Lemmatizer.RuleCount) * 96L + Morphology.WordEntries * 80L;
}

/// <summary>A syntax model that is missing or cannot be read: names the file, says why, and how to get a good one.</summary>
public sealed class SyntaxModelException(string path, string reason, Exception? inner)
    : IOException($"{path}: {reason} (hint: {DefaultHint})", inner)
{
    public const string DefaultHint = "the shipped model is data/models/en-syntax.bin.gz; restore it from the repository or train one with 'entente train-syntax'";
    public string FilePath { get; } = path;
    public string Reason { get; } = reason;
}

using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Entente.Cli.Tests.Commands;

/// <summary><c>entente parse</c> as a child process: CoNLL-U and JSON output of an article, <c>--eval</c> on gold CoNLL-U, bad input.</summary>
public sealed class ParseCommandTests : IDisposable
{
    private readonly TempFolder _tmp = new();

    public void Dispose() => _tmp.Dispose();

    private const string FrontMatter = "---\ntitle: Drones for Moscow\npublished: 2024-03-01\n---\n";

    // our own words; a heading, two paragraphs, a contraction and a possessive
    private const string Body =
        "# Drones for Moscow\n\n" +
        "Iran sent drones to Russia last year. Officials in Tehran didn't deny the deliveries.\n\n" +
        "The deal was signed by both ministers in January. Russia's army used the drones against Ukraine.\n";

    private const string ScoresPattern = @"^UPOS=\d+\.\d\d XPOS=\d+\.\d\d LEMMA=\d+\.\d\d UAS=\d+\.\d\d LAS=\d+\.\d\d sentences=\d+ tokens=\d+$";

    /// <summary>Four sentences, 31 words, in UD English EWT style (one multiword token "didn't").</summary>
    internal static readonly string Gold = Conllu("""
        # sent_id = gold-1
        # text = Turkey closed its airspace to Russian planes.
        1 Turkey Turkey PROPN NNP Number=Sing 2 nsubj _ _
        2 closed close VERB VBD Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root _ _
        3 its its PRON PRP$ Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs 4 nmod:poss _ _
        4 airspace airspace NOUN NN Number=Sing 2 obj _ _
        5 to to ADP IN _ 7 case _ _
        6 Russian Russian ADJ JJ Degree=Pos 7 amod _ _
        7 planes plane NOUN NNS Number=Plur 2 obl _ SpaceAfter=No
        8 . . PUNCT . _ 2 punct _ _

        # sent_id = gold-2
        # text = Poland didn't sign the agreement.
        1 Poland Poland PROPN NNP Number=Sing 4 nsubj _ _
        2-3 didn't _ _ _ _ _ _ _ _
        2 did do AUX VBD Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 4 aux _ _
        3 n't not PART RB Polarity=Neg 4 advmod _ _
        4 sign sign VERB VB VerbForm=Inf 0 root _ _
        5 the the DET DT Definite=Def|PronType=Art 6 det _ _
        6 agreement agreement NOUN NN Number=Sing 4 obj _ SpaceAfter=No
        7 . . PUNCT . _ 4 punct _ _

        # sent_id = gold-3
        # text = The talks were held in Geneva on Monday.
        1 The the DET DT Definite=Def|PronType=Art 2 det _ _
        2 talks talk NOUN NNS Number=Plur 4 nsubj:pass _ _
        3 were be AUX VBD Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin 4 aux:pass _ _
        4 held hold VERB VBN Tense=Past|VerbForm=Part|Voice=Pass 0 root _ _
        5 in in ADP IN _ 6 case _ _
        6 Geneva Geneva PROPN NNP Number=Sing 4 obl _ _
        7 on on ADP IN _ 8 case _ _
        8 Monday Monday PROPN NNP Number=Sing 4 obl _ SpaceAfter=No
        9 . . PUNCT . _ 4 punct _ _

        # sent_id = gold-4
        # text = Japan will send aid to Ukraine.
        1 Japan Japan PROPN NNP Number=Sing 3 nsubj _ _
        2 will will AUX MD VerbForm=Fin 3 aux _ _
        3 send send VERB VB VerbForm=Inf 0 root _ _
        4 aid aid NOUN NN Number=Sing 3 obj _ _
        5 to to ADP IN _ 6 case _ _
        6 Ukraine Ukraine PROPN NNP Number=Sing 3 obl _ SpaceAfter=No
        7 . . PUNCT . _ 3 punct _ _
        """);

    /// <summary>CoNLL-U written with single spaces between columns for readability: spaces become tabs on word lines.</summary>
    internal static string Conllu(string readable)
    {
        var sb = new StringBuilder();
        foreach (var line in readable.ReplaceLineEndings("\n").Split('\n'))
            sb.Append(line.StartsWith('#') ? line : line.Replace(' ', '\t')).Append('\n');
        return sb.Append('\n').ToString();
    }

    /// <summary>The shipped data folder copied without its model, so that a test can put its own model (or none) there.</summary>
    internal static string CopyDataWithoutModel(TempFolder tmp)
    {
        var from = Path.Combine(AppContext.BaseDirectory, "data");
        var to = tmp.File("data");
        foreach (var f in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(from, f);
            if (rel.StartsWith("models", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, rel))!);
            File.Copy(f, Path.Combine(to, rel));
        }
        Directory.CreateDirectory(Path.Combine(to, "models"));
        return to;
    }

    private static string LastLine(string stdout) => stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];

    private sealed record Block(string SentId, string Text, List<string[]> Words, List<string[]> Ranges);

    private static List<Block> Blocks(string conllu)
    {
        var blocks = new List<Block>();
        foreach (var chunk in conllu.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lines = chunk.Split('\n');
            string? id = null, text = null;
            var words = new List<string[]>();
            var ranges = new List<string[]>();
            foreach (var line in lines)
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line[12..];
                else if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
                else if (line.StartsWith('#')) continue;
                else
                {
                    var cols = line.Split('\t');
                    Assert.True(cols.Length == 10, $"expected 10 columns: '{line}'");
                    (cols[0].Contains('-') ? ranges : words).Add(cols);
                }
            }
            Assert.True(id != null, "sentence block without # sent_id:\n" + chunk);
            Assert.True(text != null, "sentence block without # text:\n" + chunk);
            blocks.Add(new Block(id!, text!, words, ranges));
        }
        return blocks;
    }

    /// <summary>The sentence rebuilt from the word forms, range forms standing for their words, spaced as MISC says.</summary>
    private static string Rebuild(Block b)
    {
        var sb = new StringBuilder();
        for (int i = 1; i <= b.Words.Count; i++)
        {
            var range = b.Ranges.FirstOrDefault(r => int.Parse(r[0].Split('-')[0]) == i);
            string[] cols = range ?? b.Words[i - 1];
            sb.Append(cols[1]);
            if (!cols[9].Contains("SpaceAfter=No")) sb.Append(' ');
            if (range != null) i = int.Parse(range[0].Split('-')[1]);
        }
        return sb.ToString().TrimEnd();
    }

    [Fact]
    public void Parse_WritesConllu_MarkdownArticle()
    {
        var article = _tmp.Write("drones.md", FrontMatter + Body);
        var (code, stdout, stderr) = EntenteProcess.Run(_tmp.Path, "parse", article);
        Assert.True(code == 0, stderr);

        var blocks = Blocks(stdout);
        Assert.Equal(5, blocks.Count); // heading + four sentences
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"drones.md#{i}"), blocks.Select(b => Path.GetFileName(b.SentId)));
        Assert.Equal("Drones for Moscow", blocks[0].Text);
        Assert.Equal("Officials in Tehran didn't deny the deliveries.", blocks[2].Text);
        foreach (var b in blocks)
        {
            for (int i = 0; i < b.Words.Count; i++) Assert.Equal((i + 1).ToString(), b.Words[i][0]);
            var heads = b.Words.Select(w => int.Parse(w[6])).ToList();
            Assert.All(heads, h => Assert.InRange(h, 0, b.Words.Count));
            Assert.Single(heads, h => h == 0);
            Assert.Equal("root", b.Words[heads.IndexOf(0)][7]);
            Assert.All(b.Words, w => Assert.NotEqual("_", w[3])); // every word tagged
            Assert.All(b.Words, w => Assert.NotEqual("_", w[7]));
            for (int i = 0; i < heads.Count; i++) Assert.NotEqual(i + 1, heads[i]); // no word heads itself
            Assert.Equal(b.Text, Rebuild(b));
        }

        // the contraction is one multiword token with its two syntactic words
        var range = Assert.Single(blocks[2].Ranges);
        Assert.Equal(["4-5", "didn't"], range[..2]);
        Assert.Equal(["did", "n't"], blocks[2].Words.Skip(3).Take(2).Select(w => w[1]));
        Assert.Equal("not", blocks[2].Words[4][2]);
        // and so is the possessive
        Assert.Equal(["1-2", "Russia's"], Assert.Single(blocks[4].Ranges)[..2]);
    }

    [Fact]
    public void Parse_WritesJsonWithOffsets_MarkdownArticle()
    {
        var article = _tmp.Write("drones.md", FrontMatter + Body);
        var (code, stdout, stderr) = EntenteProcess.Run(_tmp.Path, "parse", article, "--format", "json");
        Assert.True(code == 0, stderr);

        using var json = JsonDocument.Parse(stdout);
        var doc = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        var sentences = doc.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(5, sentences.Count);
        int words = 0;
        foreach (var s in sentences)
        {
            Assert.True(s.GetProperty("parsed").GetBoolean());
            var tokens = s.GetProperty("tokens").EnumerateArray().ToList();
            Assert.NotEmpty(tokens);
            int roots = 0;
            foreach (var t in tokens)
            {
                int start = t.GetProperty("start").GetInt32(), end = t.GetProperty("end").GetInt32();
                // offsets point into the article's text (the body after the front matter; Markdown marks are blanked, not removed)
                Assert.Equal(Body[start..end], t.GetProperty("text").GetString());
                Assert.InRange(start, s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32());
                Assert.False(string.IsNullOrEmpty(t.GetProperty("upos").GetString()));
                Assert.False(string.IsNullOrEmpty(t.GetProperty("lemma").GetString()));
                Assert.False(string.IsNullOrEmpty(t.GetProperty("deprel").GetString()));
                int head = t.GetProperty("head").GetInt32();
                Assert.InRange(head, 0, tokens.Count);
                if (head == 0) roots++;
                words++;
            }
            Assert.Equal(1, roots);
        }
        Assert.Equal(3 + 8 + 9 + 10 + 9, words); // "didn't" and "Russia's" are two tokens each
        var nt = sentences[2].GetProperty("tokens").EnumerateArray().Single(t => t.GetProperty("text").GetString() == "n't");
        Assert.Equal("not", nt.GetProperty("lemma").GetString());
        Assert.Equal("PART", nt.GetProperty("upos").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parse_PrintsScoresLine_WhenEvalGivenGold(bool gzip)
    {
        var gold = _tmp.Write("gold.conllu", Gold);
        if (gzip)
        {
            using (var gz = new GZipStream(File.Create(gold + ".gz"), CompressionLevel.Fastest))
                gz.Write(Encoding.UTF8.GetBytes(Gold));
            File.Delete(gold);
            gold += ".gz";
        }
        var (code, stdout, stderr) = EntenteProcess.Run(_tmp.Path, "parse", "--eval", gold);
        Assert.True(code == 0, stderr);
        var last = LastLine(stdout);
        Assert.Matches(ScoresPattern, last);
        Assert.EndsWith(" sentences=4 tokens=31", last);
        var scores = Regex.Matches(last, @"([A-Z]+)=(\d+\.\d\d)").ToDictionary(m => m.Groups[1].Value, m => double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(scores.Values, v => Assert.InRange(v, 0, 100));
        Assert.True(scores["LAS"] <= scores["UAS"], last);
        // simple news sentences: the shipped model gets nearly all of them
        Assert.True(scores["UPOS"] >= 90 && scores["UAS"] >= 75, last);
    }

    [Fact]
    public void Parse_ScoresEveryGoldFile_EvalRepeated()
    {
        var one = _tmp.Write("one.conllu", Gold);
        var two = _tmp.Write("two.conllu", Gold);

        var (code, stdout, stderr) = EntenteProcess.Run(_tmp.Path, "parse", "--eval", one, "--eval", two);

        Assert.True(code == 0, stderr);
        Assert.EndsWith(" sentences=8 tokens=62", LastLine(stdout));
    }

    [Fact]
    public void Parse_RefusesArticlesBesideEval_SecondGoldWithoutOption()
    {
        var one = _tmp.Write("one.conllu", Gold);
        var two = _tmp.Write("two.conllu", Gold);

        var (code, _, stderr) = EntenteProcess.Run(_tmp.Path, "parse", "--eval", one, two);

        Assert.Equal(2, code);
        Assert.Contains("two.conllu", stderr);
        Assert.Contains("--eval once per gold file", stderr);
    }

    [Fact]
    public void Parse_OutputScoresFullMarksAsGold_MarkdownArticle()
    {
        var article = _tmp.Write("drones.md", FrontMatter + Body);
        var parsed = EntenteProcess.Run(_tmp.Path, "parse", article);
        Assert.True(parsed.Code == 0, parsed.Err);
        var conllu = _tmp.Write("drones.conllu", parsed.Out);
        // the written CoNLL-U is valid input, and the same model on the same words gives the same analysis
        var (code, stdout, stderr) = EntenteProcess.Run(_tmp.Path, "parse", "--eval", conllu);
        Assert.True(code == 0, stderr);
        Assert.Equal("UPOS=100.00 XPOS=100.00 LEMMA=100.00 UAS=100.00 LAS=100.00 sentences=5 tokens=39", LastLine(stdout));
    }

    [Fact]
    public void Parse_OutputRereadsAsGold_WhenArticleHasEmoji()
    {
        var article = _tmp.Write("emoji.md", "Iran sent drones \U0001F680 to Russia last year.\n");
        var parsed = EntenteProcess.Run(_tmp.Path, "parse", article);
        Assert.True(parsed.Code == 0, parsed.Err);
        Assert.DoesNotContain('\uFFFD', parsed.Out);
        Assert.Contains("\t\U0001F680\t", parsed.Out);
        var conllu = _tmp.Write("emoji.conllu", parsed.Out);
        var (code, stdout, stderr) = EntenteProcess.Run(_tmp.Path, "parse", "--eval", conllu);
        Assert.True(code == 0, stderr);
        Assert.EndsWith("sentences=1 tokens=9", LastLine(stdout));
    }

    [Fact]
    public void Parse_WritesPredictionsAsConllu_WhenEvalGivenPredictions()
    {
        var gold = _tmp.Write("gold.conllu", Gold);
        var predictions = _tmp.File("predicted.conllu");
        var (code, _, stderr) = EntenteProcess.Run(_tmp.Path, "parse", "--eval", gold, "--predictions", predictions);
        Assert.True(code == 0, stderr);
        var predicted = Entente.Syntax.Conllu.ConlluReader.ReadFile(predictions).ToList();
        var expected = Entente.Syntax.Conllu.ConlluReader.Read(new StringReader(Gold)).ToList();
        Assert.Equal(expected.Select(s => s.Id), predicted.Select(s => s.Id));
        Assert.Equal(expected.SelectMany(s => s.Words).Select(w => w.Form), predicted.SelectMany(s => s.Words).Select(w => w.Form));
        Assert.Equal(expected.SelectMany(s => s.Ranges), predicted.SelectMany(s => s.Ranges)); // "didn't" kept
        Assert.All(predicted, s => Assert.Single(s.Words, w => w.Head == 0));
    }

    [Fact]
    public void Parse_ExitsTwoNamingFileAndLine_WhenGoldIsMalformed()
    {
        // line 4 has nine columns (MISC missing)
        var bad = _tmp.Write("bad.conllu", "# sent_id = b-1\n# text = Iran protested.\n1\tIran\tIran\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_\n2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\n\n");
        var (code, stdout, stderr) = EntenteProcess.Run(_tmp.Path, "parse", "--eval", bad);
        Assert.Equal(2, code);
        Assert.Contains("bad.conllu:4", stderr);
        Assert.Contains("10 tab-separated columns", stderr);
        Assert.DoesNotContain("internal error", stderr);
        Assert.DoesNotMatch(new Regex(ScoresPattern, RegexOptions.Multiline), stdout);
    }

    [Fact]
    public void Parse_ExitsOneNamingFile_WhenAnInputIsMissing()
    {
        var good = _tmp.Write("good.md", Body);
        var (code, stdout, stderr) = EntenteProcess.Run(_tmp.Path, "parse", "missing-article.md", good);
        Assert.Equal(1, code);
        Assert.Contains("missing-article.md", stderr);
        Assert.DoesNotContain("internal error", stderr);
        // the rest of the work continues: the good file is parsed
        Assert.Contains("good.md#2", stdout);
        Assert.Contains("# text = Iran sent drones to Russia last year.", stdout);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("tsv")]
    public void Parse_ExitsWithHint_WhenFormatIsUnknown(string format)
    {
        var article = _tmp.Write("a.md", Body);
        var (code, stdout, stderr) = EntenteProcess.Run(_tmp.Path, "parse", article, "--format", format);
        Assert.NotEqual(0, code);
        Assert.Contains($"--format '{format}' is unknown", stderr);
        Assert.Contains("hint: conllu or json", stderr);
        Assert.Equal("", stdout.Trim());
    }

    [Fact]
    public void Parse_ExitsWithHint_WhenNothingToParse()
    {
        var (code, _, stderr) = EntenteProcess.Run(_tmp.Path, "parse");
        Assert.NotEqual(0, code);
        Assert.Contains("nothing to parse", stderr);
        Assert.Contains("hint:", stderr);
    }

    [Fact]
    public void Parse_UsesShippedModel_WhenDataFolderHasNone()
    {
        var data = CopyDataWithoutModel(_tmp);
        var gold = _tmp.Write("gold.conllu", Gold);
        var shipped = EntenteProcess.Run(_tmp.Path, "parse", "--eval", gold);
        var custom = EntenteProcess.Run(_tmp.Path, "parse", "--eval", gold, "--data", data);
        Assert.True(custom.Code == 0, custom.Err);
        Assert.Equal(LastLine(shipped.Out), LastLine(custom.Out));
    }

    [Fact]
    public void Parse_ExitsTwoNamingTheModel_WhenDataModelIsUnreadable()
    {
        var data = CopyDataWithoutModel(_tmp);
        File.WriteAllText(Path.Combine(data, "models", "en-syntax.bin.gz"), "not a model");
        var article = _tmp.Write("a.md", Body);
        var (code, stdout, stderr) = EntenteProcess.Run(_tmp.Path, "parse", article, "--data", data);
        Assert.Equal(2, code);
        Assert.Contains(Path.Combine("models", "en-syntax.bin.gz"), stderr);
        Assert.Contains("hint:", stderr);
        Assert.DoesNotContain("internal error", stderr);
        Assert.Equal("", stdout.Trim());
    }
}

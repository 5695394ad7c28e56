using System.Text;
using System.Text.Json;
using Entente.Core.Output;
using Entente.Core.Text;
using Entente.Syntax.Conllu;

namespace Entente.Core.Tests.Output;

/// <summary>The syntax of a <see cref="Doc"/> written as CoNLL-U and JSON: read back, it is the same words, tags, heads and offsets.</summary>
public class SyntaxWritersTests
{
    private static readonly Lazy<SyntaxAnnotator> Shared = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax));

    private const string Article =
        "Officials in Warsaw said they don't expect a deal soon. Russia's navy blocked the port (again) on Tuesday.\n" +
        "Ukraine's allies say they can't.";

    private static Doc Annotated(string text, bool[]? selected = null)
    {
        var doc = SentenceSplitter.Default.Split(text);
        Shared.Value.Annotate(doc, selected);
        return doc;
    }

    private static string Conllu(Doc doc, string id = "doc-1")
    {
        var w = new StringWriter { NewLine = "\n" };
        ConlluDocWriter.Write(w, doc, id);
        return w.ToString();
    }

    private static JsonElement Json(Doc doc, string path = "doc-1")
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer)) SyntaxJsonWriter.Write(w, doc, path);
        return JsonDocument.Parse(buffer.ToArray()).RootElement;
    }

    [Fact]
    public void ConlluDocWriter_RereadsAsTheSameWordsAndHeads_ParsedDoc()
    {
        var doc = Annotated(Article);
        var sentences = ConlluReader.Read(new StringReader(Conllu(doc))).ToList();
        Assert.Equal(doc.Sentences.Count, sentences.Count);
        foreach (var (s, read) in doc.Sentences.Zip(sentences))
        {
            Assert.Equal($"doc-1#{s.Index + 1}", read.Id);
            Assert.Equal(doc.Text[s.Start..s.End].Replace('\n', ' '), read.Text);
            Assert.Equal(s.TokenCount, read.Words.Count);
            for (int k = 0; k < s.TokenCount; k++)
            {
                var t = doc.Tokens[s.FirstToken + k];
                var w = read.Words[k];
                Assert.Equal(doc.Surface(s.FirstToken + k).ToString(), w.Form);
                Assert.Equal(t.Upos.ToString(), w.Upos);
                Assert.Equal(t.Xpos, w.Xpos);
                Assert.Equal(t.Lemma, w.Lemma);
                Assert.Equal(t.FeatsText, w.Feats);
                Assert.Equal(t.Deprel, w.Deprel);
                Assert.Equal(t.IsRoot ? 0 : t.Head - s.FirstToken + 1, w.Head);
                // SpaceAfter from the offsets (inside a multiword token CoNLL-U says nothing: the range line carries it)
                int i = s.FirstToken + k;
                bool spaceAfter = i + 1 >= doc.TokenCount || doc.Tokens[i + 1].Start > t.End;
                if (!t.JoinedToNext) Assert.Equal(spaceAfter, w.SpaceAfter);
                else Assert.False(spaceAfter);
            }
        }
    }

    [Fact]
    public void ConlluDocWriter_WritesRangeLines_ForContractionsAndPossessives()
    {
        var doc = Annotated(Article);
        var text = Conllu(doc);
        var lines = text.Split('\n');
        Assert.Contains("6-7\tdon't\t_\t_\t_\t_\t_\t_\t_\t_", lines);
        Assert.Contains("1-2\tRussia's\t_\t_\t_\t_\t_\t_\t_\t_", lines);
        Assert.Contains("1-2\tUkraine's\t_\t_\t_\t_\t_\t_\t_\t_", lines);
        Assert.Contains("6-7\tcan't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No", lines); // "can't." — no space before the full stop
        // the range line comes right before its first word
        int range = Array.IndexOf(lines, "6-7\tdon't\t_\t_\t_\t_\t_\t_\t_\t_");
        Assert.StartsWith("6\tdo\tdo\tAUX\t", lines[range + 1]);
        Assert.StartsWith("7\tn't\tnot\tPART\t", lines[range + 2]);
        // read back: the ranges are there, and the words inside one touch
        var sentences = ConlluReader.Read(new StringReader(text)).ToList();
        Assert.Equal(new ConlluRange(6, 7, "don't", true), Assert.Single(sentences[0].Ranges));
        Assert.Equal(new ConlluRange(6, 7, "can't", false), sentences[2].Ranges[^1]);
        Assert.Equal(["ca", "n't"], sentences[2].Words.Skip(5).Take(2).Select(w => w.Form));
        Assert.False(sentences[2].Words[6].SpaceAfter);
    }

    [Fact]
    public void ConlluDocWriter_WritesUnderscoreHeads_WhenSentenceIsNotParsed()
    {
        var doc = Annotated(Article, [true, false, true]);
        var sentences = ConlluReader.Read(new StringReader(Conllu(doc))).ToList();
        Assert.Equal(3, sentences.Count);
        var skipped = sentences[1];
        Assert.All(skipped.Words, w => Assert.Equal((-1, "_", "_", "_"), (w.Head, w.Deprel, w.Upos, w.Lemma)));
        Assert.Equal(doc.Sentences[1].TokenCount, skipped.Words.Count);
        Assert.Single(skipped.Ranges); // "Russia's" is still one multiword token
        Assert.All(sentences[0].Words, w => Assert.InRange(w.Head, 0, sentences[0].Words.Count));
        Assert.Single(sentences[2].Words, w => w.Head == 0);

        var lines = Conllu(doc).Split('\n').Where(l => l.StartsWith("3\tnavy\t", StringComparison.Ordinal));
        Assert.Equal("3\tnavy\t_\t_\t_\t_\t_\t_\t_\t_", Assert.Single(lines));
    }

    [Fact]
    public void ConlluDocWriter_WritesTagsAndUnderscoreHeads_WhenSentenceIsTaggedButTooLong()
    {
        int words = Shared.Value.Model.MaxParseWords + 20;
        var doc = SentenceSplitter.Default.Split("Iran sent drones to Russia. Officials counted " + string.Join(' ', Enumerable.Repeat("drones", words)) + ".");
        Assert.Single(Shared.Value.Annotate(doc));
        var sentences = ConlluReader.Read(new StringReader(Conllu(doc))).ToList();
        Assert.Single(sentences[0].Words, w => w.Head == 0);
        Assert.All(sentences[1].Words, w => Assert.Equal((-1, "_"), (w.Head, w.Deprel)));
        Assert.All(sentences[1].Words, w => Assert.NotEqual("_", w.Upos));
        Assert.Equal("drone", sentences[1].Words[2].Lemma);
    }

    [Fact]
    public void ConlluDocWriter_WritesOneLineComments_WhenSentenceSpansLines()
    {
        // a hard-wrapped report with Windows line ends: sentences run across lines
        const string wrapped =
            "Russia's navy blocked the port of Odesa on Tuesday, officials in Kyiv\r\n" +
            "said, and three grain ships that had been waiting near the coast were\r\n" +
            "turned back. The ministry in Moscow did not comment on the report, and\r\n" +
            "a spokesman for the Turkish government said Ankara was ready to talk\r\n" +
            "with both sides about a new corridor for the ships. Grain prices rose\r\n" +
            "sharply in Chicago after the news, traders said, and insurers raised\r\n" +
            "the cost of cover for vessels sailing in the Black Sea region.\r\n";
        var doc = Annotated(wrapped);
        var text = Conllu(doc, "a.md");
        Assert.Contains("# sent_id = a.md#1\n# text = Russia's navy blocked the port of Odesa on Tuesday, officials in Kyiv said, " +
            "and three grain ships that had been waiting near the coast were turned back.\n", text);
        Assert.DoesNotContain('\r', text);
        var sentences = ConlluReader.Read(new StringReader(text)).ToList();
        Assert.Equal(doc.Sentences.Count, sentences.Count);
        Assert.Equal(3, sentences.Count);
        Assert.All(sentences, s => Assert.DoesNotContain('\n', s.Text!));
    }

    [Fact]
    public void ConlluDocWriter_KeepsTenColumns_WhenTextHasTabs()
    {
        var doc = Annotated("NATO\tobjected\tstrongly.");
        var text = Conllu(doc);
        Assert.All(text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')), l => Assert.Equal(10, l.Split('\t').Length));
        Assert.Equal(["NATO", "objected", "strongly", "."], Assert.Single(ConlluReader.Read(new StringReader(text))).Words.Select(w => w.Form));
    }

    [Fact]
    public void ConlluDocWriter_WritesNothing_WhenDocIsEmpty()
    {
        Assert.Equal("", Conllu(SentenceSplitter.Default.Split("")));
        Assert.Equal("", Conllu(SentenceSplitter.Default.Split("  \n\n ")));
    }

    [Fact]
    public void ConlluDocWriter_WritesWellFormedText_WhenArticleHasEmoji()
    {
        var doc = Annotated("Iran sent drones \U0001F680 to Russia.");
        var text = Conllu(doc);
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(text); // throws on a lone surrogate
        var read = Assert.Single(ConlluReader.Read(new StringReader(text)));
        Assert.Contains(read.Words, w => w.Form == "\U0001F680");
        Assert.Equal(7, read.Words.Count);
    }

    [Fact]
    public void SyntaxJsonWriter_WritesOffsetsIntoTheText_ParsedDoc()
    {
        var doc = Annotated(Article, [true, false, true]);
        var root = Json(doc, "a.md");
        Assert.Equal("a.md", root.GetProperty("path").GetString());
        var sentences = root.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(doc.Sentences.Count, sentences.Count);
        foreach (var (s, js) in doc.Sentences.Zip(sentences))
        {
            Assert.Equal(s.Index, js.GetProperty("index").GetInt32());
            Assert.Equal(s.Start, js.GetProperty("start").GetInt32());
            Assert.Equal(s.End, js.GetProperty("end").GetInt32());
            Assert.Equal(doc.IsParsed(s), js.GetProperty("parsed").GetBoolean());
            var tokens = js.GetProperty("tokens").EnumerateArray().ToList();
            Assert.Equal(s.TokenCount, tokens.Count);
            for (int k = 0; k < tokens.Count; k++)
            {
                var t = tokens[k];
                var token = doc.Tokens[s.FirstToken + k];
                Assert.Equal(k + 1, t.GetProperty("id").GetInt32());
                int start = t.GetProperty("start").GetInt32(), end = t.GetProperty("end").GetInt32();
                Assert.Equal((token.Start, token.End), (start, end));
                Assert.Equal(doc.Text[start..end], t.GetProperty("text").GetString());
                if (doc.IsParsed(s))
                {
                    Assert.Equal(token.Upos.ToString(), t.GetProperty("upos").GetString());
                    Assert.Equal(token.Lemma, t.GetProperty("lemma").GetString());
                    Assert.Equal(token.Deprel, t.GetProperty("deprel").GetString());
                    Assert.Equal(token.IsRoot ? 0 : token.Head - s.FirstToken + 1, t.GetProperty("head").GetInt32());
                }
                else
                {
                    Assert.Equal(JsonValueKind.Null, t.GetProperty("upos").ValueKind);
                    Assert.Equal(JsonValueKind.Null, t.GetProperty("head").ValueKind);
                    Assert.Equal(JsonValueKind.Null, t.GetProperty("deprel").ValueKind);
                }
            }
        }
        var nt = sentences[0].GetProperty("tokens").EnumerateArray().Single(t => t.GetProperty("text").GetString() == "n't");
        Assert.Equal("Polarity=Neg", nt.GetProperty("feats").GetString());
    }

    [Fact]
    public void SyntaxJsonWriter_KeepsOffsets_WhenTextHasCurlyQuotesAndAccents()
    {
        const string text = "Türkiye\u2019s envoy called the plan \u201Cunacceptable\u201D in Zürich.";
        var doc = Annotated(text);
        var tokens = Json(doc).GetProperty("sentences")[0].GetProperty("tokens").EnumerateArray().ToList();
        Assert.All(tokens, t => Assert.Equal(text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()], t.GetProperty("text").GetString()));
        Assert.Contains(tokens, t => t.GetProperty("text").GetString() == "\u2019s" && t.GetProperty("lemma").GetString() == "'s");
        Assert.Contains(tokens, t => t.GetProperty("text").GetString() == "Zürich" && t.GetProperty("upos").GetString() == "PROPN");
    }
}

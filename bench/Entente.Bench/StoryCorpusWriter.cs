using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Entente.Bench;

/// <summary>Writes a <see cref="StoryCorpus"/>: articles as JSONL or .txt files with front matter, and the ground truth as TSV.</summary>
internal static class StoryCorpusWriter
{
    public const string TruthHeader =
        "article_id\tline\turl\tpublished\toutlet\toutlet_kind\tstart\tend\tstory_id\tkind\tcameo_root\tsource\ttarget\ttrue_date\trole\tis_denial\tis_wire_copy\ttemplate\tsentence";

    public const string StoriesHeader =
        "story_id\tthread\tkind\tcameo_root\tsource\ttarget\ttrue_date\tequipment\tquantity\tdenied\toutlets_reporting\tsentences\tarticles";

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>One JSON object per line: id, title, published, outlet, url, text (fields <c>JsonlReader</c> reads; <c>id</c> is ignored by it).</summary>
    public static string WriteJsonl(StoryCorpus corpus, string folder)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "articles.jsonl");
        using var stream = File.Create(path);
        foreach (var a in corpus.Articles)
        {
            using (var w = new Utf8JsonWriter(stream))
            {
                w.WriteStartObject();
                w.WriteString("id", a.Id);
                w.WriteString("title", a.Title);
                w.WriteString("published", Iso(a.Published));
                w.WriteString("outlet", a.Outlet.Name);
                w.WriteString("url", a.Url);
                w.WriteString("text", a.Text);
                w.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
        }
        return path;
    }

    /// <summary>One <c>articles/ID.txt</c> per article with front matter title, published, outlet, url.</summary>
    public static string WriteText(StoryCorpus corpus, string folder)
    {
        string dir = Path.Combine(folder, "articles");
        Directory.CreateDirectory(dir);
        foreach (var a in corpus.Articles)
        {
            using var w = new StreamWriter(Path.Combine(dir, a.Id + ".txt"), false, Utf8);
            w.Write("---\ntitle: \"");
            w.Write(a.Title.Replace("\"", "'"));
            w.Write("\"\npublished: ");
            w.Write(Iso(a.Published));
            w.Write("\noutlet: ");
            w.Write(a.Outlet.Name);
            w.Write("\nurl: ");
            w.Write(a.Url);
            w.Write("\n---\n");
            w.Write(a.Text);
        }
        return dir;
    }

    /// <summary>truth.tsv: one row per story sentence (offsets are into the article body, i.e. after any front matter).</summary>
    public static string WriteTruth(StoryCorpus corpus, string folder)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "truth.tsv");
        using var w = new StreamWriter(path, false, Utf8);
        w.Write(TruthHeader);
        w.Write('\n');
        foreach (var m in corpus.Mentions)
        {
            var s = m.Story;
            w.Write(string.Join('\t',
                m.ArticleId, Int(m.Line), m.Url, Iso(m.Published), m.Outlet.Name, m.Outlet.Kind, Int(m.Start), Int(m.End),
                Int(s.Id), StoryKinds.Slug(s.Kind), s.CameoRoot, s.Source.Code, s.Target.Code, Iso(s.Date), m.Role,
                m.IsDenial ? "1" : "0", m.IsWireCopy ? "1" : "0", m.Template, Clean(m.Text)));
            w.Write('\n');
        }
        return path;
    }

    /// <summary>stories.tsv: the true events, with how many outlets carried each as news and how many story sentences and articles mention it.</summary>
    public static string WriteStories(StoryCorpus corpus, string folder)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "stories.tsv");
        var sentences = corpus.Mentions.GroupBy(m => m.Story.Id).ToDictionary(g => g.Key, g => (g.Count(), g.Select(m => m.ArticleId).Distinct().Count()));
        using var w = new StreamWriter(path, false, Utf8);
        w.Write(StoriesHeader);
        w.Write('\n');
        foreach (var s in corpus.Stories)
        {
            var (n, arts) = sentences.GetValueOrDefault(s.Id);
            bool armed = s.Kind is StoryKind.ArmsDelivery or StoryKind.Strike;
            w.Write(string.Join('\t',
                Int(s.Id), Int(s.Thread), StoryKinds.Slug(s.Kind), s.CameoRoot, s.Source.Code, s.Target.Code, Iso(s.Date),
                armed ? s.Equipment : "", armed || s.Kind is StoryKind.Sanctions or StoryKind.AidPledge ? Int(s.Quantity) : "",
                s.Denied ? "1" : "0", Int(corpus.OutletsReporting[s.Id - 1]), Int(n), Int(arts)));
            w.Write('\n');
        }
        return path;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);
    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}

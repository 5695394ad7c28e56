using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Entente.Bench;

/// <summary>One generated article: metadata plus body text.</summary>
internal sealed record GeneratedDocument(string Name, string Title, DateOnly Published, string Outlet, string Text);

/// <summary>Settings of the generator: seed, total size and mean document size (bytes of UTF-8 body text).</summary>
internal sealed record CorpusOptions(int Seed = 42, long TotalBytes = 50L * 1024 * 1024, int DocumentBytes = 6 * 1024);

/// <summary>
/// Deterministic generator of news-like English articles about relations between states, written from the templates below.
/// About one sentence in five carries an event (meetings, deliveries, strikes, sanctions, accusations, appeals, agreements),
/// some reported, denied, negated, planned or hedged; the rest are background, statistics and opinion with no event.
/// A quarter of the sentences carry a parenthetical citation "(Outlet, Month Day, Year)". The same seed gives the same corpus.
/// </summary>
internal sealed class CorpusGenerator
{
    private readonly CorpusOptions _options;

    public CorpusGenerator(CorpusOptions options) { _options = options; }

    /// <summary>Documents until <see cref="CorpusOptions.TotalBytes"/> of body text have been produced.</summary>
    public IEnumerable<GeneratedDocument> Documents()
    {
        var rng = new Random(_options.Seed);
        long produced = 0;
        int index = 0;
        var sb = new StringBuilder(_options.DocumentBytes * 2);
        while (produced < _options.TotalBytes)
        {
            var doc = Article(rng, sb, index++, (int)Math.Min(_options.TotalBytes - produced + 200, Jitter(rng, _options.DocumentBytes)));
            produced += Encoding.UTF8.GetByteCount(doc.Text);
            yield return doc;
        }
    }

    /// <summary>Writes one .txt file per document with YAML front matter (title, published, outlet). Returns the paths.</summary>
    public List<string> WriteTextFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var d in Documents())
        {
            var path = Path.Combine(folder, d.Name + ".txt");
            using var w = new StreamWriter(path, false, new UTF8Encoding(false));
            w.Write("---\ntitle: \"");
            w.Write(d.Title.Replace("\"", "'"));
            w.Write("\"\npublished: ");
            w.Write(d.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.Write("\noutlet: ");
            w.Write(d.Outlet);
            w.Write("\n---\n");
            w.Write(d.Text);
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>Writes all documents as one JSONL file (fields text, title, published, outlet).</summary>
    public int WriteJsonl(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        int n = 0;
        foreach (var d in Documents())
        {
            using (var w = new Utf8JsonWriter(stream))
            {
                w.WriteStartObject();
                w.WriteString("title", d.Title);
                w.WriteString("published", d.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("outlet", d.Outlet);
                w.WriteString("text", d.Text);
                w.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
            n++;
        }
        return n;
    }

    /// <summary>Writes all documents into one large .txt file (no front matter): title line, blank line, body, blank line.</summary>
    public long WriteSingleFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        foreach (var d in Documents())
        {
            w.Write(d.Title);
            w.Write("\n\n");
            w.Write(d.Text);
            w.Write("\n");
        }
        w.Flush();
        return w.BaseStream.Length;
    }

    private static int Jitter(Random rng, int mean) => Math.Max(600, (int)(mean * (0.5 + rng.NextDouble())));

    private static GeneratedDocument Article(Random rng, StringBuilder sb, int index, int targetBytes)
    {
        sb.Clear();
        var published = new DateOnly(2023, 1, 1).AddDays(rng.Next(0, 3 * 365));
        var ctx = new Context(rng, published);
        var outlet = Pick(rng, Vocabulary.Outlets);
        string title = ctx.Title();
        while (sb.Length < targetBytes)
        {
            int sentences = 2 + rng.Next(4);
            for (int k = 0; k < sentences; k++)
            {
                if (k > 0) sb.Append(' ');
                sb.Append(ctx.Sentence());
            }
            sb.Append("\n\n");
        }
        return new GeneratedDocument($"doc{index:D6}", title, published, outlet, sb.ToString());
    }

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];

    /// <summary>The state of one article: its two main states (most sentences are about them) and its date.</summary>
    internal sealed class Context
    {
        private readonly Random _r;
        private readonly DateOnly _published;
        private readonly int _a, _b;

        public Context(Random rng, DateOnly published)
        {
            _r = rng;
            _published = published;
            _a = rng.Next(Vocabulary.States.Length);
            do _b = rng.Next(Vocabulary.States.Length); while (_b == _a);
        }

        /// <summary>A context about two given states (indices into <see cref="Vocabulary.States"/>), for other generators' filler.</summary>
        public Context(Random rng, DateOnly published, int a, int b)
        {
            _r = rng;
            _published = published;
            _a = a;
            _b = b == a ? (a + 1) % Vocabulary.States.Length : b;
        }

        /// <summary>One background sentence (no event template), capitalised and ending with a period; no citation.</summary>
        public string Filler() => Cap(BackgroundSentence()) + ".";

        public string Title() => _r.Next(3) switch
        {
            0 => $"{Cap(Vocabulary.States[_a].Name)} and {Vocabulary.States[_b].Name} deepen ties on {Topic()}",
            1 => $"How {Vocabulary.States[_a].Capital} views {Vocabulary.States[_b].Adjective} policy",
            _ => $"{Vocabulary.States[_a].Adjective} and {Vocabulary.States[_b].Adjective} officials trade accusations over {Topic()}",
        };

        // --- picks ---
        private int S() => _r.Next(10) switch { < 4 => _a, < 8 => _b, _ => _r.Next(Vocabulary.States.Length) };
        private int Other(int s) { int o = _r.Next(3) == 0 ? _r.Next(Vocabulary.States.Length) : (s == _a ? _b : _a); return o == s ? (s + 1) % Vocabulary.States.Length : o; }
        private string Name(int s) => Vocabulary.States[s].Name;
        private string Adj(int s) => Vocabulary.States[s].Adjective;
        private string Capital(int s) => Vocabulary.States[s].Capital;
        private string Subject(int s) => _r.Next(3) switch { 0 => Cap(Name(s)), 1 => Capital(s), _ => Official(s) };
        private string Object(int s) => _r.Next(2) == 0 ? Name(s) : Capital(s);
        private string Topic() => Pick(_r, Vocabulary.Topics);
        private string Place() => Pick(_r, Vocabulary.Places);
        private string Month() => Pick(_r, Vocabulary.Months);
        private int Year() => _published.Year - _r.Next(3);
        private int Number() => _r.Next(4) switch { 0 => 2 + _r.Next(10), 1 => 10 + _r.Next(90), 2 => 100 * (1 + _r.Next(20)), _ => 1000 + 500 * _r.Next(20) };

        private string Official(int s)
        {
            int start = _r.Next(Vocabulary.Officials.Length);
            for (int k = 0; k < Vocabulary.Officials.Length; k++)
            {
                var o = Vocabulary.Officials[(start + k) % Vocabulary.Officials.Length];
                if (o.State == s) return _r.Next(2) == 0 ? $"{Adj(s)} {o.Title} {o.Name}" : o.Name;
            }
            return $"the {Adj(s)} foreign ministry";
        }

        private (string Name, string Noun) Equipment(int origin)
        {
            int start = _r.Next(Vocabulary.Equipment.Length);
            for (int k = 0; k < 6; k++)
            {
                var e = Vocabulary.Equipment[(start + k) % Vocabulary.Equipment.Length];
                if (e.Origin == origin) return (e.Name, e.Noun);
            }
            var f = Vocabulary.Equipment[start];
            return (f.Name, f.Noun);
        }

        private string Date()
        {
            var d = _published.AddDays(-_r.Next(0, 400));
            return _r.Next(4) switch
            {
                0 => $"on {Vocabulary.Months[d.Month - 1]} {d.Day}",
                1 => $"in {Vocabulary.Months[d.Month - 1]} {d.Year}",
                2 => $"on {Vocabulary.Months[d.Month - 1]} {d.Day}, {d.Year}",
                _ => _r.Next(3) switch { 0 => "last week", 1 => "on Tuesday", _ => "earlier this month" },
            };
        }

        private string Citation()
        {
            var d = _published.AddDays(-_r.Next(0, 500));
            string one = d.Year == _published.Year && _r.Next(2) == 0
                ? $"{Pick(_r, Vocabulary.Outlets)}, {Vocabulary.Months[d.Month - 1]} {d.Day}"
                : $"{Pick(_r, Vocabulary.Outlets)}, {Vocabulary.Months[d.Month - 1]} {d.Day}, {d.Year}";
            if (_r.Next(4) != 0) return $" ({one})";
            var d2 = d.AddDays(-_r.Next(1, 30));
            return $" ({one}; {Pick(_r, Vocabulary.Outlets)}, {Vocabulary.Months[d2.Month - 1]} {d2.Day}, {d2.Year})";
        }

        /// <summary>One sentence, ending with a period; about 20% carry an event, 25% a citation.</summary>
        public string Sentence()
        {
            string body = _r.Next(100) < 20 ? EventSentence() : BackgroundSentence();
            body = Cap(body);
            if (_r.Next(4) == 0) body += Citation();
            return body + ".";
        }

        private string EventSentence()
        {
            int s = S(), t = Other(s);
            var (eq, noun) = Equipment(_r.Next(2) == 0 ? s : t);
            return _r.Next(20) switch
            {
                0 => $"{Official(s)} met {Official(t)} in {Capital(_r.Next(2) == 0 ? s : t)} {Date()} to discuss {Topic()}",
                1 => $"{Subject(s)} delivered {Number()} {eq} {noun} to {Object(t)} {Date()}",
                2 => $"{Cap(Capital(s))} has supplied {Name(t)} with {eq} {noun} since {Month()} {Year()}",
                3 => $"{Adj(s)} forces launched {Number()} {eq} {noun} at {Place()} overnight, the {Adj(t)} air force said",
                4 => $"{Subject(s)} condemned the {Adj(t)} strike on {Place()} and called it a violation of international law",
                5 => $"{Official(s)} accused {Object(t)} of supplying weapons to armed groups in the region",
                6 => $"{Cap(Name(s))} and {Name(t)} signed an agreement on {Topic()} {Date()}",
                7 => $"{Cap(Name(s))} imposed sanctions on {Number()} {Adj(t)} companies involved in {Topic()}",
                8 => $"{Official(s)} denied reports that {Object(s)} had sold {eq} {noun} to {Object(t)}",
                9 => $"{Cap(Name(s))} has not transferred any {eq} {noun} to {Name(t)}, officials in {Capital(s)} insisted",
                10 => $"{Official(s)} said {Date()} that {Capital(t)} had received more than {Number()} {eq} {noun} from {Capital(s)}",
                11 => $"{Cap(Name(s))} may seek to acquire {eq} {noun} from {Name(t)} in the coming months, analysts assess",
                12 => $"{Cap(Name(s))} plans to buy {Number()} {eq} {noun} from {Name(t)} by {Year() + 2}",
                13 => $"{Subject(s)} urged {Object(t)} to show restraint and to return to negotiations on {Topic()}",
                14 => $"{Subject(s)} threatened to retaliate if {Name(t)} deployed {eq} {noun} near its border",
                15 => $"{Cap(Name(s))} expelled {2 + _r.Next(12)} {Adj(t)} diplomats {Date()}",
                16 => $"{Official(s)} visited {Capital(t)} {Date()} for talks on {Topic()}",
                17 => $"\u201CWe will continue to support our partners,\u201D {Official(s)} told reporters in {Capital(t)}",
                18 => $"{Adj(s)} drones struck an oil depot in {Place()}, {Adj(t)} officials said {Date()}",
                _ => $"{Subject(s)} pledged humanitarian aid worth ${Number()} million to {Name(t)}",
            };
        }

        private string BackgroundSentence()
        {
            int s = S(), t = Other(s);
            return _r.Next(24) switch
            {
                0 => $"The two countries have cooperated on {Topic()} since the early {1990 + 10 * _r.Next(3)}s",
                1 => $"Trade between {Name(s)} and {Name(t)} reached ${1 + _r.Next(60)}.{_r.Next(10)} billion in {Year()}, up {1 + _r.Next(40)} percent from a year earlier",
                2 => "Such steps are unlikely to change the balance on the battlefield in the near term",
                3 => $"Analysts note that {Topic()} remains a sensitive issue for both sides",
                4 => $"The {Adj(s)} economy grew by {_r.Next(6)}.{_r.Next(10)} percent in {Year()}, according to official statistics",
                5 => "It is not clear how many of the systems are operational or where they are based",
                6 => "The region has long been a focus of competition between the major powers",
                7 => $"Public opinion in {Name(s)} remains divided on the question of {Topic()}",
                8 => "The war has displaced millions of people and damaged much of the country's infrastructure",
                9 => $"Historians point out that relations between the two capitals were strained for much of the twentieth century",
                10 => $"The report, published by a research centre in {Capital(s)}, runs to more than {Number()} pages",
                11 => $"In the view of many observers, the relationship is driven less by ideology than by shared isolation",
                12 => $"{Cap(Adj(s))} exports of oil averaged {1 + _r.Next(3)}.{_r.Next(10)} million barrels per day last year",
                13 => "This matters because supply chains for electronic components are hard to replace quickly",
                14 => $"The population of {Place()} was estimated at about {Number()} thousand before the war",
                15 => "Critics argue that the policy has produced few tangible results so far",
                16 => $"Much of the debate in {Capital(s)} concerns the cost of {Topic()} rather than its strategic value",
                17 => "The details of the arrangement have never been made public",
                18 => $"The {Adj(s)} currency lost about {5 + _r.Next(40)} percent of its value against the dollar over the period",
                19 => "Several factors explain this shift, and not all of them are economic",
                20 => $"The port of {Place()} handles a growing share of the traffic",
                21 => "Experts disagree about how durable the partnership will prove to be",
                22 => $"Officials in {Capital(s)} rarely comment on such matters in public",
                _ => $"The next round of consultations on {Topic()} is expected later this year",
            };
        }

        private static string Cap(string s) => s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }
}

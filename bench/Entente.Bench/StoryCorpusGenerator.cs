using System.Collections.Immutable;
using System.Text;

namespace Entente.Bench;

/// <summary>
/// Deterministic generator of a corpus in which the same real-world event is reported many times, with ground truth,
/// for benchmarking the corpus store and measuring how well it merges reports into events.
/// <list type="number">
/// <item>Draws <see cref="StoryOptions.Stories"/> true events ("stories"): kind, actor pair, true date in
/// <see cref="StoryOptions.FirstYear"/>..<see cref="StoryOptions.LastYear"/>, equipment and quantity; stories come in
/// threads with the same dyad and kind (most weeks apart, some 1–4 days apart) so that merging must separate them by date;
/// arms deliveries and strikes are sometimes denied by their source.</item>
/// <item>Each story is reported by k distinct outlets (k skewed: most 1, some 2–5, a few 10–40), 0–10 days after the event.
/// About a third of the later reports are wire copies of an earlier one (the whole article republished by another outlet,
/// the lead sentence identical or with one word changed). Denials come in separate articles, mostly from the denier's
/// state media.</item>
/// <item>Each article carries 2–6 story sentences (its lead story, sometimes repeated in other words, and older stories
/// recalled, preferably of the same dyad) among background filler from <see cref="CorpusGenerator"/>.</item>
/// </list>
/// The same options give the same corpus.
/// </summary>
internal sealed class StoryCorpusGenerator
{
    private static readonly (string From, string To)[] WireEdits =
    [
        ("delivered", "sent"), ("sent", "delivered"), ("shipped", "sent"), ("officials", "sources"), ("pledged", "promised"),
        ("condemned", "denounced"), ("criticised", "criticized"), ("struck", "hit"), ("launched", "fired"), ("talks", "consultations"),
        ("new", "fresh"), ("companies", "firms"), ("signed", "concluded"), ("batch", "consignment"),
    ];

    private readonly StoryOptions _options;

    public StoryCorpusGenerator(StoryOptions options)
    {
        if (options.Stories < 1) throw new ArgumentException($"--stories must be at least 1, got {options.Stories}");
        if (options.MaxReports < 1) throw new ArgumentException($"--max-reports must be at least 1, got {options.MaxReports}");
        if (options.LastYear < options.FirstYear) throw new ArgumentException($"the last year {options.LastYear} is before the first {options.FirstYear}");
        _options = options;
    }

    public StoryCorpus Generate()
    {
        var rng = new Random(_options.Seed);
        var stories = DrawStories(rng);
        var phrasing = new StoryPhrasing(rng, _options.HardPhrasings);
        var drafts = new List<Draft>();
        var byDyad = stories.GroupBy(s => Dyad(s)).ToDictionary(g => g.Key, g => g.ToArray());
        var byThread = stories.GroupBy(s => s.Thread).ToDictionary(g => g.Key, g => g.ToArray());
        var writer = new ArticleWriter(rng, phrasing, byDyad, byThread, _options.MinFiller, _options.MaxFiller);

        var outletCounts = new int[stories.Count];
        foreach (var story in stories)
        {
            int k = Math.Min(Math.Min(DrawReportCount(rng), _options.MaxReports), StoryVocabulary.Outlets.Length);
            outletCounts[story.Id - 1] = k;
            var outlets = DistinctOutlets(rng, k);
            var offsets = Enumerable.Range(0, k).Select(_ => DrawDelay(rng)).Order().ToArray();
            var reports = new List<Draft>(k);
            for (int i = 0; i < k; i++)
            {
                var published = story.Date.AddDays(offsets[i]);
                Draft d;
                if (i > 0 && rng.Next(3) == 0)
                {
                    var original = reports[rng.Next(reports.Count)];
                    d = original.WireCopy(outlets[i], original.Published.AddDays(rng.Next(2)), rng);
                }
                else
                {
                    var first = reports.Count > 0 ? reports[0] : null;
                    d = writer.Article(story, outlets[i], published, denial: false, cite: first is not null && rng.Next(10) < 3 ? first : null);
                }
                reports.Add(d);
            }
            drafts.AddRange(reports);
            if (story.Denied)
            {
                int n = 1 + (rng.Next(3) == 0 ? 1 : 0);
                for (int j = 0; j < n; j++)
                    drafts.Add(writer.Article(story, DenialOutlet(rng, story.Source), story.Date.AddDays(1 + rng.Next(10)), denial: true, cite: null));
            }
        }

        var ordered = drafts.Select((d, i) => (d, i)).OrderBy(x => x.d.Published).ThenBy(x => x.i).Select(x => x.d).ToList();
        var ids = new Dictionary<Draft, string>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < ordered.Count; i++) ids[ordered[i]] = $"s{i + 1:D6}";
        var articles = ImmutableArray.CreateBuilder<StoryArticle>(ordered.Count);
        var mentions = ImmutableArray.CreateBuilder<StoryMention>();
        for (int i = 0; i < ordered.Count; i++)
        {
            var d = ordered[i];
            string id = ids[d];
            string url = $"https://synthetic.entente.invalid/{Slug(d.Outlet.Name)}/{d.Published:yyyy/MM/dd}/{id}";
            var sb = new StringBuilder();
            foreach (var seg in d.Segments)
            {
                int start = sb.Length;
                sb.Append(seg.Text);
                if (seg.Mention is { } m)
                    mentions.Add(new StoryMention(id, i + 1, url, start, sb.Length, seg.Text, m.Story, m.Template, m.Role, m.IsDenial,
                        d.Original is not null, d.Outlet, d.Published));
            }
            articles.Add(new StoryArticle(id, i + 1, url, d.Title, d.Published, d.Outlet, sb.ToString(), d.Original is { } o ? ids[o] : null));
        }
        return new StoryCorpus([.. stories], [.. outletCounts], articles.MoveToImmutable(), mentions.ToImmutable());
    }

    // --- stories ---

    private List<Story> DrawStories(Random rng)
    {
        var first = new DateOnly(_options.FirstYear, 1, 1);
        var last = new DateOnly(_options.LastYear, 12, 31);
        var stories = new List<Story>(_options.Stories);
        int thread = 0;
        while (stories.Count < _options.Stories)
        {
            var kind = DrawKind(rng);
            var (src, tgt) = DrawDyad(rng, kind);
            double t = rng.NextDouble();
            int m = t < 0.45 ? 1 : t < 0.85 ? 2 + rng.Next(3) : 5 + rng.Next(4);
            var date = first.AddDays(rng.Next(last.DayNumber - first.DayNumber + 1));
            var (eq, noun) = EquipmentFor(rng, kind, src);
            for (int j = 0; j < m && stories.Count < _options.Stories; j++)
            {
                if (j > 0)
                {
                    date = date.AddDays(rng.Next(5) == 0 ? 1 + rng.Next(4) : 14 + rng.Next(57));
                    if (date > last) break;
                    if (rng.Next(5) < 2) (eq, noun) = EquipmentFor(rng, kind, src);
                }
                int quantity = kind switch
                {
                    StoryKind.ArmsDelivery or StoryKind.Strike => rng.Next(3) switch { 0 => 2 + rng.Next(10), 1 => 10 + rng.Next(90), _ => 100 * (1 + rng.Next(12)) },
                    StoryKind.Sanctions => 3 + rng.Next(58),
                    StoryKind.AidPledge => 10 * (1 + rng.Next(90)),
                    _ => rng.Next(1000),
                };
                bool denied = kind is StoryKind.ArmsDelivery or StoryKind.Strike && rng.Next(10) < 3;
                string topic = StoryVocabulary.Topics[rng.Next(StoryVocabulary.Topics.Length)];
                stories.Add(new Story(stories.Count + 1, kind, src, tgt, date, thread, eq, noun, quantity, topic, denied));
            }
            thread++;
        }
        stories.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Id.CompareTo(b.Id));
        return stories.Select((s, i) => s with { Id = i + 1 }).ToList();
    }

    private static StoryKind DrawKind(Random rng)
    {
        int x = rng.Next(100);
        return x switch
        {
            < 20 => StoryKind.ArmsDelivery,
            < 35 => StoryKind.Meeting,
            < 45 => StoryKind.Agreement,
            < 57 => StoryKind.Sanctions,
            < 72 => StoryKind.Strike,
            < 85 => StoryKind.Accusation,
            < 92 => StoryKind.Expulsion,
            _ => StoryKind.AidPledge,
        };
    }

    private static (StoryActor, StoryActor) DrawDyad(Random rng, StoryKind kind)
    {
        var tgt = WeightedState(rng);
        StoryActor src;
        if (kind is StoryKind.Sanctions or StoryKind.Accusation or StoryKind.AidPledge && rng.Next(5) == 0)
        {
            src = kind switch
            {
                StoryKind.Sanctions => StoryVocabulary.Organisations[0],
                StoryKind.AidPledge => StoryVocabulary.Organisations[rng.Next(2) == 0 ? 0 : 2],
                _ => StoryVocabulary.Organisations[rng.Next(2)],
            };
            return (src, tgt);
        }
        do src = WeightedState(rng); while (src.Code == tgt.Code);
        return (src, tgt);
    }

    private static StoryActor WeightedState(Random rng)
    {
        int total = StoryVocabulary.StateWeights.Sum();
        int x = rng.Next(total);
        for (int i = 0; i < StoryVocabulary.StateWeights.Length; i++)
        {
            x -= StoryVocabulary.StateWeights[i];
            if (x < 0) return StoryVocabulary.States[i];
        }
        return StoryVocabulary.States[^1];
    }

    /// <summary>Equipment of the source's own make when there is some (strikes: only drones and missiles).</summary>
    private static (string, string) EquipmentFor(Random rng, StoryKind kind, StoryActor source)
    {
        var pool = Vocabulary.Equipment
            .Where(e => kind != StoryKind.Strike || e.Noun.Contains("drones") || e.Noun.Contains("missiles") || e.Noun.Contains("munitions"))
            .ToArray();
        var own = pool.Where(e => e.Origin == source.VocabState).ToArray();
        var from = own.Length > 0 && rng.Next(4) != 0 ? own : pool;
        var pick = from[rng.Next(from.Length)];
        return (pick.Name, pick.Noun);
    }

    // --- reports ---

    /// <summary>How many outlets report a story: 55 % one, 33 % two to five, 4 % six to nine, 8 % ten to forty.</summary>
    private static int DrawReportCount(Random rng)
    {
        int x = rng.Next(100);
        return x switch { < 55 => 1, < 88 => 2 + rng.Next(4), < 92 => 6 + rng.Next(4), _ => 10 + rng.Next(31) };
    }

    /// <summary>Days from the event to publication: 40 % same day, 25 % next day, 15 % two or three days, 20 % four to ten.</summary>
    private static int DrawDelay(Random rng)
    {
        int x = rng.Next(100);
        return x switch { < 40 => 0, < 65 => 1, < 80 => 2 + rng.Next(2), _ => 4 + rng.Next(7) };
    }

    /// <summary>k distinct outlets, by kind about 55 % independent, 20 % state, 15 % state-affiliated, 10 % opposition.</summary>
    private static StoryOutlet[] DistinctOutlets(Random rng, int k)
    {
        var chosen = new List<StoryOutlet>(k);
        while (chosen.Count < k)
        {
            int x = rng.Next(100);
            string kind = x < 55 ? "independent" : x < 75 ? "state" : x < 90 ? "state-affiliated" : "opposition";
            var of = StoryVocabulary.Outlets.Where(o => o.Kind == kind && !chosen.Contains(o)).ToArray();
            if (of.Length == 0) of = StoryVocabulary.Outlets.Where(o => !chosen.Contains(o)).ToArray();
            chosen.Add(of[rng.Next(of.Length)]);
        }
        return [.. chosen];
    }

    /// <summary>Denials appear mostly in the denier's state or state-affiliated media.</summary>
    private static StoryOutlet DenialOutlet(Random rng, StoryActor denier)
    {
        var own = StoryVocabulary.Outlets.Where(o => o.Country == denier.Code && o.Kind is "state" or "state-affiliated").ToArray();
        if (own.Length > 0 && rng.Next(10) < 6) return own[rng.Next(own.Length)];
        return StoryVocabulary.Outlets[rng.Next(StoryVocabulary.Outlets.Length)];
    }

    private static (string, string) Dyad(Story s)
        => string.CompareOrdinal(s.Source.Code, s.Target.Code) < 0 ? (s.Source.Code, s.Target.Code) : (s.Target.Code, s.Source.Code);

    private static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name.ToLowerInvariant())
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        return sb.ToString().Trim('-');
    }

    // --- articles ---

    private sealed record MentionDraft(Story Story, string Template, string Role, bool IsDenial);

    private sealed record Segment(string Text, MentionDraft? Mention);

    /// <summary>An article before ids are assigned: text as segments, some of them story sentences.</summary>
    private sealed class Draft(StoryOutlet outlet, DateOnly published, string title, List<Segment> segments, Draft? original)
    {
        public StoryOutlet Outlet { get; } = outlet;
        public DateOnly Published { get; } = published;
        public string Title { get; } = title;
        public List<Segment> Segments { get; } = segments;
        public Draft? Original { get; } = original;

        /// <summary>The same article under another outlet; half the time one word of the lead sentence changed.</summary>
        public Draft WireCopy(StoryOutlet outlet, DateOnly published, Random rng)
        {
            var root = Original ?? this;
            var segs = new List<Segment>(root.Segments);
            if (rng.Next(2) == 0)
            {
                int lead = segs.FindIndex(s => s.Mention is not null);
                if (lead >= 0) segs[lead] = segs[lead] with { Text = ChangeOneWord(segs[lead].Text) };
            }
            return new Draft(outlet, published, root.Title, segs, root);
        }

        private static string ChangeOneWord(string sentence)
        {
            foreach (var (from, to) in WireEdits)
            {
                int at = FindWord(sentence, from);
                if (at >= 0) return string.Concat(sentence.AsSpan(0, at), to, sentence.AsSpan(at + from.Length));
            }
            return sentence;
        }

        private static int FindWord(string s, string word)
        {
            for (int at = s.IndexOf(word, StringComparison.Ordinal); at >= 0; at = s.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                bool left = at == 0 || !char.IsLetterOrDigit(s[at - 1]);
                bool right = at + word.Length == s.Length || !char.IsLetterOrDigit(s[at + word.Length]);
                if (left && right) return at;
            }
            return -1;
        }
    }

    /// <summary>Writes one original article around a lead story.</summary>
    private sealed class ArticleWriter(Random rng, StoryPhrasing phrasing,
        Dictionary<(string, string), Story[]> byDyad, Dictionary<int, Story[]> byThread, int minFiller, int maxFiller)
    {
        public Draft Article(Story lead, StoryOutlet outlet, DateOnly published, bool denial, Draft? cite)
        {
            var storySentences = new List<Segment>();
            if (denial)
            {
                var (text, template) = phrasing.Denial(lead);
                storySentences.Add(new Segment(text + ".", new MentionDraft(lead, template, "denial", true)));
            }
            else
            {
                var (text, template) = phrasing.Report(lead, published, 0.25);
                if (cite is not null) text += $" ({cite.Outlet.Name}, {CitationDate(cite.Published, published)})";
                storySentences.Add(new Segment(text + ".", new MentionDraft(lead, template, "lead", false)));
            }
            int target = 2 + rng.Next(5);
            int repeats = rng.Next(100) < (denial ? 50 : 60) ? 1 + (rng.Next(3) == 0 ? 1 : 0) : 0;
            for (int i = 0; i < repeats; i++)
            {
                var (text, template) = phrasing.Report(lead, published, 0.4);
                storySentences.Add(new Segment(text + ".", new MentionDraft(lead, template, "repeat", false)));
            }
            foreach (var older in Earlier(lead, published, target - storySentences.Count))
            {
                var (text, template) = phrasing.Report(older, published, 0.1);
                if (rng.Next(4) == 0)
                {
                    var outletOf = StoryVocabulary.Outlets[rng.Next(StoryVocabulary.Outlets.Length)];
                    var when = older.Date.AddDays(rng.Next(Math.Min(10, published.DayNumber - older.Date.DayNumber) + 1));
                    text += $" ({outletOf.Name}, {CitationDate(when, published)})";
                }
                storySentences.Add(new Segment(text + ".", new MentionDraft(older, template, "earlier", false)));
            }
            return new Draft(outlet, published, Title(lead, denial), Compose(lead, published, storySentences), null);
        }

        /// <summary>Older stories recalled in the article (at most two): same thread first, then same dyad, within the last year.</summary>
        private List<Story> Earlier(Story lead, DateOnly published, int count)
        {
            var picked = new List<Story>();
            count = Math.Min(count, rng.Next(3));
            if (count <= 0) return picked;
            bool Eligible(Story s) => s.Id != lead.Id && s.Date.DayNumber < published.DayNumber - 2 && s.Date.DayNumber >= published.DayNumber - 365 && !picked.Contains(s);
            void Take(IReadOnlyList<Story> pool)
            {
                var eligible = pool.Where(Eligible).ToList();
                while (picked.Count < count && eligible.Count > 0)
                {
                    int i = rng.Next(eligible.Count);
                    picked.Add(eligible[i]);
                    eligible.RemoveAt(i);
                }
            }
            Take(byThread[lead.Thread]);
            Take(byDyad[Dyad(lead)]);
            return picked;
        }

        /// <summary>Lead sentence first; the other story sentences and MinFiller–MaxFiller (default 3–12) filler sentences shuffled into paragraphs of 2–5 sentences.</summary>
        private List<Segment> Compose(Story lead, DateOnly published, List<Segment> storySentences)
        {
            int a = lead.Source.IsState ? lead.Source.VocabState : rng.Next(Vocabulary.States.Length);
            int b = lead.Target.IsState ? lead.Target.VocabState : rng.Next(Vocabulary.States.Length);
            var filler = new CorpusGenerator.Context(rng, published, a, b);
            var rest = new List<Segment>(storySentences.Skip(1));
            int fillers = minFiller + rng.Next(maxFiller - minFiller + 1);
            var used = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < fillers; i++)
            {
                string f = filler.Filler();
                for (int tries = 0; tries < 5 && !used.Add(f); tries++) f = filler.Filler(); // no sentence twice in one article
                rest.Add(new Segment(f, null));
            }
            for (int i = rest.Count - 1; i > 0; i--)
            {
                int j = rng.Next(i + 1);
                (rest[i], rest[j]) = (rest[j], rest[i]);
            }
            var sentences = new List<Segment>(rest.Count + 1) { storySentences[0] };
            sentences.AddRange(rest);
            var segments = new List<Segment>(sentences.Count * 2);
            int inParagraph = 0, paragraphSize = 2 + rng.Next(4);
            foreach (var s in sentences)
            {
                if (segments.Count > 0) segments.Add(new Segment(inParagraph == 0 ? "\n\n" : " ", null));
                segments.Add(s);
                if (++inParagraph >= paragraphSize) { inParagraph = 0; paragraphSize = 2 + rng.Next(4); }
            }
            segments.Add(new Segment("\n", null));
            return segments;
        }

        private static string CitationDate(DateOnly date, DateOnly published)
            => date.Year == published.Year
                ? $"{Vocabulary.Months[date.Month - 1]} {date.Day}"
                : $"{Vocabulary.Months[date.Month - 1]} {date.Day}, {date.Year}";

        private static string Title(Story s, bool denial)
        {
            string label = s.Kind switch
            {
                StoryKind.ArmsDelivery => "arms transfers",
                StoryKind.Meeting => "diplomacy",
                StoryKind.Agreement => "cooperation",
                StoryKind.Sanctions => "sanctions",
                StoryKind.Strike => "hostilities",
                StoryKind.Accusation => "tensions",
                StoryKind.Expulsion => "diplomatic row",
                _ => "aid",
            };
            return $"{StoryPhrasing.Cap(s.Source.Name)} and {s.Target.Name}: {label}{(denial ? ", the official line" : "")}";
        }
    }
}

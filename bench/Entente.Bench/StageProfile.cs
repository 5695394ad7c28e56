using System.Diagnostics;
using Entente.Core.Actors;
using Entente.Core.Events;
using Entente.Core.Knowledge;
using Entente.Core.Pipeline;
using Entente.Core.Reading;
using Entente.Core.Sources;
using Entente.Core.Text;
using Entente.Core.Time;

namespace Entente.Bench;

/// <summary>
/// Single-threaded time and allocation per pipeline stage. Re-runs the stages of <c>Analyzer.Analyze</c> with the public
/// components (same order, same inputs) and accumulates Stopwatch ticks and <see cref="GC.GetAllocatedBytesForCurrentThread"/>
/// per stage. Entity building and sorting (done by the analyzer itself) are left out, so the total is a little below Analyze.
/// The syntax stage runs, as in the analyzer, after actors and on the sentences with an actor and an event trigger only
/// (<c>--syntax-all</c>: every sentence).
/// Input: the generated corpus (<c>--mb</c>), or real prose (<c>--dir</c> or <c>--conllu</c>, see <see cref="ProseSource"/>)
/// repeated to about <c>--mb</c> MB; prose without a publication date is given 2025-06-30 as reference date.
/// </summary>
internal static class StageProfile
{
    private static readonly string[] Names =
        ["language", "tokenize (alone)", "split (tokenize + sentences)", "citations", "dates", "actors", "syntax (tag, lemma, parse)", "quantities", "equipment", "events"];

    public static int Run(BenchArgs a)
    {
        var options = Modes.Options(a, 10);
        Modes.PrintMachine();
        string dataDir = a.Text("data", Path.Combine(AppContext.BaseDirectory, "data"));
        var kb = KnowledgeBase.Load(dataDir, Array.Empty<string>());
        bool language = !a.Has("no-language");
        List<(string Text, DateOnly Published)> docs, warm;
        string source;
        if (a.Has("dir") || a.Has("conllu"))
        {
            var prose = ProseSource.Load(a.Has("conllu") ? a.Text("conllu", "") : a.Text("dir", "samples"));
            var once = prose.Documents.Select(d => (d.Text, d.Published ?? new DateOnly(2025, 6, 30))).ToList();
            int passes = Math.Max(1, (int)Math.Ceiling(options.TotalBytes / (double)prose.Utf8Bytes));
            docs = Enumerable.Repeat(once, passes).SelectMany(x => x).ToList();
            warm = Enumerable.Repeat(once, Math.Max(1, passes / 5)).SelectMany(x => x).ToList();
            options = options with { TotalBytes = prose.Utf8Bytes * passes };
            source = $"{prose.Label} (real prose, {prose.Documents.Count} documents × {passes} passes)";
        }
        else
        {
            docs = new CorpusGenerator(options).Documents().Select(d => (d.Text, d.Published)).ToList();
            warm = new CorpusGenerator(options with { Seed = options.Seed + 1000, TotalBytes = 2L * 1024 * 1024 }).Documents().Select(d => (d.Text, d.Published)).ToList();
            source = "generated corpus";
        }

        int languageChars = a.Int("language-chars", int.MaxValue);
        bool syntaxAll = a.Has("syntax-all");
        var pipeline = new Pipeline(kb, language, languageChars, syntaxAll);
        foreach (var d in warm) pipeline.Run(d.Text, d.Published);
        pipeline.Reset();
        var total = Stopwatch.StartNew();
        foreach (var d in docs) pipeline.Run(d.Text, d.Published);
        total.Stop();

        double mb = options.TotalBytes / 1048576.0;
        Console.WriteLine($"profile: {source}, {docs.Count} documents, {mb:F1} MB, single thread, language detection {(language ? "on" : "off")}{(languageChars < int.MaxValue ? $" on the first {languageChars} chars" : "")}; total {total.Elapsed.TotalSeconds:F2} s = {mb / total.Elapsed.TotalSeconds:F2} MB/s");
        Console.WriteLine($"{"stage",-30} {"seconds",8} {"share",6} {"MB/s alone",10} {"alloc MB/MB",11}");
        double sum = pipeline.Ticks.Sum() / (double)Stopwatch.Frequency;
        for (int k = 0; k < Names.Length; k++)
        {
            double sec = pipeline.Ticks[k] / (double)Stopwatch.Frequency;
            Console.WriteLine($"{Names[k],-30} {sec,8:F2} {sec / sum * 100,5:F1}% {mb / sec,10:F1} {pipeline.Alloc[k] / 1048576.0 / mb,11:F2}");
        }
        Console.WriteLine($"syntax: {(syntaxAll ? "every sentence (--syntax-all)" : "sentences with an actor and an event trigger, as Analyzer.Analyze does")}: {pipeline.Selected:N0} of {pipeline.Sentences:N0} sentences ({100.0 * pipeline.Selected / Math.Max(1, pipeline.Sentences):F0}%)");
        Console.WriteLine("(tokenize (alone) is an extra pass to isolate tokenizer cost; the split stage includes tokenizing again)");
        return 0;
    }

    private sealed class Pipeline
    {
        private readonly KnowledgeBase _kb;
        private readonly bool _language;
        private readonly int _languageChars;
        private readonly ActorRecognizer _actors;
        private readonly EquipmentRecognizer _equipment;
        private readonly QuantityRecognizer _quantities = new();
        private readonly EventExtractor _events;
        private readonly CitationExtractor _citations;
        private readonly SyntaxAnnotator _syntax;
        private readonly bool _syntaxAll;
        public readonly long[] Ticks = new long[Names.Length];
        public readonly long[] Alloc = new long[Names.Length];
        private long _t, _a;

        public Pipeline(KnowledgeBase kb, bool language, int languageChars, bool syntaxAll)
        {
            _syntaxAll = syntaxAll;
            _languageChars = languageChars;
            _kb = kb;
            _language = language;
            _actors = new ActorRecognizer(kb.Actors);
            _equipment = new EquipmentRecognizer(kb.Equipment);
            _events = new EventExtractor(kb);
            _citations = new CitationExtractor(kb.Outlets, kb.Dates);
            _syntax = new SyntaxAnnotator(kb.Syntax);
            _selector = new ParseSelector(kb.Patterns, kb.Words);
        }

        private readonly ParseSelector _selector;

        public long Sentences, Selected;

        public void Reset() { Array.Clear(Ticks); Array.Clear(Alloc); Sentences = Selected = 0; }

        private void Start() { _a = GC.GetAllocatedBytesForCurrentThread(); _t = Stopwatch.GetTimestamp(); }

        private void Stop(int stage)
        {
            Ticks[stage] += Stopwatch.GetTimestamp() - _t;
            Alloc[stage] += GC.GetAllocatedBytesForCurrentThread() - _a;
        }

        public int Run(string doc, DateOnly reference)
        {
            Start();
            if (_language) LanguageIdentifier.Shared.Identify(doc, 0, Math.Min(doc.Length, _languageChars));
            Stop(0);
            Start();
            Tokenizer.Default.Tokenize(doc);
            Stop(1);
            Start();
            var text = SentenceSplitter.Default.Split(doc);
            Stop(2);

            int n = text.Sentences.Count;
            var cites = new List<Citation>[n];
            var dates = new IReadOnlyList<DateMention>[n];
            Start();
            foreach (var s in text.Sentences)
            {
                var cits = new List<Citation>(_citations.FindParenthetical(doc, s.Start, s.End, reference));
                foreach (var c in _citations.FindAttributions(doc, s.Start, s.End, reference))
                    if (!cits.Any(x => x.Start < c.End && c.Start < x.End)) cits.Add(c);
                cites[s.Index] = cits;
            }
            Stop(3);
            Start();
            foreach (var s in text.Sentences) dates[s.Index] = s.IsHeading ? [] : _kb.Dates.Find(doc, s.Start, s.End, reference);
            Stop(4);

            Start();
            var actors = _actors.Recognize(text);
            var bySentence = new List<ActorMention>[n];
            for (int k = 0; k < n; k++) bySentence[k] = [];
            foreach (var m in actors) bySentence[m.Sentence].Add(m);
            Stop(5);
            Start();
            var selected = _syntaxAll ? null : _selector.Select(text, actors);
            _syntax.Annotate(text, selected);
            Stop(6);
            Sentences += n;
            Selected += selected?.Count(x => x) ?? n;

            var facts = new List<SentenceFacts>(n);
            foreach (var s in text.Sentences)
            {
                Start();
                var dateSpans = dates[s.Index].Select(d => (d.Start, d.End)).ToList();
                foreach (var c in cites[s.Index]) dateSpans.Add((c.Start, c.End));
                var quantities = s.IsHeading ? [] : _quantities.Recognize(text, s, dateSpans);
                Stop(7);
                Start();
                var inSentence = bySentence[s.Index];
                var actorToken = new bool[s.TokenCount];
                foreach (var m in inSentence)
                    for (int t = Math.Max(m.FirstToken, s.FirstToken); t < Math.Min(m.EndToken, s.EndToken); t++) actorToken[t - s.FirstToken] = true;
                var equipment = _equipment.Recognize(text, s, quantities, t => actorToken[t - s.FirstToken]);
                Stop(8);
                facts.Add(new SentenceFacts(s, inSentence, equipment, quantities, dates[s.Index], cites[s.Index]));
            }
            Start();
            var events = _events.Extract(text, facts, reference);
            Stop(9);
            return events.Count;
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using Entente.Syntax.Conllu;
using Entente.Syntax.Evaluation;
using Entente.Syntax.Learning;
using Entente.Syntax.Parsing;
using Entente.Syntax.Tagging;

namespace Entente.Syntax.Training;

/// <summary>
/// Trains a <see cref="SyntaxModel"/> from CoNLL-U treebanks: learns the tag and relation sets, the lemma table and
/// rules, and the feature table; trains the tagger (epochs chosen on dev), tags the training set by jackknifing,
/// then trains the parser with a dynamic oracle and exploration (Goldberg and Nivre 2012), keeping the epoch with
/// the best dev LAS. With <see cref="SyntaxTrainerOptions.FixedEpochs"/> (or no dev set) both train exactly the
/// given epochs and keep the last. Deterministic for a seed. Progress goes to <paramref name="log"/> one line per epoch.
/// </summary>
public sealed class SyntaxTrainer(SyntaxTrainerOptions options, Action<string> log)
{
    /// <summary>Whether nothing is chosen on dev: the epochs are fixed, or there is no dev set to choose on.</summary>
    private bool Fixed(List<ConlluSentence> dev) => options.FixedEpochs || dev.Count == 0;

    public SyntaxModel Train()
    {
        var clock = Stopwatch.StartNew();
        var train = Load(options.Train);
        var dev = options.Dev.SelectMany(ConlluReader.ReadFile).ToList();
        if (train.Count == 0) throw new InvalidDataException("no training sentences (hint: --train takes CoNLL-U files, plain or .gz)");
        log($"read {train.Count} training sentences ({train.Sum(s => s.Count)} words), {dev.Count} dev sentences");

        var tags = new TagSet();
        var labels = new LabelSet();
        labels.GetOrAdd("root");
        foreach (var s in train)
            for (int i = 0; i < s.Count; i++) { tags.GetOrAdd(s.Upos[i], s.Xpos[i]); if (s.Relations[i] is not ("_" or "")) labels.GetOrAdd(s.Relations[i]); }
        log($"{tags.Count} joint tags, {labels.Count} relations");

        var lemmatizer = Lemmatizer.Learn(
            train.SelectMany(s => Enumerable.Range(0, s.Count).Select(i => (s.Forms[i], s.Upos[i], s.Xpos[i], s.Lemmas[i]))),
            options.IrregularForms ?? []);
        var morphology = MorphologyTable.Learn(tags.Count,
            train.SelectMany(s => Enumerable.Range(0, s.Count).Select(i => (s.Forms[i], tags.Find(s.Upos[i], s.Xpos[i]), s.Feats[i]))));
        log($"lemmatiser: {lemmatizer.TableSize} table entries, {lemmatizer.RuleCount} suffix rules");

        var (unambiguous, ambiguity) = TagDictionary(train, tags);
        var meta = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["trained"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["train"] = string.Join(' ', options.Train.Select(Shorten)),
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
        };
        if (options.Dev.Count > 0) meta["dev"] = string.Join(' ', options.Dev.Select(Shorten));
        if (Fixed(dev)) meta["fixed-epochs"] = "true";

        // 1. tagger, epochs chosen on dev
        var (taggerModel, taggerEpochs) = TrainTagger(train, tags, unambiguous, ambiguity, options.TaggerEpochs, options.Seed, dev, lemmatizer, morphology, labels, meta);
        var tagger = new Tagger(tags, taggerModel, unambiguous, ambiguity);
        meta["tagger-epochs"] = taggerEpochs.ToString(CultureInfo.InvariantCulture);

        // 2. training tags by jackknifing, so the parser learns from tags with realistic errors
        var predicted = Jackknife(train, tags, unambiguous, ambiguity, taggerEpochs);

        // 3. parser
        var parser = TrainParser(train, predicted, tags, labels, tagger, lemmatizer, morphology, dev, meta);
        log($"trained in {clock.Elapsed.TotalSeconds:F0} s");
        // the model as it will be saved (weights quantised to 8 bits), so that every later score describes the file
        var trained = new SyntaxModel(tagger, lemmatizer, morphology, parser, meta);
        using var buffer = new MemoryStream();
        trained.Write(buffer);
        buffer.Position = 0;
        return SyntaxModel.Read(buffer);
    }

    /// <summary>"…/en_ewt/train.conllu.gz" → "en_ewt/train.conllu.gz": the treebank and the split, without the local path.</summary>
    private static string Shorten(string path)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetFileName(Path.GetDirectoryName(full));
        return string.IsNullOrEmpty(dir) ? Path.GetFileName(full) : $"{dir}/{Path.GetFileName(full)}";
    }

    private List<TrainingSentence> Load(IReadOnlyList<string> files)
    {
        var list = new List<TrainingSentence>();
        foreach (var f in files)
            foreach (var s in ConlluReader.ReadFile(f)) list.Add(TrainingSentence.From(s));
        return list;
    }

    /// <summary>
    /// Frequent words seen with a single tag (≥ 20 times, ≥ 99.5 %) skip the classifier; every word gets its
    /// ambiguity class (the tags it had at least 5 % of the time), a feature for itself and its neighbours.
    /// </summary>
    private static (Dictionary<ulong, int>, Dictionary<ulong, ulong>) TagDictionary(List<TrainingSentence> train, TagSet tags)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var s in train)
            for (int i = 0; i < s.Count; i++)
            {
                var h = FeatureHash.Lower(s.Forms[i]);
                if (!counts.TryGetValue(h, out var c)) counts[h] = c = [];
                int t = tags.Find(s.Upos[i], s.Xpos[i]);
                c[t] = c.GetValueOrDefault(t) + 1;
            }
        var d = new Dictionary<ulong, int>();
        var a = new Dictionary<ulong, ulong>();
        foreach (var (h, c) in counts)
        {
            int total = c.Values.Sum();
            var (tag, n) = c.MaxBy(p => p.Value);
            if (total >= 20 && n >= 0.995 * total) d[h] = tag;
            ulong amb = 0x84222325CBF29CE4UL;
            foreach (var t in c.Where(p => p.Value >= 0.05 * total).Select(p => p.Key).Order()) amb = FeatureHash.Key(99, amb, (ulong)t);
            if (total >= 2) a[h] = amb;
        }
        return (d, a);
    }

    private PerceptronTrainer TaggerPass(PerceptronTrainer model, List<TrainingSentence> train, TagSet tags, Dictionary<ulong, int> unambiguous, Dictionary<ulong, ulong> ambiguity, Random rng, SyntaxSentence s, int[] order)
    {
        Span<ulong> features = stackalloc ulong[Tagger.MaxFeatures];
        Span<float> scores = stackalloc float[tags.Count];
        Shuffle(order, rng);
        foreach (int idx in order)
        {
            var sentence = train[idx].MergeHyphens(rng, options.HyphenMerge, null, out _);
            s.Clear();
            s.AddRange(sentence.Forms);
            s.Prepare();
            Tagger.PrepareLexical(s, ambiguity);
            for (int i = 0; i < s.Count; i++)
            {
                int gold = tags.Find(sentence.Upos[i], sentence.Xpos[i]);
                if (unambiguous.TryGetValue(s.Lower[i], out int fixedTag)) { s.Tag[i] = fixedTag; continue; }
                int n = Tagger.Features(s, i, features);
                scores.Clear();
                model.Score(features[..n], scores);
                int guess = Tagger.ArgMax(scores);
                model.Update(features[..n], gold, guess);
                model.Tick();
                s.Tag[i] = guess;
            }
        }
        return model;
    }

    private (LinearModel, int) TrainTagger(List<TrainingSentence> train, TagSet tags, Dictionary<ulong, int> unambiguous, Dictionary<ulong, ulong> ambiguity, int epochs, int seed,
        List<ConlluSentence> dev, Lemmatizer lemmatizer, MorphologyTable morphology, LabelSet labels, Dictionary<string, string> meta)
    {
        var model = new PerceptronTrainer(tags.Count);
        var rng = new Random(seed);
        var s = new SyntaxSentence();
        var order = Enumerable.Range(0, train.Count).ToArray();
        LinearModel? best = null;
        double bestScore = -1;
        int bestEpoch = 0;
        for (int e = 1; e <= epochs; e++)
        {
            var clock = Stopwatch.StartNew();
            TaggerPass(model, train, tags, unambiguous, ambiguity, rng, s, order);
            var averaged = model.Average();
            var (upos, joint) = dev.Count == 0 ? (0, 0) : TagAccuracy(new Tagger(tags, averaged, unambiguous, ambiguity), dev);
            var scored = dev.Count == 0 ? "" : $" dev UPOS {upos * 100:F2}, UPOS+XPOS {joint * 100:F2}";
            log($"tagger epoch {e}:{scored} ({averaged.FeatureCount} features, {clock.Elapsed.TotalSeconds:F1} s)");
            if (upos > bestScore || Fixed(dev)) { bestScore = upos; best = averaged; bestEpoch = e; }
        }
        if (dev.Count > 0) meta["tagger-dev-accuracy"] = (bestScore * 100).ToString("F2", CultureInfo.InvariantCulture);
        return (Prune(best!, options.Prune * 0.1f), bestEpoch);
    }

    private static (double Upos, double Joint) TagAccuracy(Tagger tagger, List<ConlluSentence> dev)
    {
        var s = new SyntaxSentence();
        int right = 0, uposRight = 0, total = 0;
        foreach (var g in dev)
        {
            s.Clear();
            foreach (var w in g.Words) s.Add(w.Form);
            s.Prepare();
            tagger.Tag(s);
            for (int i = 0; i < s.Count; i++)
            {
                total++;
                var w = g.Words[i];
                bool upos = tagger.Tags.Upos(s.Tag[i]) == w.Upos;
                if (upos) uposRight++;
                if (upos && tagger.Tags.Xpos(s.Tag[i]) == (w.Xpos == "_" ? w.Upos : w.Xpos)) right++;
            }
        }
        return total == 0 ? (0, 0) : ((double)uposRight / total, (double)right / total);
    }

    private int[][] Jackknife(List<TrainingSentence> train, TagSet tags, Dictionary<ulong, int> unambiguous, Dictionary<ulong, ulong> ambiguity, int epochs)
    {
        var predicted = new int[train.Count][];
        int k = Math.Max(1, options.Folds);
        if (k == 1)
        {
            for (int i = 0; i < train.Count; i++)
                predicted[i] = Enumerable.Range(0, train[i].Count).Select(j => tags.Find(train[i].Upos[j], train[i].Xpos[j])).ToArray();
            return predicted;
        }
        var clock = Stopwatch.StartNew();
        Parallel.For(0, k, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, fold =>
        {
            var part = Enumerable.Range(0, train.Count).Where(i => i % k != fold).Select(i => train[i]).ToList();
            var model = new PerceptronTrainer(tags.Count);
            var rng = new Random(options.Seed * 31 + fold);
            var s = new SyntaxSentence();
            var order = Enumerable.Range(0, part.Count).ToArray();
            for (int e = 0; e < epochs; e++) TaggerPass(model, part, tags, unambiguous, ambiguity, rng, s, order);
            var tagger = new Tagger(tags, model.Average(), unambiguous, ambiguity);
            for (int i = fold; i < train.Count; i += k)
            {
                s.Clear();
                s.AddRange(train[i].Forms);
                s.Prepare();
                tagger.Tag(s);
                predicted[i] = s.Tag[..s.Count];
            }
        });
        int right = 0, total = 0;
        for (int i = 0; i < train.Count; i++)
            for (int j = 0; j < train[i].Count; j++) { total++; if (predicted[i][j] == tags.Find(train[i].Upos[j], train[i].Xpos[j])) right++; }
        log($"jackknifed training tags ({k} folds): accuracy {100.0 * right / total:F2} ({clock.Elapsed.TotalSeconds:F0} s)");
        return predicted;
    }

    private Parser TrainParser(List<TrainingSentence> train, int[][] predicted, TagSet tags, LabelSet labels, Tagger tagger,
        Lemmatizer lemmatizer, MorphologyTable morphology, List<ConlluSentence> dev, Dictionary<string, string> meta)
    {
        int L = labels.Count, root = labels.Find("root");
        var model = new PerceptronTrainer(Parser.ClassCount(L));
        var rng = new Random(options.Seed * 7 + 3);
        var s = new SyntaxSentence();
        var st = new ArcHybridState();
        var usable = Enumerable.Range(0, train.Count).Where(i => train[i].HasTree && train[i].Count <= options.MaxTrainWords).ToArray();
        int lifted = 0;
        var projective = new Dictionary<int, int[]>();
        foreach (int i in usable)
        {
            var heads = (int[])train[i].Heads.Clone();
            lifted += Projectivizer.Lift(heads, heads.Length);
            projective[i] = heads;
        }
        log($"parser: {usable.Length} training trees, {lifted} non-projective arcs lifted");
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = stackalloc float[model.Classes];
        Span<int> costs = stackalloc int[model.Classes];
        LinearModel? best = null;
        var smaller = new LinearModel?[Math.Max(4, options.MinUpdates + 1)];
        double bestLas = -1;
        int bestEpoch = 0, stale = 0;
        var goldHead = new int[256];
        var goldLabel = new int[256];
        for (int e = 1; e <= options.Epochs; e++)
        {
            var clock = Stopwatch.StartNew();
            Shuffle(usable, rng);
            bool explore = e > 1;
            long decisions = 0, errors = 0;
            foreach (int idx in usable)
            {
                var original = train[idx] with { Heads = projective[idx] };
                var sentence = original.MergeHyphens(rng, options.HyphenMerge, predicted[idx], out var ptags);
                int n = sentence.Count;
                if (goldHead.Length < n + 1) { goldHead = new int[n * 2]; goldLabel = new int[n * 2]; }
                for (int i = 0; i < n; i++)
                {
                    goldHead[i] = sentence.Heads[i] < 0 ? n : sentence.Heads[i];
                    goldLabel[i] = labels.Find(sentence.Relations[i]);
                }
                s.Clear();
                s.AddRange(sentence.Forms);
                s.Prepare();
                for (int i = 0; i < n; i++) s.Tag[i] = ptags![i];
                s.SetCoarse(tags);
                s.SetLemmas(lemmatizer, tags);
                st.Reset(n);
                while (!st.Terminal)
                {
                    int nf = ParserFeatures.Extract(s, st, features);
                    scores.Clear();
                    model.Score(features[..nf], scores);
                    var (cs, cl, cr) = st.Costs(goldHead);
                    int s0 = st.S0, s1 = st.S1;
                    int minCost = int.MaxValue;
                    for (int a = 0; a < model.Classes; a++)
                    {
                        if (!Parser.IsLegal(st, a, L, root)) { costs[a] = int.MaxValue; continue; }
                        int c = a == 0 ? cs
                            : a <= L ? cl + (goldHead[s0] == st.B && goldLabel[s0] != a - 1 ? 1 : 0)
                            : cr + (goldHead[s0] == s1 && goldLabel[s0] != a - 1 - L ? 1 : 0);
                        costs[a] = c;
                        if (c < minCost) minCost = c;
                    }
                    int guess = Parser.BestLegal(st, scores, L, root);
                    int target = -1;
                    for (int a = 0; a < model.Classes; a++)
                        if (costs[a] == minCost && (target < 0 || scores[a] > scores[target])) target = a;
                    decisions++;
                    int next = guess;
                    if (costs[guess] > minCost)
                    {
                        errors++;
                        model.Update(features[..nf], target, guess);
                        if (!(explore && rng.NextDouble() < options.Exploration)) next = target;
                    }
                    model.Tick();
                    Parser.Apply(st, next, L);
                }
            }
            if (options.DumpWeights is { } folder)
            {
                Directory.CreateDirectory(folder);
                using var dump = new BinaryWriter(new BufferedStream(File.Create(Path.Combine(folder, $"parser-epoch-{e}.bin")), 1 << 20));
                model.WriteAveraged(dump);
            }
            var averaged = model.Average();
            var candidate = new Parser(labels, averaged);
            var scoresDev = dev.Count == 0 ? null : SyntaxEvaluator.Evaluate(new SyntaxModel(tagger, lemmatizer, morphology, candidate, meta), dev);
            double las = scoresDev?.Las ?? 0;
            var scored = scoresDev is null ? "" : $", dev UAS {scoresDev.Uas:F2} LAS {las:F2}";
            log($"parser epoch {e}: train error {100.0 * errors / Math.Max(1, decisions):F2}%{scored} ({averaged.FeatureCount} features, {averaged.WeightCount} weights, {clock.Elapsed.TotalSeconds:F0} s)");
            if (las > bestLas || Fixed(dev))
            {
                bestLas = las; best = averaged; bestEpoch = e; stale = 0;
                if (Fixed(dev) && e < options.Epochs) continue; // only the last epoch is kept: its smaller models are made once
                for (int m = 2; m < smaller.Length; m++)
                    if (m == options.MinUpdates || (options.MinUpdates == 0 && !Fixed(dev))) smaller[m] = model.Average(0, m);
            }
            else if (++stale >= 3) { log("dev LAS has not improved for 3 epochs: stopping"); break; }
        }
        var (chosen, minUpdates) = ChooseSize(best!, smaller, bestLas, dev, m => new SyntaxModel(tagger, lemmatizer, morphology, new Parser(labels, m), meta));
        meta["parser-min-updates"] = minUpdates.ToString(CultureInfo.InvariantCulture);
        best = chosen;
        meta["parser-epochs"] = bestEpoch.ToString(CultureInfo.InvariantCulture);
        if (dev.Count > 0) meta["parser-dev-las"] = bestLas.ToString("F2", CultureInfo.InvariantCulture);
        return new Parser(labels, Prune(best!, options.Prune));
    }

    /// <summary>
    /// The parser as saved: with <see cref="SyntaxTrainerOptions.MinUpdates"/> given, the features from at least that
    /// many updates; otherwise, on dev, the smallest model (features from at least m updates) whose dev LAS stays within
    /// MaxLoss of the full one; with fixed epochs and no MinUpdates, the full model.
    /// </summary>
    private (LinearModel, int) ChooseSize(LinearModel full, LinearModel?[] smaller, double fullLas, List<ConlluSentence> dev, Func<LinearModel, SyntaxModel> withParser)
    {
        if (options.MinUpdates > 0)
        {
            var kept = options.MinUpdates == 1 ? full : smaller[options.MinUpdates]!;
            log($"parser with features from ≥ {options.MinUpdates} updates (fixed): {kept.FeatureCount} features, {kept.WeightCount} weights");
            return (kept, options.MinUpdates);
        }
        var chosen = full;
        int minUpdates = 1;
        for (int m = 2; m < smaller.Length && !Fixed(dev); m++)
        {
            var sc = SyntaxEvaluator.Evaluate(withParser(smaller[m]!), dev);
            log($"parser with features from ≥ {m} updates: {smaller[m]!.FeatureCount} features, {smaller[m]!.WeightCount} weights, dev UAS {sc.Uas:F2} LAS {sc.Las:F2}");
            if (sc.Las >= fullLas - options.MaxLoss) { chosen = smaller[m]!; minUpdates = m; }
        }
        return (chosen, minUpdates);
    }

    private static LinearModel Prune(LinearModel model, float threshold) => threshold <= 0 ? model : model.Pruned(threshold);

    private static void Shuffle(int[] a, Random rng)
    {
        for (int i = a.Length - 1; i > 0; i--) { int j = rng.Next(i + 1); (a[i], a[j]) = (a[j], a[i]); }
    }
}

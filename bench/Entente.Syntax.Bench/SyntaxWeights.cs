using System.Diagnostics;
using Entente.Syntax;
using Entente.Syntax.Conllu;
using Entente.Syntax.Evaluation;
using Entente.Syntax.Learning;
using Entente.Syntax.Parsing;

namespace Entente.Syntax.Bench;

/// <summary>
/// The <c>weights</c> mode: what the saved parser's 8-bit weights and its feature pruning cost on dev. Reads one epoch's
/// averaged weights in full precision (<c>train-syntax --dump-weights DIR</c> writes DIR/parser-epoch-N.bin) and scores
/// variants of them with the tagger, lemmatiser and relations of a model file. A variant is KIND:M:P: the features
/// from at least M updates, weights of magnitude ≤ P dropped; KIND <c>float</c> scores the float weights as they are,
/// <c>q8</c> builds the <see cref="LinearModel"/> the trainer saves (8 bits per weight, a scale per feature; P applied
/// to the 8-bit model, as the trainer's --prune is).
/// </summary>
internal static class SyntaxWeights
{
    public static int Run(string modelPath, string dumpPath, IReadOnlyList<string> devFiles, IEnumerable<string> variants)
    {
        var model = SyntaxModel.Load(modelPath);
        var rows = ReadDump(dumpPath, out int classes);
        var dev = devFiles.SelectMany(ConlluReader.ReadFile).ToList();
        Console.WriteLine($"{dumpPath}: {rows.Count:N0} features, {classes} classes; dev {dev.Count:N0} sentences ({string.Join(", ", devFiles)})");
        foreach (var v in variants)
        {
            var clock = Stopwatch.StartNew();
            var p = v.Split(':');
            if (p.Length != 3 || p[0] is not ("float" or "q8")) throw new ArgumentException($"variant '{v}': expected float:M:P or q8:M:P");
            int minUpdates = int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture);
            float prune = float.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture);
            var kept = rows.Where(r => r.Updates >= minUpdates).ToList();
            var (parser, features, weights) = p[0] == "q8" ? Quantised(model, classes, kept, prune) : Float(model, kept, prune);
            var scores = SyntaxEvaluator.Evaluate(new SyntaxModel(model.Tagger, model.Lemmatizer, model.Morphology, parser, model.Metadata), dev);
            Console.WriteLine($"{v,-14} {features,10:N0} features {weights,11:N0} weights   dev UAS {scores.Uas:F2} LAS {scores.Las:F2}   ({clock.Elapsed.TotalSeconds:F0} s)");
        }
        return 0;
    }

    private static (Parser, int, long) Quantised(SyntaxModel model, int classes, List<Row> kept, float prune)
    {
        var table = LinearModel.Build(classes, kept.Select(r => r.Key).ToList(), kept.Select(r => r.Weights.Where(e => e.Weight != 0f).ToArray()).ToList());
        if (prune > 0) table = table.Pruned(prune);
        return (new Parser(model.Relations, table), table.FeatureCount, table.WeightCount);
    }

    private static (Parser, int, long) Float(SyntaxModel model, List<Row> kept, float prune)
    {
        var table = new Dictionary<ulong, (int Class, float Weight)[]>(kept.Count);
        long weights = 0;
        foreach (var r in kept)
        {
            var w = r.Weights.Where(e => Math.Abs(e.Weight) > prune && e.Weight != 0f).ToArray();
            if (w.Length == 0) continue;
            table[r.Key] = w;
            weights += w.Length;
        }
        var parser = new Parser(model.Relations, model.Parser.Model)
        {
            Exact = (features, scores) =>
            {
                foreach (var k in features)
                    if (table.TryGetValue(k, out var w))
                        foreach (var (c, x) in w) scores[c] += x;
            },
        };
        return (parser, table.Count, weights);
    }

    private sealed record Row(ulong Key, int Updates, (int Class, float Weight)[] Weights);

    /// <summary>Reads what <see cref="PerceptronTrainer.WriteAveraged"/> wrote.</summary>
    private static List<Row> ReadDump(string path, out int classes)
    {
        using var r = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 20));
        classes = r.ReadInt32();
        int n = r.ReadInt32();
        var list = new List<Row>(n);
        for (int i = 0; i < n; i++)
        {
            ulong key = r.ReadUInt64();
            int updates = r.ReadInt32(), count = r.ReadInt32();
            var w = new (int, float)[count];
            for (int j = 0; j < count; j++) w[j] = (r.ReadInt16(), r.ReadSingle());
            list.Add(new Row(key, updates, w));
        }
        return list;
    }
}

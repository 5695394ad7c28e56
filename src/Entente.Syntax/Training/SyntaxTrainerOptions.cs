namespace Entente.Syntax.Training;

/// <summary>What <see cref="SyntaxTrainer"/> trains on and how.</summary>
/// <param name="Epochs">Maximum epochs for the parser (the best on dev is kept); the tagger uses <see cref="TaggerEpochs"/>.
/// With <see cref="FixedEpochs"/>, exactly this many.</param>
/// <param name="Folds">Folds for jackknifed training tags (the parser learns from tags as the tagger predicts them); 1 = gold tags.</param>
/// <param name="HyphenMerge">Probability of writing a hyphenated compound as one word in each epoch (Entente's tokenizer keeps them whole).</param>
/// <param name="Prune">Averaged weights of smaller magnitude are dropped from the saved model.</param>
/// <param name="MaxLoss">The saved parser drops features seen in few updates while dev LAS stays within this of the full model's.</param>
/// <param name="MaxTrainWords">Longer training sentences are skipped by the parser (they are rare and slow to learn from).</param>
/// <param name="FixedEpochs">Train the tagger exactly <see cref="TaggerEpochs"/> and the parser exactly <see cref="Epochs"/>
/// epochs and keep the last, choosing nothing on dev (dev, if given, is only scored in the log). For a final model trained
/// on train+dev with epoch counts chosen on dev in an earlier run. Training without dev always works this way.</param>
/// <param name="MinUpdates">The saved parser keeps the features that took part in at least this many updates; 0 = the
/// smallest model within <see cref="MaxLoss"/> dev LAS of the full one (chosen on dev; all features when epochs are fixed).</param>
/// <param name="DumpWeights">A folder to write each parser epoch's averaged weights to in full precision with their
/// update counts (parser-epoch-N.bin), for measuring offline what quantisation and pruning cost; null = none.</param>
public sealed record SyntaxTrainerOptions(
    IReadOnlyList<string> Train,
    IReadOnlyList<string> Dev,
    int Epochs = 15,
    int TaggerEpochs = 10,
    int Seed = 1,
    int Folds = 5,
    double HyphenMerge = 0.5,
    double Exploration = 0.9,
    float Prune = 0.05f,
    double MaxLoss = 0.1,
    int MaxTrainWords = 150,
    IReadOnlyList<(string Form, string Xpos, string Lemma)>? IrregularForms = null,
    bool FixedEpochs = false,
    int MinUpdates = 0,
    string? DumpWeights = null);

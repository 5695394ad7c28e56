#!/usr/bin/env python3
"""Time shares of the analysis stages from a sampling profile (perf with .NET perf maps).

Each sample whose call stack passes through Analyzer.AnalyzeWithin is charged to the outermost pipeline stage on
its stack below it (the syntax stage is split into parser, tagger, lemmatiser, repairs and the rest); samples of
other threads (tiered JIT, GC) and of loading are left out. "runtime" is the part of a stage's samples whose leaf
is in the runtime (allocation, GC, stubs): an upper bound on what allocation costs it.

  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 499 -g -o perf.data \\
      bench/Entente.Bench/bin/Release/net10.0/Entente.Bench analyze-prose --dir samples --repeat-mb 5 --threads 1
  perf script -i perf.data -F tid,ip,sym > perf.txt
  python3 bench/tools/perf-stages.py perf.txt [--top 20]
"""
import collections
import re
import sys

ROOT = "Analyzer::AnalyzeWithin"
# first match wins; names are matched against the frames from the analyzer outwards to the leaf
STAGES = [
    ("language", r"LanguageIdentifier|Lingua\."),
    ("tokenize + sentences", r"SentenceSplitter::Split|Tokenizer::"),
    ("citations and attributions", r"CitationExtractor::"),
    ("dates (incl. reference-date inference)", r"DateRecognizer::|SequelDates::|ReferenceDateInference::|Analyzer::FindDates"),
    ("cue scan (future, report)", r"Analyzer::ScanCues"),
    ("actors", r"ActorRecognizer::"),
    ("parse selection", r"ParseSelector::"),
    ("syntax: parse repairs and retagging", r"Repair::|Repairs::|DemonymRetag::"),
    ("syntax: parser", r"Syntax\.Parsing\.Parser::"),
    ("syntax: tagger", r"Tagging\.Tagger::"),
    ("syntax: lemmatiser", r"Lemmatizer::"),
    ("syntax: rest (fill, FEATS, SetSyntax)", r"SyntaxAnnotator::|SyntaxModel::"),
    ("quantities", r"QuantityRecognizer::"),
    ("equipment", r"EquipmentRecognizer::"),
    ("events", r"EventExtractor::"),
    ("entities and spans (sort, output)", r"Doc::AddSpans|OrderBy|ImmutableArray|Enumerable::"),
]
COMPILED = [(name, re.compile(p)) for name, p in STAGES]


def samples(path):
    stack = None
    for line in open(path, errors="replace"):
        if not line.strip():
            if stack is not None:
                yield stack
            stack = None
        elif not line.startswith("\t"):
            stack = []
        elif stack is not None:
            parts = line.strip().split(" ", 1)
            stack.append(parts[1] if len(parts) > 1 else "?")
    if stack:
        yield stack


def stage_of(frames):
    """frames: from the analyzer's callee to the leaf. A syntax sub-stage refines the syntax stage."""
    found = "analyzer itself"
    for f in frames:
        for name, pattern in COMPILED:
            if pattern.search(f):
                if name.startswith("syntax: rest"):
                    found = name
                    break
                return name
    return found


def main():
    path = sys.argv[1]
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 0
    counts, runtime, leaves = collections.Counter(), collections.Counter(), collections.Counter()
    total = under = 0
    for s in samples(path):
        total += 1
        roots = [i for i, f in enumerate(s) if ROOT in f]
        if not roots:
            continue
        under += 1
        name = stage_of(list(reversed(s[: max(roots)])))
        counts[name] += 1
        leaf = s[0]
        if leaf == "[unknown]" or "libcoreclr" in leaf or re.fullmatch(r"[0-9a-f]+", leaf):
            runtime[name] += 1
        leaves[leaf[:140]] += 1
    print(f"{under} of {total} samples in Analyzer.Analyze")
    for name, c in counts.most_common():
        print(f"{100 * c / under:5.1f}%  {name:42s} (runtime leaf {100 * runtime[name] / under:4.1f}%)")
    for leaf, c in leaves.most_common(top):
        print(f"  {100 * c / under:5.1f}%  {leaf}")


if __name__ == "__main__":
    main()

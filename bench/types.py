"""Cross-validated accuracy of the type inferred from a tiltak's own words (no type given).

    python bench/types.py                       # leave-one-out on normalise/data/type_examples.csv (the seed's 129)
    python bench/types.py --folds 10            # 10-fold
    python bench/types.py --examples FILE.csv   # another set of (tiltak, type) rows
    python bench/types.py --by-set              # leave one sentence set out, on its rows whose type is not given

The model learns from the seed's examples and the sentence sets' typed sentences (normalise/type_training.py). Each
fold takes the held-out rows out of what it learnt (plus the catalogue's synonyms and cue words) and infers them
through the program's own TypeMatcher.infer. Prints accuracy, and how many inferences the matcher calls sure (above
the review threshold) and how many of those are right. With --examples, the file's rows are learnt beside the
sentences and held out in turn.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from normalise.catalogue import load_catalogue  # noqa: E402
from normalise.tiltakstype import TypeMatcher  # noqa: E402
from normalise.type_training import SEED_WEIGHT, SENTENCES, examples as training_examples, sentences  # noqa: E402
from normalise.typemodel import TypeModel, read_examples  # noqa: E402
from pipeline.settings import Thresholds  # noqa: E402

TARGET = 0.85


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=Path, help="CSV with columns tiltak,type (default: the packaged examples)")
    parser.add_argument("--folds", type=int, default=0, help="number of folds; 0 (the default) = leave-one-out")
    parser.add_argument("--by-set", action="store_true", help="leave one sentence set out at a time")
    parser.add_argument("--quiet", action="store_true", help="figures only")
    args = parser.parse_args()
    catalogue = load_catalogue()
    matcher = TypeMatcher(catalogue)
    if args.by_set:
        return by_set(matcher, catalogue)
    examples = read_examples(args.examples.read_text(encoding="utf-8") if args.examples else None)
    # Learnt once from everything; each fold then forgets its own rows, which is training without them.
    weight = SEED_WEIGHT if not args.examples else 1
    learnt = TypeModel(catalogue, training_examples() if not args.examples else examples + sentences())
    k = args.folds if args.folds > 0 else len(examples)
    threshold = Thresholds().type
    right = sure = sure_right = 0
    misses = []
    confusion: Counter[tuple[str, str]] = Counter()
    for fold in range(k):
        held = [i for i in range(len(examples)) if i % k == fold]
        matcher.model = learnt.without([examples[i] for i in held] * weight)
        for i in held:
            text, truth = examples[i]
            m = matcher.infer(text)
            ok = m.value == truth
            right += ok
            if m.confidence >= threshold:
                sure += 1
                sure_right += ok
            if not ok:
                confusion[(truth, m.value)] += 1
                misses.append((truth, m.value, m.confidence, text))
    n = len(examples)
    scheme = "leave-one-out" if k == n else f"{k}-fold"
    print(f"type inferred from the text, {scheme} over {n} examples")
    print(f"  accuracy         {right / n:.3f}{'  ok' if right / n >= TARGET else f'  MISSED (target {TARGET})'}")
    print(f"  called sure      {sure} of {n} ({sure / n:.1%}); right among them: {sure_right} ({sure_right / max(sure, 1):.3f})")
    if not args.quiet:
        for truth, got, confidence, text in sorted(misses):
            print(f"    {truth:20} <- {got:20} {confidence:.2f} {text[:90]}")
    return 0 if right / n >= TARGET else 1


def by_set(matcher: TypeMatcher, catalogue) -> int:
    """Accuracy on each sentence set's rows whose type is not given, learnt without that set's sentences."""
    rows = list(csv.DictReader((ROOT / "normalise" / SENTENCES).read_text(encoding="utf-8").splitlines()))
    learnt = TypeModel(catalogue, training_examples(), matcher.model.features)
    given = {f"{f.stem}:{r['id']}": r["type_given"] for f in (ROOT / "tests" / "normalise" / "data").glob("sentences_*.csv")
             for r in csv.DictReader(f.read_text(encoding="utf-8").splitlines())}
    right = total = sure = sure_right = 0
    # A held-out set is not learnt from, so it has no rows here: nothing to leave out, nothing to count.
    for name in sorted({r["kilde"].partition(":")[0] for r in rows}):
        own = [r for r in rows if r["kilde"].partition(":")[0] == name]
        matcher.model = learnt.without([(r["tiltak"], r["type"]) for r in own])
        for r in own:
            if given.get(r["kilde"]) != "nei":
                continue
            m = matcher.infer(r["tiltak"])
            total += 1
            right += m.value == r["type"]
            if m.confidence >= Thresholds().type:
                sure += 1
                sure_right += m.value == r["type"]
    print(f"type inferred from the text, leaving one sentence set out, on {total} rows whose type is not given")
    print(f"  accuracy         {right / max(total, 1):.3f}")
    print(f"  called sure      {sure} of {total}; right among them: {sure_right} ({sure_right / max(sure, 1):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Cross-validated accuracy of the type inferred from a tiltak's own words (no type given).

    python bench/types.py                       # leave-one-out on normalise/data/type_examples.csv (the seed's 129)
    python bench/types.py --folds 10            # 10-fold
    python bench/types.py --examples FILE.csv   # another set of (tiltak, type) rows

Each fold trains the model on the other folds (plus the catalogue's synonyms and cue words) and infers
the held-out rows through the program's own TypeMatcher.infer. Prints accuracy, and how many
inferences the matcher calls sure (above the review threshold) and how many of those are right.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from normalise.catalogue import load_catalogue  # noqa: E402
from normalise.tiltakstype import TypeMatcher  # noqa: E402
from normalise.typemodel import TypeModel, read_examples  # noqa: E402
from pipeline.settings import Thresholds  # noqa: E402

TARGET = 0.85


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=Path, help="CSV with columns tiltak,type (default: the packaged examples)")
    parser.add_argument("--folds", type=int, default=0, help="number of folds; 0 (the default) = leave-one-out")
    parser.add_argument("--quiet", action="store_true", help="figures only")
    args = parser.parse_args()
    examples = read_examples(args.examples.read_text(encoding="utf-8") if args.examples else None)
    catalogue = load_catalogue()
    matcher = TypeMatcher(catalogue)
    k = args.folds if args.folds > 0 else len(examples)
    threshold = Thresholds().type
    right = sure = sure_right = 0
    misses = []
    confusion: Counter[tuple[str, str]] = Counter()
    for fold in range(k):
        held = [i for i in range(len(examples)) if i % k == fold]
        matcher.model = TypeModel(catalogue, [e for i, e in enumerate(examples) if i % k != fold], matcher.model.features)
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


if __name__ == "__main__":
    sys.exit(main())

"""What the type model learns from, and the word counts it learnt, stored so a run need not train on thousands of
sentences each time.

It learns from the seed's typed tiltak (data/type_examples.csv) and the typed sentences of the sentence sets
(data/type_sentences.csv, gathered by `bench/type_corpus.py`, the newest held-out set left out). `python -m
normalise.type_training` stores the counts; a test fails when they no longer match the examples, the catalogue or the
model's features. A catalogue other than the one they were made with trains the model anew (some seconds), so a
run's guesses are always those its own catalogue gives.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Any

from .catalogue import Catalogue, load_catalogue
from .typemodel import EXAMPLES, TypeFeatures, TypeModel, read_examples

SENTENCES = "data/type_sentences.csv"
COUNTS = "data/type_counts.json"
# What the features are made by: a change to any of them changes what a text's features are.
_FEATURE_SOURCES = ("typemodel.py", "text.py", "data/spellings.toml")


def _read(name: str) -> bytes:
    return resources.files(__package__).joinpath(name).read_bytes()


# The seed is the secretariat's own typing of real reports, where the sentences are written to test the reader: each
# of its examples counts as this many sentences. On the seed's leave-one-out with 74 sets learnt: 0.806 at 5, 0.853 at
# 14-15, 0.845 at 12 and at 16-20; one example is 0.008, so the choice is within noise of its neighbours.
SEED_WEIGHT = 15


def sentences() -> list[tuple[str, str]]:
    """The sentence sets' (tiltak, type) pairs the model learns from."""
    return read_examples(_read(SENTENCES).decode("utf-8"))


def examples() -> list[tuple[str, str]]:
    """Every (tiltak, type) pair the model learns from, the seed's repeated by its weight."""
    return read_examples() * SEED_WEIGHT + sentences()


def fingerprint(catalogue: Catalogue) -> str:
    """What the counts depend on: the examples, the code that makes features, and the catalogue's types, names and
    words (not its delmål, which no feature reads)."""
    digest = hashlib.sha256()
    for name in (*_FEATURE_SOURCES, EXAMPLES, SENTENCES):
        digest.update(_read(name))
    used: dict[str, Any] = {"types": [asdict(t) for t in catalogue.types],
                            "organisations": [asdict(o) for o in catalogue.organisations],
                            "councils": [asdict(c) for c in catalogue.councils],
                            "vocabulary": asdict(catalogue.vocabulary)}
    digest.update(json.dumps(used, sort_keys=True, ensure_ascii=False, default=sorted).encode("utf-8"))
    return digest.hexdigest()


def trained(catalogue: Catalogue, features: TypeFeatures | None = None) -> TypeModel:
    """The model for this catalogue: from the stored counts when they were made for it, else trained now."""
    try:
        stored = json.loads(_read(COUNTS))
    except (FileNotFoundError, ValueError):
        stored = {}
    if stored.get("fingerprint") == fingerprint(catalogue):
        return TypeModel.from_counts(catalogue, stored["prior"], stored["counts"], features)
    return TypeModel(catalogue, examples(), features)


def store(catalogue: Catalogue) -> Path:
    """Train on every example and write the counts beside this module; returns the file written."""
    prior, counts = TypeModel(catalogue, examples()).counts()
    path = Path(__file__).resolve().parent / COUNTS
    data = {"fingerprint": fingerprint(catalogue), "prior": prior, "counts": counts}
    path.write_text(json.dumps(data, sort_keys=True, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    print(f"skrev {store(load_catalogue())}")

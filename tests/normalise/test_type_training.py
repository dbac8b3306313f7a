"""The type model's stored counts: what the examples give, used only for the catalogue they were made with."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from normalise import type_training
from normalise.typemodel import TypeModel, read_examples

ROOT = Path(__file__).resolve().parents[2]


def test_the_stored_counts_are_what_the_examples_and_the_catalogue_give(catalogue):
    # A stale file would give every run the guesses of an older model; rebuild it with
    # `python -m normalise.type_training` after changing the examples, the catalogue or the features.
    stored = json.loads((ROOT / "normalise" / type_training.COUNTS).read_text(encoding="utf-8"))
    assert stored["fingerprint"] == type_training.fingerprint(catalogue), "kjør python -m normalise.type_training"
    prior, counts = TypeModel(catalogue, type_training.examples()).counts()
    assert (stored["prior"], stored["counts"]) == (prior, counts)


def test_a_catalogue_other_than_the_counts_were_made_with_trains_the_model_anew(catalogue, monkeypatch):
    kurs = next(t for t in catalogue.types if t.name == "Kurs/utdanning")
    changed = replace(catalogue, types=tuple(replace(t, cues=(*t.cues, "dugnadsløft")) if t is kurs else t
                                             for t in catalogue.types))
    assert type_training.fingerprint(changed) != type_training.fingerprint(catalogue)
    # Trained anew from the (here a few) examples, the model knows the new cue; the stored counts do not.
    monkeypatch.setattr(type_training, "examples", lambda: read_examples())
    assert type_training.trained(changed).guess("Dugnadsløft for frivillige").type == "Kurs/utdanning"
    assert type_training.trained(catalogue).counts() != type_training.trained(changed).counts()


def test_a_model_without_some_examples_is_the_model_trained_without_them(catalogue):
    examples = read_examples()
    held = examples[:7]
    learnt = TypeModel(catalogue, examples)
    assert learnt.without(held).counts() == TypeModel(catalogue, examples[7:], learnt.features).counts()


def test_the_type_inferred_is_right_85_percent_leaving_one_sentence_set_out():
    # The model learns from the sentence sets: each set is measured on by a model that has not seen it.
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "types.py"), "--by-set"], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    accuracy = float(re.search(r"accuracy\s+([\d.]+)", result.stdout).group(1))
    assert accuracy >= 0.85, result.stdout

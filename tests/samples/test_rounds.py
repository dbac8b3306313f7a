"""Every tuned sample round meets the accuracy targets end to end, as `bench/accuracy.py` scores it.

2018 and 2019 are also pinned byte for byte by the golden tests; 2020 (issue 12's shapes) is checked here,
so a change in one stage cannot quietly lose another stage's rows. The held-out round is never asserted on:
its figures are read once, when the tuning is done.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _accuracy():
    spec = importlib.util.spec_from_file_location("bench_accuracy", ROOT / "bench" / "accuracy.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_2020_round_meets_every_target(capsys):
    met = _accuracy().evaluate(ROOT / "samples" / "2020", "auto", quiet=False)
    assert met, capsys.readouterr().out


def test_the_bench_pairs_a_truth_text_standing_whole_inside_a_longer_row_only_after_every_alike_pair():
    # Round 43's truth names a council as the member words it («SRY») where the report writes «NHOs plass i SRY»: the
    # same row. A row whose text is alike takes its truth first, so the trap «Evaluering av …» keeps its own.
    align = _accuracy().align
    truth = [{"source_file": "f", "tiltak": t} for t in ("SRY", "Nasjonalt fagskoleråd", "Evaluering av Nasjonalt fagskoleråd")]
    extracted = [{"source_file": "f", "tiltak": t} for t in ("Evaluering av Nasjonalt fagskoleråd", "NHOs plass i SRY",
                                                            "Representasjon i Nasjonalt fagskoleråd")]
    assert align(truth, extracted) == {0: 1, 1: 2, 2: 0}
    assert align([{"source_file": "f", "tiltak": "SRY"}], [{"source_file": "f", "tiltak": "SRYs arbeid i 2064"}]) == {}

"""How exactly a run read a round of returned forms: rows, statuses and links, ended rows, the reshaped form.

`score(expected, out_dir)` compares forms_fill's expected rows with the run's extracted.csv and
run.json; every figure is 1.000 when the forms were read exactly.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from normalise.text import clean

from .forms_fill import ENDED, Expected

FALLBACK = "er et rapporteringsskjema, men"  # how a run says it read a form as an ordinary report


@dataclass
class FormsScore:
    figures: dict[str, float] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)  # every expected row not read as expected, and every extra


def _share(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def _key(source_file: str, tiltak: str) -> tuple[str, str]:
    return source_file, clean(tiltak)


def score(expected: list[Expected], out_dir: Path) -> FormsScore:
    with open(out_dir / "extracted.csv", encoding="utf-8", newline="") as f:
        extracted = list(csv.DictReader(f))
    report = json.loads((out_dir / "run.json").read_text(encoding="utf-8"))
    result = FormsScore()
    exact = [e for e in expected if e.exact]
    exact_files = {e.source_file for e in exact}

    want = {_key(e.source_file, e.tiltak): e for e in exact if e.status != ENDED}
    got = Counter(_key(r["source_file"], r["tiltak"]) for r in extracted if r["source_file"] in exact_files)
    by_key = {_key(r["source_file"], r["tiltak"]): r for r in extracted}
    hits = [k for k in want if got[k]]
    linked = [k for k in hits if (by_key[k]["status"], by_key[k]["forrige_tiltak_id"])
              == (want[k].status, want[k].forrige_tiltak_id)]
    coded = [k for k in hits if (by_key[k]["delmal"], by_key[k]["type"]) == (want[k].delmal, want[k].type)]
    result.misses += [f"not read: {k}" for k in want if not got[k]]
    result.misses += [f"extra: {k}" for k, n in got.items() if n > (1 if k in want else 0)]
    result.misses += [f"wrong status/link: {k}: {by_key[k]['status']!r} {by_key[k]['forrige_tiltak_id']!r}, "
                      f"expected {want[k].status!r} {want[k].forrige_tiltak_id!r}" for k in hits if k not in linked]
    result.misses += [f"wrong delmål/type: {k}" for k in hits if k not in coded]

    want_ended = Counter((e.source_file, e.forrige_tiltak_id) for e in exact if e.status == ENDED)
    got_ended = Counter((r["kilde"].split("#")[0], r["forrige_tiltak_id"]) for r in report["ended"])
    ended_hits = sum((want_ended & got_ended).values())
    result.misses += [f"ended, not listed: {k}" for k in want_ended - got_ended]
    result.misses += [f"listed as ended, was not: {k}" for k in got_ended - want_ended]

    reshaped = {e.source_file for e in expected if not e.exact}
    warned = {d["file"] for d in report["documents"] if any(FALLBACK in w for w in d["warnings"])}
    fallback_rows = [e for e in expected if not e.exact]
    fallback_read = [e for e in fallback_rows if _key(e.source_file, e.tiltak) in by_key]
    result.misses += [f"reshaped form without a warning: {f}" for f in reshaped - warned]
    result.misses += [f"reshaped-form warning for a form as sent: {f}" for f in warned - reshaped]

    result.figures = {
        "rows_recall": _share(len(hits), len(want)),
        "rows_precision": _share(len(hits), sum(got.values())),
        "links_right": _share(len(linked), len(want)),
        "delmal_type_right": _share(len(coded), len(want)),
        "ended_recall": _share(ended_hits, sum(want_ended.values())),
        "ended_precision": _share(ended_hits, sum(got_ended.values())),
        "reshaped_warned": _share(len(reshaped & warned), len(reshaped)),
        "reshaped_rows_read": _share(len(fallback_read), len(fallback_rows)),
    }
    result.figures["forms"], result.figures["expected_rows"] = len(exact_files | reshaped), len(want)
    result.figures["expected_ended"] = sum(want_ended.values())
    return result


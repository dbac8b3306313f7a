"""Accuracy of a batch run against a sample round's truth.csv: extraction, matching, dedup, tables.

    python bench/accuracy.py                      # every round under samples/ with a truth.csv
    python bench/accuracy.py samples/2018 --pdf-tables camelot

Prints figures and lists every miss and extra row; exits 1 when a target is missed. misses_warned is the
share of files with a missed row that the run warned about (a miss must never be quiet); beskrivelse the
share of described tiltak whose description was read as written.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from normalise.catalogue import load_catalogue  # noqa: E402
from normalise.text import clean, fold  # noqa: E402
from pipeline.batch import run  # noqa: E402
from pipeline.outputs.csv_files import read_csv  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

SAME_TEXT = 90  # "allowing small differences": rapidfuzz ratio of the folded texts
TARGETS = {"recall": 0.99, "precision": 0.99, "delmal_code": 0.98, "delmal": 0.98, "type_given": 0.98, "dedup_f1": 0.98,
           "misses_warned": 1.0}



INSIDE = SAME_TEXT - 1  # a truth text standing whole inside the extracted one ranks under every pair of alike texts


def _inside(short: str, long: str) -> bool:
    """Whether the folded truth text stands as whole words inside the extracted text: a truth naming a council as the
    member words it («SRY») beside the row the report writes («NHOs plass i SRY»)."""
    return bool(short) and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long) is not None


def _dropped_as(source_file: str) -> list[str]:
    """The file and every archive or e-mail it came in («UHR.eml/rapport.docx» is also «UHR.eml»): the truth names
    the file as it lay in the inbox."""
    parts = source_file.split("/")
    return ["/".join(parts[:n]) for n in range(len(parts), 0, -1)]


def align(truth: list[dict], extracted: list[dict]) -> dict[int, int]:
    """truth index -> extracted index: same file, text alike (or the truth's words whole inside the extracted text),
    one to one, best pairs first."""
    by_file: dict[str, list[int]] = defaultdict(list)
    for j, e in enumerate(extracted):
        for name in _dropped_as(e["source_file"]):
            by_file[name].append(j)
    pairs = []
    for i, t in enumerate(truth):
        for j in by_file[t["source_file"]]:
            a, b = fold(t["tiltak"]), fold(extracted[j]["tiltak"])
            score = fuzz.ratio(a, b)
            if score >= SAME_TEXT:
                pairs.append((score, i, j))
            elif _inside(a, b):
                pairs.append((INSIDE, i, j))
    found: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if i not in found and j not in used:
            found[i] = j
            used.add(j)
    return found


def share(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def tables(measures: dict[str, tuple[str, str]], omrade_of) -> tuple[Counter, Counter]:
    """type x område and per-delmål counts of distinct measures {id: (delmal, type)}."""
    by_type, by_delmal = Counter(), Counter()
    for delmal, type_ in measures.values():
        by_type[(type_, omrade_of(delmal))] += 1
        by_delmal[delmal] += 1
    return by_type, by_delmal


def review_figures(register: list[dict], truth: list[dict], extracted: list[dict], found: dict[int, int],
                   quiet: bool = False) -> None:
    """How many register rows ask for review, how many are really wrong, and how many wrong ones ask."""
    measure_of = {extracted[j]["kilde"]: truth[i]["seed_row"] for i, j in found.items()}
    truth_of = {t["seed_row"]: t for t in truth}
    entry_of_measure: dict[str, set[str]] = defaultdict(set)
    for e in register:
        for k in e["kilder"].split("; "):
            entry_of_measure[measure_of.get(k, "?")].add(e["tiltak_id"])
    wrong: dict[str, str] = {}
    for e in register:
        measures = {measure_of.get(k, "?") for k in e["kilder"].split("; ")}
        if len(measures) != 1 or "?" in measures:
            # merged different measures, or holds a row that is no tiltak
            wrong[e["tiltak_id"]] = "no tiltak" if measures == {"?"} else f"merges {', '.join(sorted(measures))}"
            continue
        m = measures.pop()
        t = truth_of[m]
        why = [w for w, bad in (("delmål", e["delmal"] != t["delmal"]), ("type", e["type"] != t["type"]),
                                ("split", len(entry_of_measure[m]) > 1)) if bad]
        if why:
            wrong[e["tiltak_id"]] = f"{m}: {', '.join(why)}"  # wrong delmål or type, or the measure is split over entries
    flagged = {e["tiltak_id"] for e in register if e["needs_review"] == "ja"}
    print(f"  needs review     {len(flagged)} of {len(register)} register rows; really wrong among them: "
          f"{len(flagged & set(wrong))}")
    print(f"  wrong rows       {len(wrong)}; flagged for review: {len(set(wrong) & flagged)}; "
          f"missed: {len(set(wrong) - flagged)}")
    for e in register:
        if e["tiltak_id"] in wrong and e["tiltak_id"] not in flagged:
            print(f"    ! {e['tiltak_id']} [{wrong[e['tiltak_id']]}] {e['tiltak'][:80]}")
    if not quiet:
        right = [e for e in register if e["tiltak_id"] in flagged and e["tiltak_id"] not in wrong]
        print(f"  flagged but right ({len(right)}):")
        for e in right:
            print(f"    ? {e['tiltak_id']} {e['tiltak'][:50]!r}: {e['merknader'][:160]}")
        # What caught each wrong row: a reason that alone flags none of them is one the review list could do without.
        caught = [e for e in register if e["tiltak_id"] in flagged and e["tiltak_id"] in wrong]
        print(f"  flagged and wrong ({len(caught)}):")
        for e in caught:
            print(f"    * {e['tiltak_id']} [{wrong[e['tiltak_id']]}] {e['tiltak'][:50]!r}: {e['merknader'][:160]}")


def print_dedup_errors(truth: list[dict], extracted: list[dict], found: dict[int, int], cluster_of: dict[str, str]) -> None:
    """The measures the register split over several rows, and the rows that merge different measures."""
    by_measure: dict[str, list[int]] = defaultdict(list)
    by_entry: dict[str, set[str]] = defaultdict(set)
    for i, j in found.items():
        entry = cluster_of.get(extracted[j]["kilde"], "?")
        by_measure[truth[i]["seed_row"]].append(i)
        by_entry[entry].add(truth[i]["seed_row"])
    split = {m: rows for m, rows in by_measure.items() if len({cluster_of.get(extracted[found[i]]["kilde"]) for i in rows}) > 1}
    merged = {e: ms for e, ms in by_entry.items() if len(ms) > 1}
    print(f"  split measures ({len(split)}):")
    for m, rows in sorted(split.items()):
        print(f"    / {m}:")
        for i in rows:
            print(f"        {cluster_of.get(extracted[found[i]]['kilde'])} {truth[i]['member']}: {clean(truth[i]['tiltak'])[:80]}")
    print(f"  merged measures ({len(merged)}):")
    for e, ms in sorted(merged.items()):
        print(f"    & {e}: {', '.join(sorted(ms))}")


def evaluate(round_dir: Path, pdf_tables: str, quiet: bool, year: int | None = None) -> bool:
    catalogue = load_catalogue()
    truth = read_csv(round_dir / "truth.csv")
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as scratch:
        # A bench run stores nothing in the user's history: it keeps its own, removed with the scratch folder.
        result = run(Settings(inbox=round_dir, out=Path(out), pdf_tables=pdf_tables, cache=False, year=year,
                              history=Path(scratch) / "historikk.sqlite"))
        extracted = read_csv(Path(out) / "extracted.csv")
        register = read_csv(Path(out) / "register.csv")
    # A file the run said something about: a warning, a rejection, rows it left unread.
    warned = {name for d in result.documents if d.warnings or d.outcome.is_problem
              for name in _dropped_as(d.document.source_file)}
    print(f"\n=== {round_dir} ({len(result.documents)} files, pdf tables: {pdf_tables}) ===")
    found = align(truth, extracted)
    matched_extracted = set(found.values())
    figures = {
        "recall": share(len(found), len(truth)),
        "precision": share(len(matched_extracted), len(extracted)),
    }
    with_code = [i for i, j in found.items() if extracted[j]["delmal_raw"] and any(c.isdigit() for c in extracted[j]["delmal_raw"])]
    figures["delmal_code"] = share(sum(extracted[found[i]]["delmal"] == truth[i]["delmal"] for i in with_code), len(with_code))
    figures["delmal"] = share(sum(extracted[j]["delmal"] == truth[i]["delmal"] for i, j in found.items()), len(found))
    described = [i for i in found if truth[i].get("beskrivelse")]
    if described:
        figures["beskrivelse"] = share(sum(fold(extracted[found[i]]["beskrivelse"]) == fold(truth[i]["beskrivelse"])
                                           for i in described), len(described))
    missed_files = {t["source_file"] for i, t in enumerate(truth) if i not in found}
    figures["misses_warned"] = share(len(missed_files & warned), len(missed_files))
    given = [i for i, j in found.items() if extracted[j]["type_raw"]]
    inferred = [i for i, j in found.items() if not extracted[j]["type_raw"]]
    figures["type_given"] = share(sum(extracted[found[i]]["type"] == truth[i]["type"] for i in given), len(given))
    figures["type_inferred"] = share(sum(extracted[found[i]]["type"] == truth[i]["type"] for i in inferred), len(inferred))

    # Dedup: pairs of found rows that share a measure in the truth vs in the register.
    cluster_of = {k: e["tiltak_id"] for e in register for k in e["kilder"].split("; ")}
    rows = [(truth[i]["seed_row"], cluster_of.get(extracted[j]["kilde"])) for i, j in found.items()]
    same_truth = {(a, b) for a, b in combinations(range(len(rows)), 2) if rows[a][0] == rows[b][0]}
    same_run = {(a, b) for a, b in combinations(range(len(rows)), 2) if rows[a][1] == rows[b][1]}
    tp = len(same_truth & same_run)
    p, r = share(tp, len(same_run)), share(tp, len(same_truth))
    figures["dedup_precision"], figures["dedup_recall"] = p, r
    figures["dedup_f1"] = 2 * p * r / (p + r) if p + r else 0.0

    expected = {t["seed_row"]: (t["delmal"], t["type"]) for t in truth}
    got = {e["tiltak_id"]: (e["delmal"], e["type"]) for e in register}
    exp_type, exp_delmal = tables(expected, catalogue.omrade_of)
    got_type, got_delmal = tables(got, catalogue.omrade_of)

    print(f"truth rows {len(truth)}, extracted rows {len(extracted)}, found {len(found)}")
    for name, value in figures.items():
        target = TARGETS.get(name)
        mark = "" if target is None else ("  ok" if value >= target else f"  MISSED (target {target})")
        print(f"  {name:16} {value:.3f}{mark}")
    print(f"  register rows    {len(register)} (truth: {len(expected)} distinct measures)"
          f"{'  ok' if len(register) == len(expected) else '  MISSED'}")
    review_figures(register, truth, extracted, found, quiet)

    omrader = [o.id for o in catalogue.omrader]
    print("\n  type x område (run / truth)")
    print("  " + f"{'type':22}" + "".join(f"{'omr ' + o:>12}" for o in omrader) + f"{'totalt':>12}")
    cells_ok = True
    for t in catalogue.types:
        cells = [(got_type[(t.name, o)], exp_type[(t.name, o)]) for o in omrader]
        cells_ok &= all(a == b for a, b in cells)
        total = (sum(a for a, _ in cells), sum(b for _, b in cells))
        print("  " + f"{t.name:22}" + "".join(f"{f'{a}/{b}':>12}" for a, b in cells) + f"{f'{total[0]}/{total[1]}':>12}")
    print("\n  tiltak per delmål (run / truth)")
    line = []
    for d in catalogue.delmal:
        a, b = got_delmal[d.code], exp_delmal[d.code]
        cells_ok &= a == b
        line.append(f"{d.code}: {a}/{b}{'' if a == b else ' *'}")
    for k in range(0, len(line), 6):
        print("  " + "   ".join(line[k : k + 6]))
    print(f"  every cell reproduced: {'yes' if cells_ok else 'NO'}")

    if not quiet:
        missed = [t for i, t in enumerate(truth) if i not in found]
        extra = [e for j, e in enumerate(extracted) if j not in matched_extracted]
        print(f"\n  misses ({len(missed)}):")
        for t in missed:
            quiet = "" if t["source_file"] in warned else "  (QUIET: the run said nothing about this file)"
            print(f"    - {t['source_file']}: {clean(t['tiltak'])[:100]}{quiet}")
        print(f"  extra rows ({len(extra)}):")
        for e in extra:
            print(f"    + {e['kilde']}: {clean(e['tiltak'])[:100]}")
        wrong = [(truth[i], extracted[j]) for i, j in found.items() if extracted[j]["delmal"] != truth[i]["delmal"]]
        print(f"  wrong delmål ({len(wrong)}):")
        for t, e in wrong:
            print(f"    ~ {e['kilde']}: {e['delmal'] or '-'} for {t['delmal']} from «{e['delmal_raw'][:60]}»")
        wrong = [(truth[i], extracted[j]) for i, j in found.items() if extracted[j]["type"] != truth[i]["type"]]
        print(f"  wrong type ({len(wrong)}):")
        for t, e in wrong:
            print(f"    ~ {e['kilde']}: {e['type'] or '-'} for {t['type']} from «{e['type_raw']}»")
        print_dedup_errors(truth, extracted, found, cluster_of)
    ok = all(figures[k] >= v for k, v in TARGETS.items()) and len(register) == len(expected) and cells_ok
    print(f"\n  all targets met: {'yes' if ok else 'NO'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rounds", nargs="*", type=Path, help="sample round folders (default: all with a truth.csv)")
    parser.add_argument("--pdf-tables", default="auto", choices=["auto", "pdfplumber", "camelot"])
    parser.add_argument("--quiet", action="store_true", help="figures only, no listing of misses")
    parser.add_argument("--year", type=int, help="the rounds' year, where their reports disagree (as tiltak run --year)")
    args = parser.parse_args()
    rounds = args.rounds or sorted(p.parent for p in (ROOT / "samples").glob("*/truth.csv"))
    results = [evaluate(r, args.pdf_tables, args.quiet, args.year) for r in rounds]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())

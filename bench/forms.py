"""Round trip of the reporting forms: how exactly returned forms read back.

    python bench/forms.py            # in a temporary folder
    python bench/forms.py --keep DIR # leave the history, forms, returned forms and outputs in DIR

Runs samples/2018 into a fresh history, writes the 2019 forms from it (`tiltak skjema`), fills them
as members would (samples.generator.forms_round: rows continued, changed and ended, councils confirmed,
new rows; one form returned unchanged, one reshaped, one Excel and one Word form saved through
LibreOffice when it is installed), runs 2019 over them and prints recall and precision of the rows,
the share of rows with the right status and link, and of the ended rows. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers import tools  # noqa: E402
from pipeline.batch import run  # noqa: E402
from pipeline.forms.write import write_forms  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from samples.generator.forms_round import fill_round  # noqa: E402
from samples.generator.forms_score import score  # noqa: E402

TARGETS = {"rows_recall": 1.0, "rows_precision": 1.0, "links_right": 1.0, "ended_recall": 1.0, "ended_precision": 1.0,
           "reshaped_warned": 1.0}


def bench(folder: Path) -> int:
    history, cache = folder / "historikk.sqlite", folder / "cache"
    started = time.perf_counter()
    run(Settings(inbox=ROOT / "samples" / "2018", out=folder / "2018", history=history, cache_dir=cache))
    forms = write_forms(2019, folder / "skjema", history)
    written = time.perf_counter()
    soffice = tools.which("soffice", "libreoffice")
    expected = fill_round(folder / "skjema", folder / "2019", soffice)
    result = run(Settings(inbox=folder / "2019", out=folder / "2019-ut", history=history, cache_dir=cache))
    found = score(expected, folder / "2019-ut")

    print(f"{len(forms.forms)} forms written ({len(forms.written)} files, {written - started:.1f} s with the 2018 run); "
          f"{int(found.figures['forms'])} returned, {int(found.figures['expected_rows'])} rows and "
          f"{int(found.figures['expected_ended'])} ended rows expected"
          + ("" if soffice else "; no LibreOffice: no form was saved through it"))
    missed = []
    for name, value in found.figures.items():
        if name in ("forms", "expected_rows", "expected_ended"):
            continue
        target = TARGETS.get(name)
        flag = "" if target is None or value >= target else "  <-- below target"
        if flag:
            missed.append(name)
        print(f"  {name:20s} {value:.3f}" + (f"  (target {target:.3f})" if target is not None else "") + flag)
    for miss in found.misses:
        print(f"  - {miss}")
    print(f"2019 run: exit code {result.exit_code}, {len(result.ended)} ended tiltak listed in run.json")
    return 1 if missed or found.misses else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="folder to work in and leave behind (must be empty or new)")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        if any(args.keep.iterdir()):
            parser.error(f"{args.keep} is not empty")
        return bench(args.keep)
    with tempfile.TemporaryDirectory() as tmp:
        return bench(Path(tmp))


if __name__ == "__main__":
    sys.exit(main())

"""Build held-out round 23 (reporting year 2044): `python -m samples.holdout24_generator [--out DIR] [--no-check]`."""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from . import content_a as a
from . import content_b as b
from . import pdfs, sheets, word_tables, word_text
from .model import Report
from .office import convert
from .truth import counts, write_readme, write_truth

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "holdout24"

REPORTS: list[Report] = [a.REGJERINGEN, a.LO, a.NHO_DRAFT, a.NHO_FINAL, a.UNIO, a.KS, b.YS, b.VIRKE, b.AKADEMIKERNE,
                         b.SPEKTER, b.VOFO, b.UHR, b.VESTLAND, b.TRONDELAG, b.AGENDA]


def _via_word(builder, report: Report, dest: Path, fmt: str, stamp: str = "20450220090000") -> Path:  # type: ignore[no-untyped-def]
    """Write the report as DOCX in a scratch folder, then let LibreOffice save it as `fmt`."""
    with tempfile.TemporaryDirectory(prefix="holdout24_docx_") as tmp:
        docx = Path(tmp) / (dest.stem + ".docx")
        builder(report, docx)
        return convert(docx, fmt, dest, stamp)


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if old.is_file():
            old.unlink()
    p = out.joinpath
    word_tables.regjeringen(a.REGJERINGEN, p(a.REGJERINGEN.filename))
    _via_word(word_text.lo_letter, a.LO, p(a.LO.filename), "pdf", "20450214121000")
    word_tables.nho(a.NHO_DRAFT, p(a.NHO_DRAFT.filename), final=False)
    word_tables.nho(a.NHO_FINAL, p(a.NHO_FINAL.filename), final=True)
    pdfs.unio_slides(a.UNIO, p(a.UNIO.filename))
    sheets.ks_workbook(a.KS, p(a.KS.filename))
    pdfs.ys_scan(b.YS, p(b.YS.filename))
    _via_word(word_text.virke_form, b.VIRKE, p(b.VIRKE.filename), "odt")
    _via_word(word_text.akademikerne, b.AKADEMIKERNE, p(b.AKADEMIKERNE.filename), "doc")
    _via_word(word_tables.spekter, b.SPEKTER, p(b.SPEKTER.filename), "rtf")
    pdfs.vofo_email(b.VOFO, p(b.VOFO.filename))
    word_tables.uhr(b.UHR, p(b.UHR.filename))
    _via_word(word_tables.vestland, b.VESTLAND, p(b.VESTLAND.filename), "pdf", "20450214131900")
    word_tables.trondelag(b.TRONDELAG, p(b.TRONDELAG.filename))
    word_text.agenda(p(b.AGENDA.filename))
    rows = write_truth(REPORTS, out)
    write_readme(REPORTS, rows, out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.holdout24_generator", description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write the round to")
    parser.add_argument("--no-check", action="store_true", help="skip checking the truth's text against the files")
    args = parser.parse_args(argv)
    build(args.out)
    if not args.no_check:
        from .check import check

        problems = check(REPORTS, args.out)
        for problem in problems:
            print("PROBLEM:", problem, file=sys.stderr)
        if problems:
            return 1
    rows = write_truth(REPORTS, args.out)
    n = counts(REPORTS, rows)
    print(f"holdout24: files={n['files']} rows={n['rows']} measures={n['measures']} shared={n['shared']} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

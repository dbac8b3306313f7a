"""Write the held-out 2024 round: `python -m samples.holdout4_generator [--out DIR]`."""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from . import docx_tables, docx_text
from .content_a import REPORTS as NATIONAL
from .content_b import REPORTS as OTHERS
from .formats import fix_zip_times, scan_pdf, soffice_convert, write_xlsx
from .truth import write_readme, write_truth

REPORTS = NATIONAL + OTHERS
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "holdout4"


def _layout(name: str):
    return getattr(docx_tables, name, None) or getattr(docx_text, name)


def build(out: Path) -> None:
    """Write every file of the round, then truth.csv and README.md, into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="holdout4_build_") as tmp:
        work = Path(tmp)
        pending: dict[str, list[Path]] = {"pdf": [], "odt": [], "rtf": [], "scan": []}
        for report in REPORTS:
            final = out / report.file
            if report.layout == "xlsx":
                write_xlsx(report, str(final))
                continue
            if not report.convert:
                _layout(report.layout)(report, str(final))
                continue
            source = work / (Path(report.file).stem + ".docx")
            _layout(report.layout)(report, str(source))
            pending[report.convert].append(source)
        converted = work / "converted"
        converted.mkdir()
        soffice_convert(pending["pdf"] + pending["scan"], "pdf", converted)
        soffice_convert(pending["odt"], "odt", converted)
        soffice_convert(pending["rtf"], "rtf", converted)
        for kind, sources in pending.items():
            for source in sources:
                ext = "pdf" if kind == "scan" else kind
                made = converted / f"{source.stem}.{ext}"
                if kind == "scan":
                    scan_pdf(made, out / made.name)
                else:
                    shutil.copyfile(made, out / made.name)
    for made in (*out.glob("*.docx"), *out.glob("*.xlsx")):
        fix_zip_times(made)
    lines = write_truth(REPORTS, out / "truth.csv")
    write_readme(REPORTS, lines, out / "README.md")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    build(args.out)
    print(f"wrote {len(REPORTS)} files, truth.csv and README.md to {args.out}")


if __name__ == "__main__":
    main()

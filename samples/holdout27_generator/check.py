"""Check the built round: every truth row's tiltak (and description) text is found in its file's text.
`python -m samples.holdout27_generator.check [DIR]`; the scan is checked by eye, not here."""
import csv
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", "-raw", str(path), "-"],
                              capture_output=True, text=True, check=True).stdout
    if path.suffix == ".xlsx":
        wb = load_workbook(path)
        return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/p", "--headless", "--convert-to",
                        "txt:Text (encoded):UTF8", "--outdir", td, str(path)],
                       check=True, capture_output=True, timeout=180)
        return (Path(td) / (path.stem + ".txt")).read_text(encoding="utf-8-sig")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def main() -> None:
    d = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "holdout27"
    rows = list(csv.DictReader(open(d / "truth.csv", encoding="utf-8")))
    texts: dict[str, str] = {}
    bad = 0
    for r in rows:
        f = r["source_file"]
        if "skannet" in f:
            continue
        if f not in texts:
            texts[f] = norm(text_of(d / f))
        for col in ("tiltak", "beskrivelse", "ansvarlig", "samarbeidspartnere"):
            if r[col] and norm(r[col]) not in texts[f]:
                bad += 1
                print(f"MISSING {col} in {f}: {r[col]!r}")
    print(f"{len(rows)} rows checked, {bad} missing")


if __name__ == "__main__":
    main()

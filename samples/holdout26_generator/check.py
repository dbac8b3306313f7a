"""Checks that every truth row's tiltak text stands in its built file (the scan against what was drawn)."""
from __future__ import annotations

import re
import subprocess
import tempfile
import zipfile
from pathlib import Path

from . import content_b as cb


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def file_text(path: Path) -> str:
    suffix = path.suffix
    if suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if suffix == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(str(path))
        return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    if suffix == ".pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(str(path))
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/p", "--headless", "--convert-to",
                        "txt:Text (encoded):UTF8", "--outdir", tmp, str(path)], check=True, capture_output=True)
        return (Path(tmp) / (path.stem + ".txt")).read_text(encoding="utf-8-sig")


def check(out: Path, rows: list[dict[str, str]]) -> list[str]:
    problems = []
    texts: dict[str, str] = {}
    scan = {r.tiltak for r in cb.AKADEMIKERNE}
    for r in rows:
        name = r["source_file"]
        if name.startswith("Akademikerne"):
            if r["tiltak"] not in scan:
                problems.append(f"{name}: {r['tiltak']!r} not drawn")
            continue
        if name not in texts:
            texts[name] = _norm(file_text(out / name))
        for field in ("tiltak", "beskrivelse"):
            if r[field] and _norm(r[field]) not in texts[name]:
                problems.append(f"{name}: {field} {r[field]!r} not found")
    for name in texts:
        if name.endswith((".docx", ".xlsx", ".odt")) and not zipfile.is_zipfile(out / name):
            problems.append(f"{name}: not a zip")
    return problems

"""What a run loads only when it needs it: the CLI starts without the parsers or the output libraries, and
a run with nothing new (every report cached, the outputs current) loads neither."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pipeline.batch import run
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
# Libraries only reading a report or writing an output needs; each takes a noticeable time to import.
HEAVY = ("matplotlib", "networkx", "camelot", "pandas", "numpy", "openpyxl", "docx", "jinja2", "pdfplumber",
         "pdfminer", "pypdfium2", "PIL", "cv2", "snowballstemmer",
         "markdown_it")  # typer's help formatter brings it; only a help page needs it
PARSERS = ("parsers.pdf", "parsers.pdf_reader", "parsers.docx", "parsers.xlsx", "parsers.ocr", "parsers.convert")


def _loaded(code: str, *argv: str) -> tuple[subprocess.CompletedProcess, set[str]]:
    """Run `code` in a fresh interpreter; the modules loaded when it exits (by SystemExit too)."""
    probe = ("import atexit, json, sys\n"
             "atexit.register(lambda: sys.__stderr__.write('MODULES' + json.dumps(sorted(sys.modules)) + '\\n'))\n"
             + code)
    done = subprocess.run([sys.executable, "-c", probe, *argv], cwd=ROOT, capture_output=True, text=True, timeout=300)
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES"))
    return done, set(json.loads(line.removeprefix("MODULES")))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m in PARSERS)


def test_the_cli_and_the_registry_load_no_parser_and_no_output_library():
    _, modules = _loaded("import pipeline.cli\n"
                         "from parsers.registry import formats, readable_formats\n"
                         "assert 'pdf' in formats() and 'Word (DOCX)' in readable_formats()\n")
    assert _heavy(modules) == []


def test_a_run_with_nothing_new_loads_no_parser_and_writes_nothing(tmp_path, reports):
    inbox = reports(tmp_path / "2018", ("lo_2018.docx", "ks_2018.pdf"))
    out, cache, history = tmp_path / "out", tmp_path / "cache", tmp_path / "h.sqlite"
    first = run(Settings(inbox=inbox, out=out, history=history, cache_dir=cache, jobs=1))
    assert first.outputs and len(first.register) > 0
    written = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}

    done, modules = _loaded("import sys\nfrom pipeline.cli import main\nsys.argv[0] = 'tiltak'\nmain()\n",
                            "run", str(inbox), "--out", str(out), "--cache-dir", str(cache), "--history", str(history))
    assert done.returncode == 0, done.stderr
    assert "ingen endringer siden forrige kjøring" in done.stdout
    assert "(fra hurtigbuffer)" in done.stdout
    assert _heavy(modules) == []
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == written


def test_reading_a_pdf_with_text_loads_no_image_library(tmp_path, reports):
    # OCR's libraries (numpy, OpenCV, Pillow's filters) take a third of a second to load: only scans need them.
    inbox = reports(tmp_path / "2018", ("ks_2018.pdf",))
    probe = ("import sys\nfrom pathlib import Path\nfrom parsers.registry import ParseOptions, parser_for\n"
             f"content = parser_for('pdf').parse(Path({str(inbox / 'ks_2018.pdf')!r}), 'ks_2018.pdf', ParseOptions())\n"
             "assert content.blocks\n")
    done, modules = _loaded(probe)
    assert done.returncode == 0, done.stderr
    assert "parsers.pdf" in modules
    assert sorted(m for m in modules if m.split(".")[0] in ("numpy", "cv2") or m == "parsers.ocr") == []

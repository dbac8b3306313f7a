"""Speed and memory of tiltak's PDF stage and of `tiltak run`, against pdfplumber alone and the pypdfium2 floor.

    python bench/speed.py                     # PDF stage per page, a year's inbox cold and warm
    python bench/speed.py --reports 1000      # ... and a cold run over 1,000 reports with peak memory
    python bench/speed.py --repeats 7

Every figure is the median of --repeats runs measured in this one run, so the ratios compare like with
like on a machine other work may be loading (the load average is printed with them). The PDF sets are
the sample rounds' PDFs and the sample Word reports exported to PDF by LibreOffice (kept under
bench/out/). The floor is what any extractor must do: pypdfium2 opening each page and reading every
character's text and box. "A year's inbox" is samples/2018 with its Word reports as those PDFs.
Scanned PDFs (no text layer: read by OCR, which the floor does not do) are left out of the per-page
figures and counted beside them. The program's own modules are compiled to bytecode first, as an
installed program has them (PYTHONDONTWRITEBYTECODE would otherwise make every run compile them).
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import psutil
import pypdfium2
import pypdfium2.raw as pdfium_raw

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
TILTAK = [sys.executable, "-m", "pipeline.cli"]


def exported(docx: list[Path], folder: Path) -> list[Path]:
    """The Word reports as LibreOffice exports them to PDF (made once, kept in folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    missing = [p for p in docx if not (folder / f"{p.stem}.pdf").is_file()]
    if missing:
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            sys.exit("LibreOffice (soffice) is needed to export the Word samples to PDF")
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={Path(profile).as_uri()}",
                            "--convert-to", "pdf", "--outdir", str(folder), *map(str, missing)],
                           check=True, capture_output=True, timeout=900)
    return [folder / f"{p.stem}.pdf" for p in docx]


def page_count(pdfs: list[Path]) -> int:
    total = 0
    for p in pdfs:
        doc = pypdfium2.PdfDocument(p)
        total += len(doc)
        doc.close()
    return total


def has_text(path: Path) -> bool:
    """Whether any page of the PDF has a character in its text layer (a scan has none)."""
    doc = pypdfium2.PdfDocument(path)
    try:
        for page in doc:
            text = page.get_textpage()
            count = text.count_chars()
            text.close()
            page.close()
            if count:
                return True
        return False
    finally:
        doc.close()


def floor(pdfs: list[Path]) -> None:
    """pypdfium2 reading every character with its box: the page's text in one call, then each box."""
    rect = pdfium_raw.FS_RECTF()
    for path in pdfs:
        doc = pypdfium2.PdfDocument(path)
        for page in doc:
            text = page.get_textpage()
            count = text.count_chars()
            text.get_text_range(0, count)
            for i in range(count):
                pdfium_raw.FPDFText_GetLooseCharBox(text, i, rect)
            text.close()
            page.close()
        doc.close()


def pdfplumber_alone(pdfs: list[Path]) -> None:
    """pdfplumber by itself: every page's words and ruled tables, as tiltak asked of it before pdfium."""
    import pdfplumber

    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_words(extra_attrs=["fontname", "size"])
                page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"})
                page.close()


def pdf_stage(pdfs: list[Path]) -> None:
    """tiltak's PDF parser: pages, tables, paragraphs, in reading order."""
    from parsers.pdf import parse_pdf
    from parsers.registry import ParseOptions

    for path in pdfs:
        parse_pdf(path, path.name, ParseOptions())


def pdf_stage_on_pdfminer(pdfs: list[Path]) -> None:
    """The same stage reading pages through pdfminer, as it did before pdfium (the fallback source)."""
    from parsers.pdf_reader import read_text_pdf
    from parsers.registry import ParseOptions

    for path in pdfs:
        read_text_pdf(path, path.name, ParseOptions(), "pdfminer")


def interleaved(works: dict[str, Callable[[], object]], repeats: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds of each work, the works taking turns in every repeat so that a change
    in the machine's load falls on all of them alike."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in works}
    for _ in range(repeats):
        for name, work in works.items():
            wall, cpu = time.perf_counter(), time.process_time()
            work()
            times[name].append((time.perf_counter() - wall, time.process_time() - cpu))
    return {name: (statistics.median(t[0] for t in ts), statistics.median(t[1] for t in ts)) for name, ts in times.items()}


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min) {five:.1f} (5 min) on {os.cpu_count()} cores"


def per_page(label: str, found_pdfs: list[Path], repeats: int) -> None:
    """Prints per-page ms of the floor, tiltak (on pdfium, and on pdfminer as before) and pdfplumber, wall and CPU."""
    pdfs = [p for p in found_pdfs if has_text(p)]
    scans = len(found_pdfs) - len(pdfs)
    pages = page_count(pdfs)
    pdf_stage(pdfs[:1])  # imports and first-call set-up are not per-page work
    pdfplumber_alone(pdfs[:1])
    found = interleaved({"floor": lambda: floor(pdfs), "ours": lambda: pdf_stage(pdfs),
                         "plumber": lambda: pdfplumber_alone(pdfs), "before": lambda: pdf_stage_on_pdfminer(pdfs)},
                        repeats)
    print(f"\n{label}: {len(pdfs)} PDFs, {pages} pages, one core, median of {repeats} ({load()})"
          + (f"; {scans} scanned PDF(s) left out (OCR)" if scans else ""))
    print("                         wall ms/page  x floor    CPU ms/page  x floor")
    base_wall, base_cpu = found["floor"]
    for name, title, target in (("floor", "pypdfium2 floor", ""), ("ours", "tiltak PDF stage", "   (target <= 3x)"),
                                ("before", "tiltak on pdfminer", "   (the PDF stage before pdfium)"),
                                ("plumber", "pdfplumber alone", "")):
        wall, cpu = found[name]
        print(f"  {title:20s} {wall / pages * 1000:9.2f} {wall / base_wall:8.1f}x {cpu / pages * 1000:12.2f} "
              f"{cpu / base_cpu:7.1f}x{target}")


def timed_run(inbox: Path, out: Path, *args: str) -> tuple[float, float, int]:
    """(seconds, peak MB of the whole process tree, exit code) of one `tiltak run`, process start included."""
    cmd = [*TILTAK, "run", str(inbox), "--out", str(out), "--year", "2018", "--history", str(out) + ".sqlite", *args]
    start = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.02)
    return time.perf_counter() - start, peak / 2**20, proc.returncode


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def year_inbox(pdfs: list[Path], repeats: int, jobs: str) -> None:
    """Cold and warm `tiltak run` over a year's reports, against the floor over the same files."""
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "2018"
        inbox.mkdir()
        for p in pdfs:
            shutil.copy(p, inbox / p.name)
        floors, colds, warms = [], [], []
        for k in range(repeats):
            floors.append(interleaved({"floor": lambda: floor(pdfs)}, 1)["floor"])
            out, cache = Path(tmp) / f"out{k}", Path(tmp) / f"cache{k}"
            cpu = children_cpu()
            seconds, _, code = timed_run(inbox, out, "--jobs", jobs, "--cache-dir", str(cache))
            colds.append((seconds, children_cpu() - cpu))
            cpu = children_cpu()
            seconds = timed_run(inbox, out, "--jobs", jobs, "--cache-dir", str(cache))[0]
            warms.append((seconds, children_cpu() - cpu))
    floor_wall, floor_cpu = (statistics.median(f[i] for f in floors) for i in (0, 1))
    cold_wall, cold_cpu = (statistics.median(c[i] for c in colds) for i in (0, 1))
    warm_wall, warm_cpu = (statistics.median(w[i] for w in warms) for i in (0, 1))
    print(f"\na year's inbox (samples/2018, Word reports as PDF): {len(pdfs)} PDFs, --jobs {jobs}, "
          f"median of {repeats} (exit {code}; {load()})")
    print("                         wall s    x floor    CPU s (process tree)  x floor")
    print(f"  pypdfium2 floor      {floor_wall:8.3f}            {floor_cpu:8.3f}")
    print(f"  cold tiltak run      {cold_wall:8.3f} {cold_wall / floor_wall:8.1f}x   {cold_cpu:8.3f} "
          f"{cold_cpu / floor_cpu:14.1f}x   (target <= 8x, process start included)")
    print(f"  warm, nothing new    {warm_wall:8.3f}            {warm_cpu:8.3f}   (target <= 0.5 s)")


def many_reports(count: int, jobs: str) -> None:
    """A cold run over `count` reports (variants of the 2018 round, each its own bytes) with peak memory."""
    from bench.speed_inbox import scaled_inbox

    inbox = scaled_inbox(count)
    reports = [p for p in inbox.iterdir() if p.suffix in (".pdf", ".docx")]
    with tempfile.TemporaryDirectory() as tmp:
        cpu = children_cpu()
        seconds, peak, code = timed_run(inbox, Path(tmp) / "out", "--jobs", jobs, "--cache-dir", str(Path(tmp) / "cache"))
        cpu = children_cpu() - cpu
    print(f"\n{len(reports)} reports cold, --jobs {jobs} (exit {code}; {load()})")
    print(f"  cold tiltak run      {seconds:7.1f} s   (target <= 60 s)   peak memory of the process tree {peak:6.0f} MB "
          "(target < 1024 MB)")
    print(f"  CPU of the process tree {cpu:7.1f} s   (on {os.cpu_count()} idle cores the wall time is at least "
          f"{cpu / (os.cpu_count() or 1):.1f} s)")


def compiled() -> None:
    """The program's modules as bytecode, as an installed program has them."""
    for package in ("tiltak_core", "parsers", "normalise", "pipeline"):
        compileall.compile_dir(ROOT / package, quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--jobs", default="0", help="passed to tiltak run (0: all cores)")
    parser.add_argument("--reports", type=int, default=0, help="also a cold run over this many reports (e.g. 1000)")
    args = parser.parse_args()
    compiled()
    samples = sorted(ROOT.glob("samples/20*/*.pdf"))
    docx = sorted(ROOT.glob("samples/20*/*.docx"))
    exports = exported(docx, OUT / "lo-pdf")
    per_page("sample rounds' PDFs", samples, args.repeats)
    per_page("sample Word reports exported by LibreOffice", exports, args.repeats)
    year = sorted(ROOT.glob("samples/2018/*.pdf")) + [p for p in exports if p.stem.endswith("2018")]
    year_inbox(year, args.repeats, args.jobs)
    if args.reports:
        many_reports(args.reports, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())

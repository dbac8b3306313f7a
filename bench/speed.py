"""Speed and memory of `tiltak run` on scaled inboxes, against camelot and the pypdfium2 floor.

    python bench/speed.py                 # samples/2018, then 20x, 60x and 200x its reports
    python bench/speed.py --sizes 20 100 500 --jobs 2

Scaled inboxes are built by the sample generator with a different variant per copy, so every file has
its own bytes and the cache cannot cheat; they are kept under bench/out/ between runs. Prints, per size:
pages per second, seconds per report, peak memory (the whole process tree), and the per-page time of
(a) camelot alone and (b) pypdfium2 reading every character with its box, as ratios to ours.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import psutil
import pypdfium2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
SAMPLE = ROOT / "samples" / "2018"
TILTAK = [sys.executable, "-m", "pipeline.cli"]
REPORT_SUFFIXES = (".pdf", ".docx")


def _variant(args: tuple[int, Path]) -> int:
    from samples.generator import build_round

    variant, inbox = args
    with tempfile.TemporaryDirectory() as tmp:
        for path in build_round(2018, Path(tmp), variant=variant):
            shutil.move(str(path), inbox / f"{variant:04d}_{path.name}")
    return variant


def scaled_inbox(factor: int, jobs: int) -> Path:
    """factor copies of the 2018 reports, each copy another variant (other bytes, same tiltak)."""
    inbox = OUT / f"2018x{factor}"
    done = inbox / ".complete"
    if done.is_file():
        return inbox
    shutil.rmtree(inbox, ignore_errors=True)
    inbox.mkdir(parents=True)
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_variant, [(v, inbox) for v in range(1, factor + 1)]))
    done.write_text("ok\n")
    return inbox


def replace_one(inbox: Path) -> None:
    """Give the first PDF report new bytes (another variant of the same report), as a resent report."""
    from samples.generator import build_round

    victim = next(p for p in reports(inbox) if p.suffix == ".pdf")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {p.name: p for p in build_round(2018, Path(tmp), variant=9999)}
        base = victim.name.split("_", 1)[1] if victim.name[:4].isdigit() else victim.name
        shutil.copy(fresh[base], victim)


def reports(inbox: Path) -> list[Path]:
    return sorted(p for p in inbox.iterdir() if p.suffix in REPORT_SUFFIXES)


def pages(pdfs: list[Path]) -> int:
    total = 0
    for p in pdfs:
        doc = pypdfium2.PdfDocument(p)
        total += len(doc)
        doc.close()
    return total


def timed_run(inbox: Path, out: Path, *args: str) -> tuple[float, float, int]:
    """(seconds, peak MB of the whole process tree, exit code) of one `tiltak run`."""
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
        time.sleep(0.05)
    return time.perf_counter() - start, peak / 2**20, proc.returncode


def floor_pypdfium2(pdfs: list[Path]) -> float:
    """Seconds to read every character of every page with its box: the least any extractor must do."""
    start = time.perf_counter()
    for path in pdfs:
        doc = pypdfium2.PdfDocument(path)
        for page in doc:
            text = page.get_textpage()
            for i in range(text.count_chars()):
                text.get_charbox(i)
                text.get_text_range(i, 1)
            text.close()
            page.close()
        doc.close()
    return time.perf_counter() - start


def camelot_alone(pdfs: list[Path]) -> float:
    import camelot

    start = time.perf_counter()
    for path in pdfs:
        camelot.read_pdf(str(path), pages="all", flavor="lattice")
    return time.perf_counter() - start


def ours_pdf_only(pdfs: list[Path]) -> float:
    """Our PDF parser alone on the same files, one core, as the floor is measured."""
    from parsers.pdf import parse_pdf
    from parsers.registry import ParseOptions

    start = time.perf_counter()
    for path in pdfs:
        parse_pdf(path, path.name, ParseOptions())
    return time.perf_counter() - start


def measure(label: str, inbox: Path, jobs: int, camelot_sample: int) -> None:
    files = reports(inbox)
    pdfs = [p for p in files if p.suffix == ".pdf"]
    n_pages = pages(pdfs)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        cache = Path(tmp) / "cache"
        cold, cold_mb, code = timed_run(inbox, out, "--jobs", str(jobs), "--cache-dir", str(cache))
        warm, warm_mb, _ = timed_run(inbox, out, "--jobs", str(jobs), "--cache-dir", str(cache))
        # One report replaced by another variant: only that one is parsed again, every output rewritten.
        changed = Path(tmp) / "inbox"
        shutil.copytree(inbox, changed)
        replace_one(changed)
        one, one_mb, _ = timed_run(changed, out, "--jobs", str(jobs), "--cache-dir", str(cache))
    sample = random.Random(1).sample(pdfs, min(camelot_sample, len(pdfs)))
    sample_pages = pages(sample)
    floor = floor_pypdfium2(pdfs) / n_pages
    ours_pdf = ours_pdf_only(sample) / sample_pages
    cam = camelot_alone(sample) / sample_pages
    print(f"\n=== {label}: {len(files)} reports, {len(pdfs)} PDFs with {n_pages} pages (jobs={jobs}; exit {code})")
    print(f"  cold (no cache)       {cold:8.2f} s  {n_pages / cold:7.1f} pages/s  {cold / len(files):.3f} s/report  "
          f"peak {cold_mb:6.0f} MB")
    print(f"  warm (nothing new)    {warm:8.2f} s  peak {warm_mb:6.0f} MB")
    print(f"  warm (1 report new)   {one:8.2f} s  peak {one_mb:6.0f} MB")
    print(f"  per PDF page, one core: ours {ours_pdf * 1000:6.1f} ms | camelot alone {cam * 1000:6.1f} ms "
          f"({cam / ours_pdf:4.1f}x ours) | pypdfium2 floor {floor * 1000:5.2f} ms (ours {ours_pdf / floor:4.1f}x the floor)"
          f"   [ours and camelot on {len(sample)} PDFs / {sample_pages} pages]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="*", type=int, default=[20, 60, 200], help="copies of the 2018 reports")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--camelot-sample", type=int, default=24, help="PDFs camelot and our parser are timed on")
    args = parser.parse_args()
    measure("samples/2018", SAMPLE, args.jobs, args.camelot_sample)
    for factor in args.sizes:
        inbox = scaled_inbox(factor, args.jobs)
        measure(f"2018 x {factor}", inbox, args.jobs, args.camelot_sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build all files of held-out round 31 (reporting year 2052), truth.csv and README.md."""
import csv
import os
import shutil
import tempfile
from collections import defaultdict

from . import docx_files, pdf_files, rtf_file, scan_file, xlsx_files
from .common import FIELDS


def build(out):
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        p = os.path.join(out, name)
        if os.path.isfile(p):
            os.remove(p)
    work = tempfile.mkdtemp(prefix="h32_work_")
    try:
        results = [
            docx_files.regjeringen(out),
            docx_files.lo(out),
            xlsx_files.nho(out),
            docx_files.vestland(out, work),
            docx_files.ks(out, work),
            rtf_file.unio(out),
            docx_files.ys(out, work),
            pdf_files.virke(out),
            pdf_files.uhr(out),
            scan_file.trondelag(out),
            docx_files.nordland(out),
            pdf_files.akademikerne(out),
            xlsx_files.vofo(out),
            docx_files.sametinget(out),
            docx_files.hustadvika(out),
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    rows = [r for res in results for r in res.rows]
    with open(os.path.join(out, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        for r in rows:
            w.writerow(r)

    members_by_seed = defaultdict(set)
    for r in rows:
        members_by_seed[r["seed_row"]].add(r["member"])
    distinct = len(members_by_seed)
    shared = sum(1 for m in members_by_seed.values() if len(m) >= 2)

    lines = [
        "# Held-out round 31 (reporting year 2052)",
        "",
        "These files were written by an author who did not read the program's code, "
        "vocabulary, catalogue or any earlier round, and the program was never run on them. "
        "All organisations' texts are invented for reporting year 2052.",
        "",
        "Rebuild from the repository root:",
        "",
        "```",
        "python -m samples.holdout32_generator --out samples/holdout32",
        "```",
        "",
        "Dates and document metadata are pinned, so a rebuild gives the same content.",
        "",
        "## Counts",
        "",
        f"- files: {len(results)} ({len(results) - 1} member reports and 1 document that is "
        "not a member report)",
        f"- truth rows: {len(rows)}",
        f"- distinct measures (seed_row): {distinct}",
        f"- measures reported by two or more members: {shared}",
        "",
        "## Files",
        "",
        "| file | member | rows | shape |",
        "|---|---|---|---|",
    ]
    for res in results:
        lines.append(f"| {res.filename} | {res.member} | {len(res.rows)} | {res.shape} |")
    lines.append("")
    lines.append("`truth.csv` has one row per tiltak as it appears in each file; rows of "
                 "different members that are the same measure share a `seed_row`.")
    lines.append("")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    print(f"{len(results)} files, {len(rows)} rows, {distinct} measures, {shared} shared")
    return results

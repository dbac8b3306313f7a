"""truth.csv and README.md for the round."""
import csv
import os
from collections import defaultdict

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
          "samarbeidspartnere", "beskrivelse"]


def write_truth(out, results):
    path = os.path.join(out, "truth.csv")
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for r in results:
            for x in r["rows"]:
                w.writerow([r["file"], r["member"], x["t"], x["s"], x["d"], x["ty"], x["a"], x["p"],
                            x["b"]])
                n += 1
    return n


def stats(results):
    members_by_seed = defaultdict(set)
    rows = 0
    for r in results:
        for x in r["rows"]:
            members_by_seed[x["s"]].add(r["member"])
            rows += 1
    multi = sum(1 for m in members_by_seed.values() if len(m) > 1)
    return rows, len(members_by_seed), multi


def write_readme(out, results):
    rows, distinct, multi = stats(results)
    shared = sorted({x["s"] for r in results for x in r["rows"] if x["s"][0] in "MJ"})
    L = [
        "# Held-out round 33 (reporting year 2054)",
        "",
        "These files were written without reading the program (no look at pipeline/, parsers/, "
        "normalise/, tests/, bench/, tiltak_core/ or any other samples folder). They simulate the "
        "member reports received by the secretariat of Kompetansepolitisk råd for reporting year 2054.",
        "",
        "Rebuild (from the repository root):",
        "",
        "    python -m samples.holdout34_generator --out samples/holdout34",
        "",
        "Dates and document metadata are pinned (core properties, zip time stamps, PDF dates, "
        "reportlab invariant=1). The two soffice conversions (.doc, Trøndelag PDF) may differ in a "
        "few bytes between LibreOffice versions.",
        "",
        "## Counts",
        "",
        f"- files: {len(results)} (including one superseded draft and one non-report, both with zero "
        "truth rows)",
        f"- truth rows: {rows}",
        f"- distinct measures (seed_row): {distinct}",
        f"- measures reported by 2+ members: {multi} ({', '.join(shared)})",
        "",
        "Seed labels: M01–M06 shared councils (KBU, SRY, RSA, UHR-FSE, Nasjonalt fagskoleråd, "
        "Nasjonalt forum for karriereveiledning), J01–J05 joint projects, R… single-member measures "
        "(some of them deliberately look like council participation but are the member's own body "
        "or event).",
        "",
        "## Files",
        "",
        "| file | member | rows | shape |",
        "|---|---|---|---|",
    ]
    for r in results:
        L.append(f"| {r['file']} | {r['member'] or '(none)'} | {len(r['rows'])} | {r['shape']} |")
    L.append("")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    return rows, distinct, multi

"""Write the 2025 held-out reports, truth.csv and README.md: python -m samples.holdout5_generator."""

from __future__ import annotations

import argparse
import csv
import tempfile
from collections import defaultdict
from pathlib import Path

from .content_national import NATIONAL
from .content_regional import REGIONAL
from .convert import move, scan, soffice_convert
from .readme import write_readme
from .rows import Report

REPORTS: tuple[Report, ...] = NATIONAL + REGIONAL
TRUTH_COLUMNS = [
    "source_file", "member", "tiltak", "seed_row", "delmal", "type",
    "ansvarlig", "samarbeidspartnere", "beskrivelse",
]


def measure_ids(reports: tuple[Report, ...]) -> list[list[str]]:
    """M01, M02 … in document order; rows with one shared key get one id."""
    ids: dict[str, str] = {}
    result = []
    for report in reports:
        per_report = []
        for index, row in enumerate(report.rows):
            key = row.shared or f"{report.file}#{index}"
            ids.setdefault(key, f"M{len(ids) + 1:02d}")
            per_report.append(ids[key])
        result.append(per_report)
    return result


def write_truth(reports: tuple[Report, ...], path: Path) -> int:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(TRUTH_COLUMNS)
        count = 0
        for report, ids in zip(reports, measure_ids(reports)):
            for row, measure in zip(report.rows, ids):
                writer.writerow([
                    report.file, report.member, row.tiltak, measure, row.delmal, row.type,
                    row.ansvarlig, row.partners, row.desc,
                ])
                count += 1
    return count


def build_documents(reports: tuple[Report, ...], out: Path) -> None:
    """Write every report; those LibreOffice must finish are converted one call per format."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pending: dict[str, list[Report]] = defaultdict(list)
        for report in reports:
            if report.via is None:
                report.build(report, out / report.file)
                continue
            stem = Path(report.file).stem
            report.build(report, work / f"{stem}{report.via[0]}")
            pending[report.via[1]].append(report)
        for suffix, group in sorted(pending.items()):
            sources = [work / f"{Path(r.file).stem}{r.via[0]}" for r in group if r.via]
            soffice_convert(sources, suffix.lstrip("."), work)
            for report in group:
                converted = work / f"{Path(report.file).stem}{suffix}"
                if report.scanned:
                    scan(converted, out / report.file)
                else:
                    move(converted, out / report.file)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("samples/holdout5"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    build_documents(REPORTS, args.out)
    rows = write_truth(REPORTS, args.out / "truth.csv")
    write_readme(REPORTS, measure_ids(REPORTS), rows, args.out / "README.md")
    print(f"{len(REPORTS)} files, {rows} truth rows in {args.out}")


if __name__ == "__main__":
    main()

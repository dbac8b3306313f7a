"""The round's answer key (truth.csv) and its README, derived from the same records as the files."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from .model import Report, ordered_rows

COLUMNS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
           "samarbeidspartnere", "beskrivelse"]


def truth_rows(reports: tuple[Report, ...]) -> list[list[str]]:
    """One line per tiltak in document order; a member's own measures get the next free id."""
    used = {r.measure for rep in reports for r in rep.rows if r.measure}
    next_id = max(int(m[1:]) for m in used) + 1
    lines = []
    for report in reports:
        for row in ordered_rows(report):
            measure = row.measure
            if not measure:
                measure = f"M{next_id:02d}"
                next_id += 1
            lines.append([report.file, report.member, row.tiltak, measure, row.delmal, row.type,
                          row.ans, row.par, row.desc])
    return lines


def write_truth(reports: tuple[Report, ...], path: Path) -> list[list[str]]:
    lines = truth_rows(reports)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(lines)
    return lines


def write_readme(reports: tuple[Report, ...], lines: list[list[str]], path: Path) -> None:
    """Who wrote the round, how, what it holds and how to rebuild it."""
    per_measure = Counter(line[3] for line in lines)
    shared = sorted(m for m, n in per_measure.items() if n > 1)
    typed = sum(1 for rep in reports for r in rep.rows if r.label)
    files = "\n".join(
        f"| `{rep.file}` | {rep.member or '(ingen – ikke en rapport)'} | {len(rep.rows)} | "
        f"{SHAPES[rep.layout]}{' → ' + rep.convert if rep.convert else ''} |"
        for rep in reports
    )
    text = f"""# Held-out round 4 (reporting year 2024)

**Held out. Do not read these files while developing, and do not tune any rule, vocabulary
entry or test on them.** They measure how the program does on reports written in shapes and
words its authors never saw; the lead runs the program on them once.

Written by an independent helper session that did not read the program's code or data
(`parsers/`, `normalise/`, `pipeline/`, `tiltak_core/`, `bench/`) nor any earlier held-out
round, and that did not run the program on this material. The content is invented in the
writer's own words from the strategy's sub-goals (delmål 1.1–3.6) and six types; no sentence is
copied from the seed.

## What it holds

- {len(reports)} files: {len(reports) - 1} member reports on 2024 and one document that is not a
  council report (minutes of a regional forum with numbered agenda items), which must yield no
  rows.
- {len(lines)} truth rows (`truth.csv`), {len(per_measure)} distinct measures (`seed_row` = M01…);
  {len(shared)} measures are reported by two or more members in different words
  ({", ".join(shared)}): participation in KBU, SRY and its faglige råd, RSA, UHR's
  fagstrategiske enheter, Nasjonalt fagskoleråd and Nasjonalt forum for karriereveiledning, and
  joint programmes (bransjeprogrammene, Fagbrev på jobb, Kompetanseprogrammet, KOMPASS,
  «Fagfolk trengs», Norsk på jobb).
- Traps that are separate measures: a course for a member's own council representatives, a
  seminar on a KBU report, input to a KBU report, a guide on joining RSA, an evaluation of RSA, a
  regional version of the bransjeprogram, a new phase of KOMPASS, a conference of the fagskole
  sector.
- The type is written in the document for {typed} of the rows (column, bracket, label, inline;
  sometimes as a synonym such as «Utredning», «Nettverk», «Konferanse»); for the others it must
  be inferred. Two reports are in Nynorsk.

| file | member | rows | shape |
| --- | --- | --- | --- |
{files}

`truth.csv` columns: `source_file,member,tiltak,seed_row,delmal,type,ansvarlig,
samarbeidspartnere,beskrivelse`; `tiltak` is the wording in the report (without a bracketed
type or delmål), `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are filled only where the
report gives them.

## Rebuild

```sh
.venv/bin/python -m samples.holdout4_generator            # writes samples/holdout4/
.venv/bin/python -m samples.holdout4_generator --out DIR  # elsewhere
```

Needs LibreOffice (`soffice`) and poppler (`pdftoppm`). `truth.csv` and this README are the same
bytes on every run; the documents are as stable as python-docx and LibreOffice allow.
"""
    path.write_text(text, encoding="utf-8")


SHAPES = {
    "landscape_table": "Word, landscape, header/footer, six-column table",
    "bullets_under_headings": "Word, bullets under delmål headings, type in brackets",
    "prose": "Word, prose paragraphs with bold titles under worded headings",
    "numbered_under_headings": "Word, hand-numbered list under headings in words only",
    "xlsx": "workbook, title line above the header, type column with synonyms",
    "blocks": "labelled-line blocks per tiltak",
    "headerless_table": "table without a header row",
    "plain_table": "three-column table, printed and scanned (image-only PDF)",
    "merged_delmal_table": "Word, delmål in words in vertically merged cells",
    "section_row_table": "table with shaded full-width delmål rows",
    "county_table_nn": "Word, Nynorsk table, code-only delmål",
    "titled_bullets_nn": "Nynorsk bullets 'Title (type): explanation'",
    "numbered_inline": "Word numbered list, type and delmål in brackets",
    "county_table_nb": "landscape, tiltak-first table with header/footer",
    "minutes": "meeting minutes with numbered agenda items (not a report)",
}

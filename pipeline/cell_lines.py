"""A tiltak cell of several lines: several tiltak side by side with their own types, a title over its
description, or (when the lines say neither) one text the run is unsure of.

The lines are the cell's paragraphs (Word) or its bold lead and plain rest (PDF); see the parsers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from normalise.text import clean

TITLE_WORDS = 20  # a title line is short; a longer first line is running text
_SENTENCE_END = re.compile(r"[.!?][»\")]*$|[.!?]\s+\S")


@dataclass(frozen=True)
class CellSplit:
    """What a row's cells become: one field set per tiltak, why, and whether the reading is uncertain."""

    rows: tuple[dict[str, str], ...]
    evidence: str = ""
    uncertain: bool = False


def lines_of(value: str | None) -> list[str]:
    return [t for line in (value or "").split("\n") if (t := clean(line))]


def _is_title_and_text(parts: list[str]) -> bool:
    """A short first line without a full stop over text written as sentences: a title and its description."""
    first, rest = parts[0], " ".join(parts[1:])
    return (len(first.split()) <= TITLE_WORDS and not first.endswith((".", ":", ";", ","))
            and bool(_SENTENCE_END.search(rest)))


def split_cells(fields: dict[str, str]) -> CellSplit:
    """One row's fields as the tiltak it holds: a tiltak cell of N lines beside other cells of N lines
    is N tiltak; a title line over sentences is a tiltak and its description; else one row as written."""
    parts = lines_of(fields.get("tiltak"))
    if len(parts) < 2:
        return CellSplit((fields,))
    others = {name: lines_of(value) for name, value in fields.items() if name != "tiltak"}
    aligned = sorted(name for name, lines in others.items() if len(lines) == len(parts))
    if aligned and all(len(lines) <= 1 or len(lines) == len(parts) for lines in others.values()):
        rows = tuple(
            {**fields, "tiltak": part,
             **{name: (lines[i] if len(lines) == len(parts) else fields[name]) for name, lines in others.items()}}
            for i, part in enumerate(parts)
        )
        return CellSplit(rows, f"tiltakscellen har {len(parts)} linjer, og {', '.join(aligned)} like mange: "
                               "ett tiltak per linje")
    if not lines_of(fields.get("beskrivelse")) and _is_title_and_text(parts):
        row = {**fields, "tiltak": parts[0], "beskrivelse": " ".join(parts[1:])}
        return CellSplit((row,), "tiltakscellen har en tittel over løpende tekst: tittelen er tiltaket, "
                                 "teksten beskrivelsen")
    return CellSplit((fields,), f"tiltakscellen har {len(parts)} linjer som kan være flere tiltak; lest som ett",
                     uncertain=True)

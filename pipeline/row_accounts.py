"""Table rows that describe the row above them, not tiltak of their own: «Skildring: …» alone in the tiltak column, or
a printed sheet's account merged across the columns under each name row."""

from __future__ import annotations

from typing import Callable, Sequence

from normalise.text import clean

from .draft_row import DraftRow
from .prose_lines import is_sentence


def described_rows(rows: list[DraftRow], split_labels: Callable[[str], tuple[str, dict[str, str]]]) -> list[DraftRow]:
    """A table row that is only «Skildring: …» in the tiltak column describes the row above it, which it joins; so
    does a row of sentences alone there, in a table that pairs each filled row with one (a printed sheet's merged
    description under each name row)."""
    paired = _paired_accounts(rows)
    out: list[DraftRow] = []
    for row in rows:
        head, labelled = split_labels(row.fields.get("tiltak") or "")
        above = out[-1] if out else None
        if id(row) in paired and above is not None and not labelled:
            above.fields["beskrivelse"] = clean(f"{above.fields.get('beskrivelse', '')} {row.fields['tiltak']}")
            above.evidence.append("raden under med bare tekst over hele tabellen er beskrivelsen")
            continue
        if (not head and set(labelled) == {"beskrivelse"} and _alone(row) and above is not None and row.provenance.table
                is not None and above.provenance.table_key == row.provenance.table_key):
            above.fields["beskrivelse"] = clean(f"{above.fields.get('beskrivelse', '')} {labelled['beskrivelse']}")
            continue
        out.append(row)
    return out


PAIRED_ROWS = 2  # name rows each with its account under it: two make the table's way
ACCOUNT_WORDS = 6  # «22 bedrifter tok imot elever …»: a sentence, though it opens with a figure


def _says(text: str) -> bool:
    """A sentence or more: a full stop at the end and more words than a name has, whatever it opens with."""
    text = clean(text)
    return is_sentence(text) or text.endswith((".", "!", "?")) and len(text.split()) >= ACCOUNT_WORDS


def _alone(row: DraftRow) -> bool:
    """Whether the row fills only its tiltak column (a delmål carried down from above aside)."""
    return not any(clean(v) for k, v in row.fields.items() if k not in ("tiltak", "delmal"))


def _paired_accounts(rows: Sequence[DraftRow]) -> set[int]:
    """ids of the rows that are sentences alone in the tiltak column, each under a filled row of its table, in tables
    where every filled row has one such under it."""
    found: set[int] = set()
    tables: dict[object, list[DraftRow]] = {}
    for row in rows:
        if row.provenance.table is not None:
            tables.setdefault(row.provenance.table_key, []).append(row)
    for table in tables.values():
        accounts = {id(r) for r in table if _alone(r) and _says(r.fields.get("tiltak") or "")}
        filled = [k for k, r in enumerate(table) if id(r) not in accounts]
        if len(filled) >= PAIRED_ROWS and len(accounts) == len(filled) and all(
                k + 1 < len(table) and id(table[k + 1]) in accounts for k in filled):
            found |= accounts
    return found

"""A measure listed in an overview table and told again under a heading of its own name («Omtale av tiltakene»): the
account under the heading and its line of who ran it fill the table row's empty fields, so the measure is read once.
"""

from __future__ import annotations

from typing import Callable, Sequence

from normalise.text import clean, fold
from parsers.content import Block, Paragraph

from .draft_row import DraftRow

_WHO = frozenset({"ansvarlig", "samarbeidspartnere"})


def described_again(rows: Sequence[DraftRow], blocks: Sequence[Block],
                    split_labels: Callable[[str], tuple[str, dict[str, str]]], none: Sequence[str] = ()) -> None:
    """Fills, in place, the empty description, owner and partners of a table's row, and of the row its heading may have
    been read as, from the paragraphs under a heading that is its name; «Partnere: ingen» (`none`) names no partner."""
    nothing = {fold(n) for n in none}
    by_name: dict[str, list[DraftRow]] = {}
    for r in rows:
        by_name.setdefault(fold(clean(r.fields.get("tiltak"))), []).append(r)
    for i, p in enumerate(blocks):
        if not isinstance(p, Paragraph) or p.kind != "heading":
            continue
        named = by_name.get(fold(clean(p.text)), [])
        # One table's row, and the row the heading itself may have been read as (merged with it later, as one tiltak).
        if len([r for r in named if r.provenance.table is not None]) != 1:
            continue
        account, who = [], {}
        for q in blocks[i + 1:]:
            if not isinstance(q, Paragraph) or q.kind == "heading":
                break
            said, labelled = split_labels(q.text)
            if not said and labelled and set(labelled) <= _WHO:
                who.update(labelled)  # «Ansvar: YS Stat – Partnere: Digitaliseringsdirektoratet»
            else:
                account.append(clean(q.text))
        for row in named:
            if account and not clean(row.fields.get("beskrivelse")):
                row.fields["beskrivelse"] = " ".join(account)
            for name, value in who.items():
                if fold(value).strip(" .") in nothing:
                    row.fields[name] = ""  # «Partnere: ingen»: none, no partner's name
                elif not clean(row.fields.get(name)):
                    row.fields[name] = value
            if (account or who) and row.provenance.table is not None:
                row.evidence.append(f"omtalt igjen under overskriften «{clean(p.text)[:60]}»")

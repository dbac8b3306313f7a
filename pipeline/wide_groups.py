"""A web form's export: one row per answer, the tiltak side by side in numbered groups of columns («Tiltak 1 – Navn på
tiltaket», «Tiltak 1 – Delmål», …, «Tiltak 7 – Delmål»).

Read as it stands, the row is one tiltak made of whichever columns won; unfolded, each group is a row of its own, under
the group's labels, beside the columns every group shares (who answered, for which member).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from normalise.text import clean
from parsers.content import Block, Content, TableBlock

# «Tiltak 1 – Navn på tiltaket»: a label in words after the group's number («1.1» over a tick column is none).
_GROUPED = re.compile(r"^(?P<prefix>\D{0,30}?)\s*(?P<n>\d{1,2})\s*[–—:.)-]\s*(?P<label>(?=.*[^\W\d_]{2})\S.*)$")
GROUP_LABELS = 3  # labels each group repeats, at the least
GROUPS = 2


def _groups(header: tuple[str | None, ...]) -> tuple[list[str], dict[int, dict[str, int]]] | None:
    """(the labels every group has, group number -> label -> column) if the header repeats numbered groups; else None."""
    groups: dict[int, dict[str, int]] = defaultdict(dict)
    prefixes = set()
    for i, cell in enumerate(header):
        m = _GROUPED.match(clean(cell or ""))
        if m:
            groups[int(m["n"])][clean(m["label"])] = i
            prefixes.add(clean(m["prefix"]).casefold())
    if len(groups) < GROUPS or len(prefixes) != 1:
        return None
    labels = [label for label in groups[min(groups)] if all(label in g for g in groups.values())]
    return (labels, dict(groups)) if len(labels) >= GROUP_LABELS else None


def unfolded(block: TableBlock) -> TableBlock | None:
    """The export with one row per group that holds an answer; None if the table has no numbered groups."""
    for h, header in enumerate(block.rows[:3]):
        found = _groups(header)
        if found is None:
            continue
        labels, groups = found
        in_group = {i for g in groups.values() for i in g.values()}
        shared = [i for i in range(len(header)) if i not in in_group and clean(header[i] or "")]
        rows: list[tuple[str | None, ...]] = [tuple([header[i] for i in shared] + list(labels))]
        for row in block.rows[h + 1 :]:
            for n in sorted(groups):
                values: list[str | None] = [row[groups[n][label]] if groups[n][label] < len(row) else "" for label in labels]
                if any(clean(v or "") for v in values):
                    rows.append(tuple([row[i] if i < len(row) else "" for i in shared] + values))
        return replace(block, rows=tuple(rows))
    return None


def groups_unfolded(content: Content) -> Content:
    """The content with each export of numbered groups unfolded; unchanged where there is none."""
    blocks: list[Block] = []
    changed = False
    for b in content.blocks:
        wide = unfolded(b) if isinstance(b, TableBlock) else None
        changed = changed or wide is not None
        blocks.append(wide or b)
    return replace(content, blocks=tuple(blocks)) if changed else content

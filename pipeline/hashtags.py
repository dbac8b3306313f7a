"""Hashtags closing a table's cells («… Med: UHR #delmål1.4 #rådsarbeid», as members tag posts in their own channels)
read as the columns they stand for: the delmål, the type and a status with its year («#avsluttet2079»); a labelled
line before the tags («Med: UHR») goes to the column of its field. A line of tags under a post's text («Emneknagger:
#delmål2_4 #kurs») is read as the line of labels it stands for.

Left in the cell, the tags make a column of accounts look like one of delmål codes and hide the type; the columns
they become carry header words the vocabulary knows, so the table is read as if the report had them."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from normalise.columns import HeaderMap
from normalise.text import clean, fold
from parsers.content import Content, Paragraph, TableBlock

from .row_fields import cell_text
from tiltak_core.years import YEAR

_TAGS = re.compile(r"(?:^|\s)((?:#[^\W_][\w.,\-]*\s*)+)$")
_TAG = re.compile(r"#([^\W_][\w.,\-]*)")
_CODE = re.compile(r"(?<!\d)([1-3])[.,_]([1-9])(?!\d)")  # «#delmål2_4»: a tag takes no full stop
_YEARED = re.compile(rf"^(?P<word>[^\W\d_]+?)[-_]?(?P<year>{YEAR})$")
# The header words of the columns the tags become; «Status» is read by other_years like any status column.
DELMAL, TYPE, STATUS = "Delmål", "Type", "Status"
_LABELLED = {"ansvarlig": "Ansvarlig", "samarbeidspartnere": "Samarbeidspartnere"}


def _tags(text: str) -> tuple[str, list[str]]:
    """The cell's text without the tags closing it, and those tags."""
    found = _TAGS.search(text)
    if found is None:
        return text, []
    return text[: found.start()].rstrip(), _TAG.findall(found[1])


def _columns(tags: list[str], names_type: Callable[[str], str]) -> dict[str, str]:
    """What one cell's tags say: {header word: value}."""
    said: dict[str, str] = {}
    for tag in tags:
        tag = tag.rstrip(".,-")
        code, yeared = _CODE.search(tag), _YEARED.match(tag)
        if code:
            said.setdefault(DELMAL, f"{code[1]}.{code[2]}")
        elif yeared:
            said.setdefault(STATUS, f"{yeared['word']} {yeared['year']}")
        elif names_type(tag):
            said.setdefault(TYPE, tag)
    return said


def _labelled_end(text: str, split_labels: Callable[[str], tuple[str, dict[str, str]]]) -> tuple[str, dict[str, str]]:
    """The account without a closing «Med: UHR» after its last sentence, and that line as {header word: value}."""
    head, labelled = split_labels(text)
    if not labelled or not head.endswith((".", "!", "?")) or not set(labelled) <= set(_LABELLED):
        return text, {}
    return head, {_LABELLED[k]: v for k, v in labelled.items()}


def tags_as_columns(block: TableBlock, names_type: Callable[[str], str],
                    header_of: Callable[[Sequence[str]], HeaderMap | None],
                    split_labels: Callable[[str], tuple[str, dict[str, str]]]) -> TableBlock:
    """The table with the tags closing its cells moved into columns of their own (none for a field its header already
    has); the block as it is when no cell closes with tags that say something."""
    rows = [list(row) for row in block.rows]
    said: dict[int, dict[str, str]] = {}
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            text, tags = _tags(cell_text(cell))
            columns = _columns(tags, names_type) if tags else {}
            if columns:
                text, labelled = _labelled_end(text, split_labels)
                columns.update(labelled)
                row[c] = text
                for word, value in columns.items():
                    said.setdefault(r, {}).setdefault(word, value)
    if not said:
        return block
    head = min(said) - 1  # the header stands over the first tagged row
    header = header_of(tuple(cell_text(c) for c in rows[head])) if head >= 0 else None
    has = {DELMAL: "delmal", TYPE: "type", **{h: f for f, h in _LABELLED.items()}}
    added = [h for h in (DELMAL, TYPE, STATUS, *_LABELLED.values()) if any(h in s for s in said.values())
             and not (header is not None and h in has and header.column(has[h]) is not None)]
    if not added:
        return block
    out = tuple((*row, *((h if r == head else said.get(r, {}).get(h, "")) for h in added)) for r, row in enumerate(rows))
    return replace(block, rows=out)


# «Emneknagger: #delmål1_4 #rådsarbeid», or the tags alone on their line.
_TAG_LINE = re.compile(r"^(?:(?P<label>[^\W\d_]+(?: [^\W\d_]+){0,2})\s*:\s*)?(?P<tags>#\S+(?:[\s,;]+#\S+)*)\s*$")
MIN_BARE_TAGS = 2  # one «#word» alone on a line may be anything; a post's tags come several together


def tag_lines_as_labels(content: Content, labels: Sequence[str], names_type: Callable[[str], str]) -> Content:
    """The content with each line of hashtags that gives a delmål made the line of labels it stands for («Delmål: 2.4
    · Type: kurs»); tags that say neither (topics) are left out."""
    known = {fold(label) for label in labels}
    blocks = list(content.blocks)
    for i, block in enumerate(blocks):
        if not isinstance(block, Paragraph) or block.kind != "text" or not (line := _TAG_LINE.match(clean(block.text))):
            continue
        if fold(line["label"]) not in known if line["label"] else len(line["tags"].split()) < MIN_BARE_TAGS:
            continue
        said = _columns(_TAG.findall(line["tags"]), names_type)
        if DELMAL in said:
            blocks[i] = replace(block, text=" · ".join(f"{h}: {said[h]}" for h in (DELMAL, TYPE, STATUS) if h in said))
    return replace(content, blocks=tuple(blocks)) if blocks != list(content.blocks) else content

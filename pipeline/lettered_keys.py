"""A line under a table that ties its lettered rows to delmål («Kobling til strategien: Delmål 1.4 – a og b. Delmål
2.4 – c, d og f.», round 81): each row gets the delmål its letter is listed under, as a column of its table, and the
line, told by them, goes."""

from __future__ import annotations

import re
from dataclasses import replace

from normalise.text import clean
from parsers.content import Block, Content, Paragraph, TableBlock, with_column

from .row_fields import cell_text

_LABEL = re.compile(r"^\s*\(?([a-zæøå]|\d{1,2})[.)]?\s*$", re.IGNORECASE)  # «a)», «(b)», «c.», «4»
# «Delmål 1.4 – a og b», «delmål 2.4: c, d og f»: a delmål and the rows' labels listed after it.
_ONE = r"\(?[a-zæøå\d]{1,2}\)?"
_TIE = re.compile(rf"delm[åa]l\s+(?P<code>\d[.,]\d{{1,2}})\s*[–—:-]\s*(?P<labels>{_ONE}(?:(?:\s*,\s*|\s+og\s+){_ONE})*)\b",
                  re.IGNORECASE)
LINES_AFTER = 2  # the line stands right under the table, or under a note on it
DELMAL_HEADER = "Delmål"


def _ties(text: str) -> dict[str, str]:
    """Label → delmål for each label a line lists after a delmål («Delmål 2.4 – c, d og f»)."""
    tied: dict[str, str] = {}
    for m in _TIE.finditer(clean(text)):
        for label in re.findall(r"[a-zæøå\d]{1,2}", m["labels"].replace(" og ", " "), re.IGNORECASE):
            tied.setdefault(label.casefold(), m["code"].replace(",", "."))
    return tied


def delmal_by_row_labels(content: Content) -> Content:
    """The content with a table whose first column labels its rows («a)» … «f)») and names no delmål given the delmål
    a line under it ties each label to, when the line ties every row and no label twice."""
    blocks: list[Block] = list(content.blocks)
    for i, table in enumerate(blocks):
        if not isinstance(table, TableBlock) or len(table.rows) < 3 or any(
                "delm" in cell_text(c).casefold() for c in table.rows[0]):
            continue
        labels = [m[1].casefold() if (m := _LABEL.match(cell_text(r[0]) if r else "")) else "" for r in table.rows[1:]]
        if not all(labels) or len(set(labels)) != len(labels):
            continue
        for k in range(i + 1, min(i + 1 + LINES_AFTER, len(blocks))):
            line = blocks[k]
            if not isinstance(line, Paragraph) or not set(labels) <= set(tied := _ties(line.text)):
                continue
            blocks[i] = with_column(table, DELMAL_HEADER, [tied[label] for label in labels])
            del blocks[k]
            return replace(content, blocks=tuple(blocks))
    return content

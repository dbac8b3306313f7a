"""A key a report gives to its own short type codes («Art: R = råd/utvalg, K = kurs/utdanning, P = prosjekt»): a
type cell holding nothing but one of those codes is read as the words the key gives it."""

from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from normalise.text import clean
from parsers.content import Block, Paragraph, TableBlock

from .draft_row import DraftRow

# «R = råd/utvalg», «K: kurs», «P – prosjekt»: a code of one to three capitals, then the words it stands for.
_PAIR = re.compile(r"^(?:[^=:]{1,30}:\s*)?([A-ZÆØÅ]{1,3})\s*(?:=|:|–|-)\s*(\S.{0,38}?)\s*\.?$")
_SPLIT = re.compile(r"[,;\n]|(?<=[.!?])\s+(?=[A-ZÆØÅ])")  # «… råd. Typekoder: F – FoU, K – kurs»: pairs and sentences
_MIN_PAIRS = 2  # a key explains several codes; one «X = …» alone may be anything


def _texts(blocks: Sequence[Block]) -> Iterable[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, TableBlock):
            yield from (c for row in block.rows for c in row if c)


def type_key(blocks: Sequence[Block], names_type: Callable[[str], str]) -> dict[str, tuple[str, str]]:
    """Code -> (the words it stands for, the key's text), from every text of the document that pairs at least two
    codes with the names of types."""
    key: dict[str, tuple[str, str]] = {}
    for text in _texts(blocks):
        pairs = [m.groups() for part in _SPLIT.split(text) if (m := _PAIR.match(clean(part)))]
        typed = [(code, words) for code, words in pairs if names_type(words)]
        if len(typed) >= _MIN_PAIRS:
            for code, words in typed:
                key.setdefault(code, (words, clean(text)))
    return key


def apply_type_key(rows: Sequence[DraftRow], key: dict[str, tuple[str, str]]) -> None:
    """A row whose type is one of the key's codes gets the words the key gives it, and says so in its evidence."""
    for row in rows:
        code = clean(row.fields.get("type"))
        if code in key:
            words, text = key[code]
            row.fields["type"] = words
            row.evidence.append(f"typen «{code}» lest som «{words}» etter forklaringen i rapporten («{text[:80]}»)")

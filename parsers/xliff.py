"""A translation file (XLIFF 1.2 or 2.x from a CAT tool such as memoQ or Trados) read as the document it translates.

A member that writes in Sámi may send its report as the translator's file: every paragraph of the original is a
unit holding the original («source») and the translation («target»). The reader takes each unit's translation,
or its original where it has none yet, as one paragraph in the file's order; translators' notes are left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from .content import Block, Content, Paragraph
from .registry import ParseOptions, register
from .tree import safe_root

_AGAIN = "Be om rapporten som Word (DOCX) eller PDF, gjerne den ferdige oversettelsen"
# Inline elements that stand for the original's formatting codes: their text is markup («<w:b>»), not words.
_CODES = frozenset({"bpt", "ept", "ph", "it"})
_UNIT = frozenset({"trans-unit", "unit"})
_SKIP = frozenset({"header", "notes", "note", "skl", "originalData"})


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _words(element: Any) -> str:
    """The words of a «source» or «target», inline codes left out but the text after them kept."""
    parts = [element.text or ""]
    for child in element:
        if _local(child) not in _CODES:
            parts.append(_words(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _unit_text(unit: Any) -> str:
    """A unit's translation, else its original: in 2.x a unit's segments each hold a source and a target."""
    segments = [s for s in unit if _local(s) in ("segment", "ignorable")] or [unit]
    said = []
    for segment in segments:
        target = next((_words(e) for e in segment if _local(e) == "target"), "")
        source = next((_words(e) for e in segment if _local(e) == "source"), "")
        said.append(target or source)
    return " ".join(t for t in said if t)


def _units(element: Any) -> Iterator[str]:
    for child in element:
        name = _local(child)
        if name in _UNIT:
            text = _unit_text(child)
            if text:
                yield text
        elif name not in _SKIP:
            yield from _units(child)


@register("xliff")
def parse_xliff(path: Path, source_file: str, options: ParseOptions) -> Content:
    """Each unit's translation (or original) as a paragraph in the file's order; the first the document's title."""
    root = safe_root(path, source_file, "Oversettelsesfilen (XLIFF)", "er skadet (den er ikke gyldig XML)", _AGAIN)
    blocks: list[Block] = [Paragraph(None, n, text) for n, text in enumerate(_units(root), start=1)]
    title = blocks[0].text if blocks and isinstance(blocks[0], Paragraph) else ""
    warnings = () if blocks else ("Oversettelsesfilen (XLIFF) har ingen tekst",)
    return Content(blocks=tuple(blocks), title=title, warnings=warnings)

"""An OPML outline (Workflowy, Dynalist, an outliner's export) read as a mind map is: nested headings over notes.

Each «outline» element is a node: its text the heading or item, its «_note» (an outliner's note under a bullet) the
paragraph under it, a hashtag in its text («#kurs») a tag line «[kurs]» as a card's label is written, and a year's
hashtag («#2074») the year the item is filed under.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .content import Block, Content, Paragraph
from .mindmap import OutlineMap
from .registry import ParseOptions, register
from .tree import safe_root

_AGAIN = "Eksporter lista som Word, PDF eller ren tekst fra programmet, eller be om rapporten som Word (DOCX)"
_HASHTAG = re.compile(r"(?<!\S)#([^\W\d_][\w/-]*|\d{4})(?!\S)")
_NOTE_KEYS = ("_note", "note", "description")
_NOT_FIELDS = frozenset({"text", "type", "created", "modified", "_complete", "_id", "id", "iscomment", "isbreakpoint",
                         "url", "htmlurl", "xmlurl", *_NOTE_KEYS})


def _parts(node: Any) -> tuple[str, list[Any], list[tuple[str, str]], list[Block]]:
    text = " ".join((node.get("text") or "").split())
    tags = _HASHTAG.findall(text)
    text = " ".join(_HASHTAG.sub(" ", text).split())
    note = next((node.get(k) for k in _NOTE_KEYS if node.get(k)), "")
    # «#2074» files the item under a year, as a column «År» would; any other hashtag is a tag.
    said: list[Block] = [Paragraph(None, 0, f"År: {tag}" if tag.isdigit() else f"[{tag}]") for tag in tags]
    said += [Paragraph(None, 0, " ".join(part.split())) for part in re.split(r"\n\s*\n", note) if part.strip()]
    attributes = [(k, " ".join(v.split())) for k, v in node.attrib.items() if k.lower() not in _NOT_FIELDS]
    return text, node.findall("outline"), attributes, said


@register("opml")
def parse_opml(path: Path, source_file: str, options: ParseOptions) -> Content:
    """The outline's nodes as headings, items and notes in its order; its head's title the document's."""
    root = safe_root(path, source_file, "OPML-filen", "er skadet (den er ikke gyldig XML)", _AGAIN)
    reader = OutlineMap(_parts)
    body = root.find("body")
    for node in body.findall("outline") if body is not None else []:
        reader.node(node, 0)
    head_title = " ".join((root.findtext("head/title") or "").split())
    title = head_title or next((b.text for b in reader.blocks if isinstance(b, Paragraph) and b.kind == "heading"), "")
    warnings = () if len(reader.blocks) > 1 else ("OPML-filen har ingen punkter med innhold",)
    return Content(blocks=tuple(reader.blocks), title=title, warnings=warnings)

"""An XMind mind map (.xmind: XMind 2020 and later keep it as JSON, XMind 8 as XML) read as any mind map is: each
topic with anything under it a heading over its labels, note and subtopics.

A topic's labels («Nettverk») are tag lines «[Nettverk]», its note the paragraph under it; each sheet is a map of
its own, its root topic the title.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from tiltak_core.errors import DamagedFile, UnsafeContent

from .archive import check_zip
from .content import Block, Content, Paragraph
from .mindmap import OutlineMap
from .registry import ParseOptions, register

_AGAIN = "Eksporter kartet som PDF eller Word fra XMind (Fil → Eksporter), eller be om rapporten som Word (DOCX)"
_X = "{urn:xmind:xmap:xmlns:content:2.0}"


def _note_blocks(note: str) -> list[Block]:
    return [Paragraph(None, 0, " ".join(part.split())) for part in note.split("\n\n") if part.strip()]


def _json_parts(topic: Any) -> tuple[str, list[Any], list[tuple[str, str]], list[Block]]:
    """A topic of content.json: its title, attached subtopics, labels as tags and plain note."""
    children = (topic.get("children") or {}).get("attached") or []
    note = ((topic.get("notes") or {}).get("plain") or {}).get("content") or ""
    said = [Paragraph(None, 0, f"[{label}]") for label in topic.get("labels") or [] if isinstance(label, str)]
    return " ".join(str(topic.get("title") or "").split()), [c for c in children if isinstance(c, dict)], [], \
        said + _note_blocks(str(note))


def _xml_parts(topic: Any) -> tuple[str, list[Any], list[tuple[str, str]], list[Block]]:
    """A topic of XMind 8's content.xml: the same parts."""
    children = [t for topics in topic.findall(f"{_X}children/{_X}topics") if topics.get("type") == "attached"
                for t in topics.findall(f"{_X}topic")]
    said = [Paragraph(None, 0, f"[{label.text.strip()}]") for label in topic.findall(f"{_X}labels/{_X}label")
            if label.text and label.text.strip()]
    note = "".join(topic.find(f"{_X}notes/{_X}plain").itertext()) if topic.find(f"{_X}notes/{_X}plain") is not None else ""
    return " ".join((topic.findtext(f"{_X}title") or "").split()), children, [], said + _note_blocks(note)


@register("xmind")
def parse_xmind(path: Path, source_file: str, options: ParseOptions) -> Content:
    """Each sheet's topics as headings, tag lines, notes and items in the map's order."""
    check_zip(Path(path), source_file, options, "xmind")
    damaged = DamagedFile(source_file, "XMind-kartet er skadet (innholdet kan ikke leses)", _AGAIN)
    roots: list[Any]
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "content.json" in names:
                sheets = json.loads(z.read("content.json").decode("utf-8"))
                roots, reader = [s.get("rootTopic") for s in sheets if isinstance(s, dict)], OutlineMap(_json_parts)
            else:
                root = SafeTree.fromstring(z.read("content.xml"))
                roots, reader = list(root.findall(f"{_X}sheet/{_X}topic")), OutlineMap(_xml_parts)
    except DefusedXmlException as exc:
        raise UnsafeContent(source_file, "XMind-kartet inneholder en DTD eller entiteter, som ikke leses av "
                            "sikkerhetshensyn", _AGAIN) from exc
    except (KeyError, ValueError, SafeTree.ParseError, zipfile.BadZipFile, AttributeError) as exc:
        raise damaged from exc
    for topic in roots:
        if topic is not None:
            reader.node(topic, 0)
    title = next((b.text for b in reader.blocks if isinstance(b, Paragraph) and b.kind == "heading"), "")
    warnings = () if len(reader.blocks) > 1 else ("XMind-kartet har ingen grener med innhold",)
    return Content(blocks=tuple(reader.blocks), title=title, warnings=warnings)

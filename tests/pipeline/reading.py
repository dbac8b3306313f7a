"""How the shape tests read a document: one file through extract_document, or blocks through the row reader."""

from __future__ import annotations

from pathlib import Path

from parsers.content import Block, Content
from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from pipeline.rows import content_to_rows
from tiltak_core.records import Document


def extracted(path: Path, matchers):
    return extract_document(Document(path, path.name, path.suffix.lstrip("."), "x", path.stat().st_size), matchers,
                            ParseOptions(), 10**8)


def read_blocks(blocks: list[Block], matchers, source: str = "r.docx"):
    return content_to_rows(Content(blocks=tuple(blocks)), source, matchers)

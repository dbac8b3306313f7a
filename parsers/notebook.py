"""A Jupyter notebook (.ipynb) as the document it shows: its text cells as Markdown, its saved outputs as tables or
text; the code that made them is not the report.

An analyst may keep the year's measures in a notebook and send it as it is: a table the code printed (a DataFrame's
HTML) holds the measures, text cells around it the introduction and their accounts.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from tiltak_core.errors import DamagedFile

from .content import Block, Content, Paragraph, TableBlock
from .html import blocks_of_html
from .registry import ParseOptions, register
from .text import blocks_of_text, decoded, markdown_blocks
from .tree import content_of_tree

_AGAIN = "Be om tabellen som Excel, eller om notatboken lagret som HTML eller PDF (Fil → Lagre og eksporter som)"


def is_notebook(data: Any) -> bool:
    """Whether parsed JSON is a notebook: an object naming its nbformat and holding a list of cells."""
    return isinstance(data, dict) and "nbformat" in data and isinstance(data.get("cells"), list)


def _text(value: Any) -> str:
    """A notebook's text, saved as one string or as a list of lines."""
    return "".join(value) if isinstance(value, list) else str(value or "")


def _output_blocks(output: Any) -> list[Block]:
    """What a code cell printed: its HTML (a DataFrame's table) if it saved one, else its plain text."""
    data = output.get("data", {}) if isinstance(output, dict) else {}
    if "text/html" in data:
        return blocks_of_html(_text(data["text/html"]))[1]
    if "text/markdown" in data:
        return markdown_blocks(_text(data["text/markdown"]))[1]
    if output.get("output_type") == "stream" or "text/plain" in data:
        return blocks_of_text(_text(output.get("text") if "text" in output else data.get("text/plain")))
    return []


@register("notebook")
def parse_notebook(path: Path, source_file: str, options: ParseOptions) -> Content:
    """The text cells and the saved outputs, in the notebook's order; the code cells' source left out."""
    try:
        notebook = json.loads(decoded(Path(path).read_bytes()))
    except ValueError as exc:
        raise DamagedFile(source_file, "notatboken er skadet (den er ikke gyldig JSON)", _AGAIN) from exc
    if not is_notebook(notebook):
        return content_of_tree(notebook)  # JSON that only mentioned a notebook's keys: an export as any other
    blocks: list[Block] = []
    title = ""
    for cell in notebook["cells"]:
        if not isinstance(cell, dict):
            continue
        if cell.get("cell_type") == "markdown":
            said, found = markdown_blocks(_text(cell.get("source")))
            title = title or said
            blocks += found
        elif cell.get("cell_type") == "code":
            blocks += [b for output in cell.get("outputs") or [] for b in _output_blocks(output)]
    tables = iter(range(1, len(blocks) + 1))
    numbered = [replace(b, index=next(tables)) if isinstance(b, TableBlock) else replace(b, line=n + 1)
                for n, b in enumerate(blocks)]
    title = title or next((b.text for b in numbered if isinstance(b, Paragraph) and b.kind == "heading"), "")
    warnings = () if numbered else ("notatboken har ingen tekstceller eller lagrede resultater å lese",)
    return Content(blocks=tuple(numbered), title=title, warnings=warnings)

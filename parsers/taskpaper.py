"""A TaskPaper outline (TaskPaper, Taskmator, plain-text task lists) read as headings, items and their tags.

«Project:» lines are headings, «- task» lines items, other lines notes, all nested by tabs. A tag «@type(forum)»,
«@ansvar(KS)» is a labelled line of its item («type: forum»); «@done(2076-11-30)» and «@due(2077-04-20)» say when
it was done or is due, as a status column does («Status: avsluttet 2076-11-30»); a bare tag «@kurs» is a label «[kurs]».
Read as Markdown, the tab-indented lines were code blocks, and no item was read.
"""

from __future__ import annotations

import re

from .content import Block, Paragraph

_TAG = re.compile(r"(?<!\S)@([^\W\d][\w-]*)(?:\(([^()]*)\))?")
_STATUS = {"done": "avsluttet", "due": "planlagt", "start": "startet"}  # TaskPaper's own date tags
_PROJECT = re.compile(r"^(?P<name>[^-\s].*?):(?P<tags>(?:\s+@\S+)*)\s*$")
_TASK = re.compile(r"^[-*]\s+(?P<text>.*)$")


def looks_like_taskpaper(text: str) -> bool:
    """Whether a text is a TaskPaper outline: «Project:» lines over tab-indented «- task» lines, tags among them."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    projects = sum(bool(_PROJECT.match(ln)) for ln in lines if not ln.startswith(("\t", " ")))
    tasks = [ln for ln in lines if ln.startswith("\t") and _TASK.match(ln.lstrip("\t"))]
    return projects >= 1 and len(tasks) >= 2 and sum(bool(_TAG.search(t)) for t in tasks) >= 2


def _tag_lines(text: str, level: int) -> tuple[str, list[Block]]:
    """The words of a line without its tags, and each tag as a labelled sub-item of it."""
    said: list[Block] = []
    for name, value in _TAG.findall(text):
        key = name.casefold()
        if key in _STATUS and value:
            said.append(Paragraph(None, 0, f"Status: {_STATUS[key]} {value.strip()}", "bullet", level))
        elif value:
            said.append(Paragraph(None, 0, f"{name}: {value.strip()}", "bullet", level))
        elif key != "flagged":
            said.append(Paragraph(None, 0, f"[{name}]", "bullet", level))
    return " ".join(_TAG.sub(" ", text).split()), said


def taskpaper_blocks(text: str) -> list[Block]:
    """The outline's projects as headings (deeper ones a level down), tasks as items with their tags, notes as text."""
    blocks: list[Block] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        body = line.strip()
        task = _TASK.match(body)
        project = _PROJECT.match(body) if not task else None
        if project:
            name, tags = _tag_lines(project["name"], depth)
            blocks.append(Paragraph(None, 0, name, "heading", depth + 1))
            blocks += tags
        elif task:
            name, tags = _tag_lines(task["text"], depth + 1)
            if name:
                blocks.append(Paragraph(None, 0, name, "bullet", depth))
                blocks += tags
        else:
            blocks.append(Paragraph(None, 0, body))
    return [Paragraph(None, n, b.text, b.kind, b.level) if isinstance(b, Paragraph) else b
            for n, b in enumerate(blocks, start=1)]

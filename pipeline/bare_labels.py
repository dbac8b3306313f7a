"""A form's labels printed without colons («Tiltak (navn) Råd for samarbeid …», «Delmål (nr.) 1.4»): given their colons.

A form printed or flattened to a page keeps its labels as text beside the answers typed into its boxes, with no colon
between them. A label is known by its words naming a field and by the form repeating it: the same words open lines of
several of its blocks. Then each such line is the label and its answer, as «Label: answer» writes it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Callable

from normalise.text import clean
from parsers.content import Content, Paragraph

LABEL_WORDS = 4  # «Tiltak (navn)», «Kort beskrivelse», «Type tiltak»: a few words
MIN_REPEATS = 2  # blocks a label opens a line in
MIN_LABELS = 3  # different fields the repeated labels name: a form's, not a list's recurring opening words
SURE_LABEL = 0.9


def _label_of(text: str, field_of: Callable[[str], tuple[str, float]]) -> str:
    """The longest few opening words of a line that name a field surely («Delmål (nr.)»), else ''."""
    tokens = clean(text).split()
    for n in range(min(LABEL_WORDS, len(tokens)), 0, -1):
        head = " ".join(tokens[:n])
        if head.endswith(":") or not re.search(r"\w", head):
            return ""  # labelled already
        field, score = field_of(head)
        if field and score >= SURE_LABEL:
            return head
    return ""


def labels_given_colons(content: Content, field_of: Callable[[str], tuple[str, float]]) -> Content:
    """The content with each line opening with a repeated field label written «Label: answer»."""
    texts = [b for b in content.blocks if isinstance(b, Paragraph) and b.kind == "text"]
    labels = {id(b): label for b in texts if (label := _label_of(b.text, field_of))}
    repeats = Counter(labels.values())
    kept = {label for label, n in repeats.items() if n >= MIN_REPEATS}
    if len({field_of(label)[0] for label in kept}) < MIN_LABELS:
        return content
    blocks = []
    for b in content.blocks:
        label = labels.get(id(b), "")
        if label in kept and isinstance(b, Paragraph):
            rest = clean(b.text)[len(label):].strip()
            b = replace(b, text=f"{label}: {rest}" if rest else f"{label}:")
        blocks.append(b)
    return replace(content, blocks=tuple(blocks))

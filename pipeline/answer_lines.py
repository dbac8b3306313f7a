"""A form's receipt written as lines: each question or label on a line of its own, the answer on the next
("Tiltakets navn" / "Medlem i KBU"). Which field a line asks for is the vocabulary's field names.
"""

from __future__ import annotations

import re
from typing import Sequence

from normalise.columns import ColumnMapper
from normalise.text import fold
from parsers.content import Paragraph

LABEL_WORDS = 8  # a question or label is short; a longer line is an answer or running text
_ASIDE = re.compile(r"\([^)]*\)")  # "(valgfritt)", "(maks 500 tegn)": help for whoever fills the form in


def field_label(p: Paragraph | None, mapper: ColumnMapper) -> str:
    """The field a plain line asks for when the line is nothing but a label or question; else ''."""
    if p is None or p.kind != "text":
        return ""
    bare = _ASIDE.sub(" ", p.text).strip(" ?:.")
    if not bare or len(bare.split()) > LABEL_WORDS:
        return ""
    return mapper.field_of(bare)[0]


def is_answer_form(paragraphs: Sequence[Paragraph], mapper: ColumnMapper) -> bool:
    """Whether a document asks for the tiltak and at least two other fields as label lines each answered on the
    line under it: then its lines are read in pairs, not as headings and lists."""
    asked = {field for p, answer in zip(paragraphs, paragraphs[1:])
             if (field := field_label(p, mapper)) and answer.kind not in ("bullet", "numbered")
             and not field_label(answer, mapper)}
    return "tiltak" in asked and len(asked) >= 3


def unanswered(text: str, mapper: ColumnMapper) -> bool:
    """An answer that says none was given ("Ikke besvart")."""
    return fold(text).strip(" .-–") in {fold(w) for w in mapper.vocabulary.unanswered} or not text.strip(" .-–")

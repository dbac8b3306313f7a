"""A filled PDF form whose labels are printed beside its fields, not in a table (YS, round 48: «Navn på tiltaket»
left of its field, «Delmål (nr. 1.1–3.6)» and «Type tiltak» on one line). Flattened, each answer ran into its label
as one line of text, and no block was read.

Each field's label is read where the form prints it: left of the field on its line, or else just over it. The form's
blocks become a table of those labels, a label met again opening the next record; a field asked once (the member,
a closing comment) is a labelled line of its own, before or after the table as it stands on the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .content import Block, Content, Paragraph, TableBlock
from .pdf_geometry import Word, group_lines

MIN_RECORDS = 2  # one block is a form's one answer; the table is the shape of several
LABEL_GAP = 2.0  # points: a label ends at the field's left edge, give or take
OVER_REACH = 16.0  # points above a field where its label may stand, when none is left of it
_MAX_FIELDS = 2000


@dataclass(frozen=True)
class Answer:
    """A text field's value with the label printed beside it."""

    page: int
    top: float
    x0: float
    label: str
    value: str


def _text_fields(doc: Any) -> list[tuple[int, tuple[float, ...], str]]:
    """(object id of its widget, rect, value) of each filled text or choice field; none when the form has no fields."""
    from pdfminer.pdftypes import PDFObjRef, resolve1
    from pdfminer.utils import decode_text

    form = resolve1(doc.catalog.get("AcroForm"))
    found: list[tuple[int, tuple[float, ...], str]] = []
    todo = list(resolve1(form.get("Fields")) or ()) if isinstance(form, dict) else []
    while todo and len(found) < _MAX_FIELDS:
        ref = todo.pop(0)
        field = resolve1(ref)
        if not isinstance(field, dict):
            continue
        kids = resolve1(field.get("Kids"))
        if kids:
            todo[:0] = list(kids)
            continue
        value = resolve1(field.get("V"))
        if isinstance(value, list):
            value = b", ".join(v for v in value if isinstance(v, bytes))
        rect = resolve1(field.get("Rect"))
        if isinstance(value, bytes) and isinstance(ref, PDFObjRef) and isinstance(rect, list) and len(rect) == 4:
            found.append((ref.objid, tuple(float(resolve1(v)) for v in rect), " ".join(decode_text(value).split())))
    return found


def _pages_of(doc: Any) -> dict[int, int]:
    """The 0-based page each annotation (widget) stands on, by its object id."""
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import PDFObjRef, resolve1

    pages = {}
    for n, page in enumerate(PDFPage.create_pages(doc)):
        for ref in resolve1(page.annots) or ():
            if isinstance(ref, PDFObjRef):
                pages[ref.objid] = n
    return pages


def _label(words: list[dict[str, Any]], box: tuple[float, float, float, float], fields: list[tuple[float, float, float, float]]) -> str:
    """The words printed left of the field on its line(s), after any field left of it; else those just over it."""
    x0, top, x1, bottom = box
    bound = max((f[2] for f in fields if f[2] <= x0 and f[1] < bottom and f[3] > top), default=0.0)
    left = [w for w in words if top - 1 <= (w["top"] + w["bottom"]) / 2 <= bottom + 1
            and bound - LABEL_GAP <= w["x0"] and w["x1"] <= x0 + LABEL_GAP]
    over = [w for w in words if top - OVER_REACH <= w["bottom"] <= top + 1 and w["x1"] > x0 and w["x0"] < x1]
    chosen = left or over
    return " ".join(w["text"] for w in sorted(chosen, key=lambda w: (round(w["top"]), w["x0"])))


def _lines(words: list[dict[str, Any]]) -> list[str]:
    """pdfplumber's words as the lines they stand on, top to bottom (pdf_geometry.group_lines)."""
    placed = [Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], 0.0, False) for w in words]
    return [" ".join(w.text for w in line.words) for line in group_lines(placed)]


def labelled_answers(doc: Any, path: Path, password: str | None) -> tuple[list[Answer], list[str]]:
    """The filled text fields of the form (form_document) with their printed labels, in reading order, and the lines
    printed over its first field (its title and instructions)."""
    import pdfplumber

    fields = _text_fields(doc)
    pages = _pages_of(doc)
    answers: list[Answer] = []
    head: list[str] = []
    with pdfplumber.open(str(path), password=password or "") as pdf:
        for n, page in enumerate(pdf.pages):
            mine = [(objid, rect, value) for objid, rect, value in fields if pages.get(objid) == n]
            if not mine:
                continue
            words = page.extract_words()
            height = float(page.height)
            boxes = [(r[0], height - r[3], r[2], height - r[1]) for _, r, _ in mine]
            if not answers:
                first = min(b[1] for b in boxes)
                head = _lines([w for w in words if w["bottom"] < first - OVER_REACH])
            for (_, _, value), box in zip(mine, boxes):
                label = _label(words, box, boxes)
                if label:
                    answers.append(Answer(n + 1, box[1], box[0], label, value))
    return sorted(answers, key=lambda a: (a.page, round(a.top), a.x0)), head


def answers_as_content(answers: list[Answer], head: list[str]) -> Content | None:
    """The form's answers as a table of records under the labels asked in each, and labelled lines for the fields
    asked once; None when fewer than two records are asked alike."""
    counts: dict[str, int] = {}
    for a in answers:
        counts[a.label] = counts.get(a.label, 0) + 1
    columns = [label for label in dict.fromkeys(a.label for a in answers) if counts[label] >= MIN_RECORDS]
    records: list[dict[str, str]] = []
    before: list[Answer] = []
    after: list[Answer] = []
    for a in answers:
        if a.label not in columns:
            (after if records else before).append(a)
        elif not records or a.label in records[-1]:
            records.append({a.label: a.value})
        else:
            records[-1][a.label] = a.value
    # A block left empty but for a drop-down's prompt («- velg -») is no record.
    filled = [r for r in records if sum(bool(v) for v in r.values()) >= MIN_RECORDS]
    if len(filled) < MIN_RECORDS:
        return None
    blocks: list[Block] = [Paragraph(1, n + 1, line, "heading" if n == 0 else "text", 1 if n == 0 else 0)
                           for n, line in enumerate(head)]
    blocks += [Paragraph(a.page, len(blocks) + 1, f"{a.label}: {a.value}") for a in before if a.value]
    rows = (tuple(columns), *(tuple(r.get(c, "") for c in columns) for r in filled))
    blocks.append(TableBlock(answers[0].page, 1, rows))
    blocks += [Paragraph(a.page, len(blocks) + 1, f"{a.label}: {a.value}") for a in after if a.value]
    return Content(blocks=tuple(blocks), pages=max(a.page for a in answers), title=head[0] if head else "")


def form_by_labels(doc: Any, path: Path, password: str | None) -> Content | None:
    """The filled form (form_document) as its labels and answers (answers_as_content); None when it is not so laid
    out, or its fields cannot be placed: then it is read flattened, as any filled form."""
    try:
        return answers_as_content(*labelled_answers(doc, path, password))
    except Exception:  # noqa: BLE001 -- pdfminer and pdfplumber trip many ways on odd forms; the flattened read remains
        return None

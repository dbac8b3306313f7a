"""What the layout set apart that belongs together, joined again before the lines are read.

A form's question and its answer, one paragraph with the question in bold, split into their two lines. A label and its
value, as a slide's side panel gives them: «Delmål» on a line (or as a small heading) over «2.1», or a
bold «Type» run into «Kurs», joined as «Delmål: 2.1». A list item and the line it wraps onto when the layout broke it
after a full stop, where that line closes with the item's own delmål.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from normalise.columns import ColumnMapper
from parsers.content import Block, Paragraph

# The particulars of a tiltak a panel gives: its name and account stand as title and paragraph, not under a label.
JOINED_FIELDS = frozenset({"delmal", "type", "ansvarlig", "samarbeidspartnere"})
LABEL_WORDS = 3  # «Delmål», «Type tiltak», «Ansvarlig aktør»: a label is a word or a few
VALUE_WORDS = 8  # «1.4», «Spekter og de regionale helseforetakene»: a value is short, no sentence
# «… og fire helseforetak deltar. Delmål»: the panel's first label, level with the paragraph's last line, run into it.
_LABEL_AT_END = re.compile(r"^(?P<body>.*[.!?])\s+(?P<label>[^\s.!?]+(?:\s[^\s.!?]+){0,%d})$" % (LABEL_WORDS - 1), re.DOTALL)


# «Delmål. 1 3», «Samarbeid. HK-dir»: a label's colon OCR read as a stop, before a value opening in a capital or a digit.
_STOPPED_LABEL = re.compile(r"(?<![\w-])(?P<label>[A-ZÆØÅ][a-zæøå]{2,20})\.(?=\s+[A-ZÆØÅ0-9])")
_OCR_LABELS = frozenset({"delmal", "type", "ansvarlig", "samarbeidspartnere"})


_BARE_LABEL = re.compile(r"[^\W\d][\w /-]*:?")  # «Delmål», «Type tiltak:»; not «Sammen med: –», a label answered


def _field(text: str, mapper: ColumnMapper) -> str:
    """The particular a bare label names ('' if it is no label of one)."""
    bare = text.strip().rstrip(":").strip()
    if not _BARE_LABEL.fullmatch(text.strip()) or len(bare.split()) > LABEL_WORDS:
        return ""
    # «Med» names the partners only as a label in running text: a label alone on its line is that too.
    field = mapper.field_of(bare)[0] or mapper.label_field(bare)
    return field if field in JOINED_FIELDS else ""


def _value(p: Block | None, mapper: ColumnMapper) -> bool:
    """A short plain line that is no label itself: the value a label over it waits for."""
    return (isinstance(p, Paragraph) and p.kind == "text" and not p.lead and len(p.text.split()) <= VALUE_WORDS
            and ":" not in p.text and not p.text.rstrip().endswith(".") and not _field(p.text, mapper))


def joined_labels(blocks: Sequence[Block], mapper: ColumnMapper) -> tuple[Block, ...]:
    """The blocks with each label and the value set apart from it joined into one «Label: value» line."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(b, Paragraph) and b.kind == "text" and b.lead and _field(b.lead, mapper) \
                and b.text.startswith(b.lead) and _value(Paragraph(b.page, b.line, b.text[len(b.lead):].strip()), mapper):
            # «Type Kurs» with «Type» in bold: the run-in label and its value.
            out.append(replace(b, text=f"{b.lead.rstrip(': ')}: {b.text[len(b.lead):].strip()}", lead=""))
            i += 1
        elif isinstance(b, Paragraph) and b.kind in ("text", "heading") and _field(b.text, mapper) \
                and _value(after, mapper) and isinstance(after, Paragraph) and after.page == b.page:
            out.append(Paragraph(b.page, b.line, f"{b.text.strip().rstrip(':')}: {after.text.strip()}"))
            i += 2
        elif isinstance(b, Paragraph) and b.kind == "text" and (end := _LABEL_AT_END.match(b.text)) \
                and _field(end["label"], mapper) and _value(after, mapper) and isinstance(after, Paragraph):
            out += [replace(b, text=end["body"]), Paragraph(after.page, after.line, f"{end['label']}: {after.text.strip()}")]
            i += 2
        else:
            out.append(b)
            i += 1
    return tuple(out)


def joined_item_wraps(blocks: Sequence[Block], gives_delmal: Callable[[str], bool],
                      closes: Callable[[Paragraph], bool] = lambda p: False) -> tuple[Block, ...]:
    """The blocks with each list item that names no delmål and ends a sentence joined to the plain line under it that
    closes with one («1) Title – account.» over «More account. (delmål: digital kompetanse …)»), when no plain line
    but a letter's close (`closes`) follows that. A short title over its account («1. LOs plass i KBU» over «…
    (Delmål 1.1, råd)») stays as it is."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        wrap = blocks[i + 1] if i + 1 < len(blocks) else None
        after = blocks[i + 2] if i + 2 < len(blocks) else None
        if (isinstance(b, Paragraph) and b.kind in ("bullet", "numbered") and isinstance(wrap, Paragraph)
                and b.text.rstrip().endswith((".", "!", "?"))  # a title over its account is no item broken at a stop
                and wrap.kind == "text" and not wrap.lead and wrap.page == b.page and gives_delmal(wrap.text)
                and not gives_delmal(b.text) and not (isinstance(after, Paragraph) and after.kind == "text" and not closes(after))):
            out.append(replace(b, text=f"{b.text.rstrip()} {wrap.text.strip()}"))
            i += 2
        else:
            out.append(b)
            i += 1
    return tuple(out)


def split_questions(blocks: Sequence[Block], asks: Callable[[Paragraph], str]) -> tuple[Block, ...]:
    """The blocks with a form's question set in bold over its answer in one paragraph («**3a) Navn på tiltaket**»,
    a line break, «Kompetansebehovsutvalget») split into the question's line and the answer's, as a receipt of
    label lines has them."""
    out: list[Block] = []
    for b in blocks:
        question, brk, answer = b.text.partition("\n") if isinstance(b, Paragraph) else ("", "", "")
        if isinstance(b, Paragraph) and b.kind == "text" and brk and b.lead and question.strip() == b.lead.strip() \
                and answer.strip() and asks(Paragraph(b.page, b.line, question)):
            out += [Paragraph(b.page, b.line, question.strip()), Paragraph(b.page, b.line, answer.strip())]
        else:
            out.append(b)
    return tuple(out)


def colons_read(blocks: Sequence[Block], mapper: ColumnMapper) -> tuple[Block, ...]:
    """A scan's blocks with each label's colon that OCR read as a full stop put back («Delmål. 1 3 Tiltakstype.
    Prosjekt» -> «Delmål: 1 3 Tiltakstype: Prosjekt»): a field's name, a stop, then its value."""
    def colon(m: re.Match[str]) -> str:
        return f"{m['label']}:" if _field(m["label"], mapper) in _OCR_LABELS else m.group(0)
    return tuple(replace(b, text=_STOPPED_LABEL.sub(colon, b.text)) if isinstance(b, Paragraph) else b for b in blocks)


# «… 140 kandidater tok fagbrev i 2065 Delmål: 2.5 - Type: prosjekt»: a line of particulars OCR ran into the text above.
_RUN_IN_PARTICULARS = re.compile(r"(?<=\S)\s+(?=(?:Delm[åa]l|DM)\s*:\s*\d)")
RUN_IN_WORDS = 3  # words of text before the particulars: fewer are a label's own line


def scan_particulars_apart(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """A scan's blocks with a line of particulars that OCR ran into the paragraph above it set on a line of its own
    («Ordningen er tatt i bruk … i 2065 Delmål: 2.5 - Type: prosjekt - Ansvar: …»), as the page has it."""
    out: list[Block] = []
    for b in blocks:
        m = _RUN_IN_PARTICULARS.search(b.text) if isinstance(b, Paragraph) and b.kind == "text" else None
        if m is not None and isinstance(b, Paragraph) and len(b.text[: m.start()].split()) >= RUN_IN_WORDS:
            out += [replace(b, text=b.text[: m.start()].rstrip()), replace(b, text=b.text[m.end():], lead="")]
        else:
            out.append(b)
    return tuple(out)


def scan_lines_joined(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """A scan's blocks with each line of running text that stops short of a sentence's end joined to the line under it
    that goes on in lower case or closes with a bracket («… og ga råd om» over «finansieringssystemet … (delmål
    1.4)»): OCR gives a paragraph line by line."""
    out: list[Block] = []
    for b in blocks:
        above = out[-1] if out else None
        if (isinstance(b, Paragraph) and isinstance(above, Paragraph) and b.kind == above.kind == "text"
                and not b.lead and b.page == above.page and not above.text.rstrip().endswith((".", "!", "?", ":", ")"))
                and (b.text.lstrip()[:1].islower() or b.text.rstrip().endswith(")"))):
            out[-1] = replace(above, text=f"{above.text.rstrip()} {b.text.strip()}")
        else:
            out.append(b)
    return tuple(out)


def particulars_as_text(blocks: Sequence[Block], gives: Callable[[str], dict[str, str]]) -> tuple[Block, ...]:
    """The blocks with each heading that is a line of particulars («Delmål 2.2 · Nettverk» set large on a slide) made
    text, so that every rule reads it as the title's line, not as a section."""
    return tuple(replace(b, kind="text") if isinstance(b, Paragraph) and b.kind == "heading" and len(gives(b.text)) >= 2
                 else b for b in blocks)


# «UHR-Helse og velferd ........ 1.4 · fagstrategisk enhet»: a contents-like list whose leaders run to the delmål's
# code (and the kind after it) where a page number would stand.
_LEADER_TO_CODE = re.compile(r"^(?P<title>\S.{2,150}?)\s*(?:\.\s?){5,}\s*(?P<code>[1-3]\s?[.,]\s?[1-6])(?!\d)"
                             r"(?:\s*[·|–-]\s*(?P<kind>[^.·|]{2,40}?))?\s*$")


def leaders_as_items(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """Each line led by dots to a delmål's code, as the list item giving its own delmål it is («Title (delmål 1.4,
    fagstrategisk enhet)»); a contents page's leaders run to page numbers of more digits or none at all."""
    out: list[Block] = []
    for b in blocks:
        if not isinstance(b, Paragraph) or b.kind not in ("text", "bullet") or (m := _LEADER_TO_CODE.match(b.text.strip())) is None:
            out.append(b)
            continue
        said = ", ".join(x for x in (f"delmål {m['code']}", (m["kind"] or "").strip()) if x)
        out.append(replace(b, text=f"{m['title'].strip()} ({said})", kind="bullet", lead=""))
    return tuple(out)

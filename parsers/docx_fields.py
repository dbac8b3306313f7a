"""Word's legacy form fields (FORMDROPDOWN, FORMCHECKBOX, FORMTEXT), read as the answers they show.

An old Word form protected for filling in keeps each answer in a field. A text field's answer stands in the
document as the field's result, which reads as any text. A drop-down and a check box keep theirs only in the
field's data (`w:ffData`): the index of the entry chosen and the entries, or whether the box is ticked; the body
holds no text for them at all. They are read here as the entry's text and as a tick box glyph («☒»/«☐»), the way a
content control's check box shows in the text, so that a form's reader picks the ticked option as it does there.
"""

from __future__ import annotations

import re

from docx.oxml.ns import qn
from lxml import etree

TICKED, UNTICKED = "☒", "☐"  # the glyphs Word draws for a content control's check box
_FFDATA, _DDLIST, _CHECKBOX = qn("w:ffData"), qn("w:ddList"), qn("w:checkBox")
_VAL = qn("w:val")
# «– velg type –», «Velg delmål», «(velg)», «Choose an item.»: an entry that asks for an answer is none.
_PROMPT = re.compile(r"^[\s\-–—(\[<.…]*(?:velg|vel|choose|select)\b", re.IGNORECASE)
_OFF = ("0", "false", "off")


def _on(el: etree._Element | None) -> bool | None:
    """A w:checked or w:default as a truth value (present without w:val means on); None when absent."""
    if el is None:
        return None
    return el.get(_VAL, "true").strip().lower() not in _OFF


def _index(el: etree._Element | None) -> int | None:
    value = el.get(_VAL, "") if el is not None else ""
    return int(value) if value.isascii() and value.isdigit() else None


def _dropdown(dd: etree._Element) -> str:
    """The entry chosen (w:result, else w:default, else the first); '' for a prompt left standing."""
    entries = [e.get(_VAL, "") for e in dd.iterchildren(qn("w:listEntry"))]
    chosen = _index(dd.find(qn("w:result")))
    if chosen is None:
        chosen = _index(dd.find(qn("w:default"))) or 0
    entry = entries[chosen].strip() if chosen < len(entries) else ""
    return "" if _PROMPT.match(entry) else entry


def _checkbox(box: etree._Element) -> str:
    checked = _on(box.find(qn("w:checked")))
    if checked is None:
        checked = bool(_on(box.find(qn("w:default"))))
    return TICKED if checked else UNTICKED


def field_answer(fld_char: etree._Element) -> str | None:
    """The answer a field's start (`w:fldChar` of type begin) holds in its data: a drop-down's entry or a check box's
    glyph; None for any other field, whose result text in the body is what it shows."""
    data = fld_char.find(_FFDATA)
    if data is None:
        return None
    dd = data.find(_DDLIST)
    if dd is not None:
        return _dropdown(dd)
    box = data.find(_CHECKBOX)
    return _checkbox(box) if box is not None else None


class LegacyFields:
    """Follows the fields of one paragraph as its runs are read: what to add at each field's start, and whether
    the text read now is a result that a drop-down or check box stands for already (Word may write one)."""

    def __init__(self) -> None:
        self._open: list[bool] = []  # per field open, innermost last: whether its result text is to be left out

    @property
    def hiding(self) -> bool:
        return any(self._open)

    def at(self, fld_char: etree._Element) -> str:
        """The text a field character adds: a drop-down's or check box's answer at its start, else ''."""
        kind = fld_char.get(qn("w:fldCharType"))
        if kind == "begin":
            answer = field_answer(fld_char)
            self._open.append(answer is not None)
            if answer is None or any(self._open[:-1]):
                return ""  # a field inside a drop-down's result stands for nothing more
            return f"{answer} " if answer in (TICKED, UNTICKED) else answer
        if kind == "end" and self._open:
            self._open.pop()
        return ""

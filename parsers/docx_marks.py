"""A form's line of printed choices with the chosen one marked in Word: highlighted or shaded where the others are
not (Fagskolerådet's form, round 77: «Tiltakstype: FoU – Kurs/utdanning – … – Arrangement», the
kind chosen highlighted in yellow). And a cell of several codes with the main one in bold (LO, round 78: «1.4,
**2.3**»): the bold code alone.

The text alone names every choice, so a reader took the last or none. The line is written as tick boxes
(«Tiltakstype: ☐ FoU ☐ Kurs/utdanning ☒ Råd/utvalg/nettverk …»), which the reader of forms already reads.
"""

from __future__ import annotations

import re
from typing import Iterable

from docx.oxml.ns import qn
from lxml import etree

MIN_CHOICES = 3  # two words apart are a pair of names; three or more printed side by side are a form's choices
# Choices part by a spaced dash, bar, dot, slash, comma or semicolon; «Kurs/utdanning» stays one.
_BETWEEN = re.compile(r"\s+[–—\-|·/]\s+|\s*[;,]\s+|\s{3,}")
# Marker pen and shading only: a bold or underlined name in a list of partners is emphasis, not a choice.
_MARKS = ("highlight", "shading")


def _marks(run: etree._Element) -> frozenset[str]:
    """How a run is set apart from plain text."""
    pr = run.find(qn("w:rPr"))
    if pr is None:
        return frozenset()
    found = set()
    if (h := pr.find(qn("w:highlight"))) is not None and h.get(qn("w:val"), "none") != "none":
        found.add("highlight")
    if (s := pr.find(qn("w:shd"))) is not None and s.get(qn("w:fill"), "auto").lower() not in ("auto", "ffffff", ""):
        found.add("shading")
    return frozenset(found)


def marked_choice(runs: Iterable[etree._Element], text: str) -> str:
    """The line with its printed choices as tick boxes, the one marked ticked; '' when the line is no such choice."""
    chars: list[tuple[str, frozenset[str]]] = []
    for run in runs:
        marks = _marks(run)
        for node in run.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
            chars += [(c, marks) for c in (node.text or "" if node.tag == qn("w:t") else " ")]
    joined = "".join(c for c, _ in chars)
    if " ".join(joined.split()) != " ".join(text.split()) or ":" not in joined:
        return ""
    start = joined.index(":") + 1
    spans = []
    at = start
    for gap in [*_BETWEEN.finditer(joined, start), None]:
        end = gap.start() if gap else len(joined)
        word = joined[at:end]
        if word.strip():
            lead = len(word) - len(word.lstrip())
            spans.append((at + lead, at + len(word.rstrip())))
        at = gap.end() if gap else end
    if len(spans) < MIN_CHOICES:
        return ""
    for mark in _MARKS:
        has = [all(mark in chars[i][1] for i in range(a, b) if not chars[i][0].isspace()) for a, b in spans]
        bare = [not any(mark in chars[i][1] for i in range(a, b)) for a, b in spans]
        chosen = [n for n, h in enumerate(has) if h]
        if len(chosen) == 1 and all(bare[n] for n in range(len(spans)) if n != chosen[0]):
            boxes = " ".join(("☒ " if n == chosen[0] else "☐ ") + joined[a:b] for n, (a, b) in enumerate(spans))
            return f"{joined[:start].strip()} {boxes}"
    return ""


# «1.4, 2.3», «2.1 og 2.2»: codes alone, apart by commas, semicolons, slashes or «og».
_CODE = re.compile(r"\d\s?[.,]\s?\d{1,2}")
_CODES = re.compile(rf"^\s*{_CODE.pattern}(?:\s*(?:[,;/]|\bog\b)\s*{_CODE.pattern})+\s*$")


def is_bold(run: etree._Element) -> bool:
    """Whether a run is set bold by its own properties."""
    b = run.find(f"{qn('w:rPr')}/{qn('w:b')}")
    return b is not None and b.get(qn("w:val"), "true").lower() not in ("0", "false", "off")


def bold_code(runs: Iterable[etree._Element], text: str) -> str:
    """The one code set in bold among several codes in plain type («1.4, **2.3**» → «2.3»); '' when the text is not
    such a list, or not exactly one of its codes is bold."""
    if not _CODES.match(text):
        return ""
    chars: list[tuple[str, bool]] = []
    for run in runs:
        bold = is_bold(run)
        for node in run.iter(qn("w:t")):
            chars += [(c, bold) for c in node.text or ""]
    joined = "".join(c for c, _ in chars)
    if joined.strip() != text.strip():
        return ""
    codes = [(m.group(), [chars[i][1] for i in range(m.start(), m.end()) if not chars[i][0].isspace()])
             for m in _CODE.finditer(joined)]
    chosen = [code for code, marks in codes if all(marks)]
    return chosen[0] if len(chosen) == 1 and all(not any(marks) for code, marks in codes if code != chosen[0]) else ""
